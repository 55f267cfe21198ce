import fc from 'fast-check';
import type { ClusterTie } from '../../src/links/cluster.js';
import { LINK_ATTRIBUTES, type LinkAttribute } from '../../src/links/lookup.js';
import { corroborate, corroborationText } from '../../src/links/networks/corroboration.js';
import type { Severity } from '../../src/schema/primitives.js';

const ids = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `p${String(from + i).padStart(3, '0')}`);
const tie = (attribute: LinkAttribute, profileIds: string[], severity: Severity): ClusterTie => ({
  attribute,
  displayKey: `${attribute}-key`,
  profileIds,
  severity,
});

describe('corroborate', () => {
  it('keeps a shipping address alone below high and says it reads as a coworking space', () => {
    const c = corroborate([tie('shipping-address', ids(11), 'critical')], 11);
    expect([c.suspicion, c.severity]).toEqual([45, 'medium']);
    expect(c.lacks).toEqual(['line', 'money', 'hardware']);
    expect(corroborationText(c)).toBe(
      'Held by a shared address (11 profiles, critical); lacks a shared home line, pay account or device serial: reads as a coworking space, an office or a mail drop until something else ties the members.',
    );
  });

  it('rates an address plus the home line of nearly every member critical', () => {
    const c = corroborate(
      [tie('shipping-address', ids(8), 'critical'), tie('login-network', ids(7), 'high')],
      8,
    );
    expect([c.suspicion, c.severity]).toEqual([84, 'critical']);
    expect(c.lacks).toEqual(['money', 'hardware']);
  });

  it('does not count a line four flatmates share inside an office of forty shipments', () => {
    const c = corroborate(
      [tie('shipping-address', ids(40), 'critical'), tie('login-network', ids(4), 'high')],
      40,
    );
    expect(c.has.map((k) => [k.kind, k.corroborates])).toEqual([
      ['place', true],
      ['line', false],
    ]);
    expect([c.suspicion, c.severity]).toEqual([45, 'medium']);
    expect(corroborationText(c)).toContain(
      'also one residential home line among only 4, too few to corroborate',
    );
  });

  it('counts one pay account shared by two of eight as corroboration', () => {
    const c = corroborate(
      [tie('shipping-address', ids(8), 'medium'), tie('bank-account', ids(2), 'high')],
      8,
    );
    expect([c.suspicion, c.severity]).toEqual([59, 'high']);
  });

  it('caps a lone pay account below critical', () => {
    const c = corroborate([tie('bank-account', ids(6), 'critical')], 6);
    expect([c.suspicion, c.severity]).toEqual([70, 'high']);
  });

  it('never lowers suspicion when a tie of another kind is added, and stays within 0-100', () => {
    const severity = fc.constantFrom<Severity>('low', 'medium', 'high', 'critical');
    const anyTie = fc.record({
      attribute: fc.constantFrom(...LINK_ATTRIBUTES),
      carriers: fc.integer({ min: 2, max: 12 }),
      severity,
    });
    fc.assert(
      fc.property(fc.array(anyTie, { maxLength: 6 }), anyTie, (base, extra) => {
        const make = (t: typeof extra) => tie(t.attribute, ids(t.carriers), t.severity);
        const before = corroborate(base.map(make), 12);
        const after = corroborate([...base, extra].map(make), 12);
        expect(after.suspicion).toBeGreaterThanOrEqual(before.suspicion);
        expect(after.suspicion).toBeLessThanOrEqual(100);
        expect(before.suspicion).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
