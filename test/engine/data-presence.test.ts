import fc from 'fast-check';
import { hasData } from '../../src/engine/data-presence.js';
import type { Profile } from '../../src/schema/profile.js';

// The straightforward reading of a requirement path: gather every value along it, then ask whether any
// is present. hasData walks instead and stops early; the two must agree.
function reference(path: string, profile: unknown): boolean {
  let values: unknown[] = [profile];
  for (const segment of path.split('.')) {
    const many = segment.endsWith('[]');
    const key = many ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const value of values) {
      if (value === null || typeof value !== 'object') continue;
      const item = (value as Record<string, unknown>)[key];
      if (many && Array.isArray(item)) next.push(...(item as unknown[]));
      else if (item !== undefined) next.push(item);
    }
    values = next;
    if (values.length === 0) return false;
  }
  return values.some((v) => v !== undefined && v !== null && v !== '' && (!Array.isArray(v) || v.length > 0));
}

const as = (value: unknown) => value as Profile;

describe('hasData', () => {
  it.each([
    ['interviews', { id: 'p', interviews: [] }, false],
    ['interviews', { id: 'p', interviews: [{}] }, true],
    ['devices[].usb', { id: 'p', devices: [{ id: 'd' }, { id: 'e', usb: [] }] }, false],
    ['devices[].usb', { id: 'p', devices: [{ id: 'd' }, { id: 'e', usb: [{ vendorId: '1d6b' }] }] }, true],
    ['name.full', { id: 'p', name: { full: '' } }, false],
    ['name.full', { id: 'p', name: null }, false],
    [
      'payroll.accounts[].accountNumber',
      { id: 'p', payroll: { accounts: [{}, { accountNumber: '1' }] } },
      true,
    ],
  ])('%s on %j is %s', (path, profile, expected) => {
    expect(hasData(path)(as(profile))).toBe(expected);
  });

  it('agrees with gathering every value along the path', () => {
    const key = fc.constantFrom('a', 'b', 'c');
    const path = fc
      .array(fc.tuple(key, fc.boolean()), { minLength: 1, maxLength: 3 })
      .map((steps) => steps.map(([k, many]) => (many ? `${k}[]` : k)).join('.'));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(undefined, null, '', 'x', 0, false, []),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.record({ a: tie('node'), b: tie('node'), c: tie('node') }, { requiredKeys: [] }),
      ),
    })).node;
    fc.assert(
      fc.property(path, tree, (p, profile) => hasData(p)(as(profile)) === reference(p, profile)),
      { numRuns: 3000 },
    );
  });
});
