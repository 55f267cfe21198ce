import fc from 'fast-check';
import { interpolate } from '../../src/engine/interpolate.js';

/** What interpolate was before it parsed each template once: one `replace` per call. */
function replacingInterpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    const value = data?.[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

const name = fc.constantFrom('a', 'b', 'count', 'key_2', 'constructor');
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab {}_- \u2019'.split('')), maxLength: 6 }),
  name.map((n) => `{{${n}}}`),
  name.map((n) => `{{ ${n}  }}`),
  fc.constantFrom('{{', '}}', '{{}}', '{{a b}}', '{{{a}}}'),
);
const template = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const data = fc.option(
  fc.dictionary(
    name,
    fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.integer(),
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
      fc.constant(null),
      fc.constant(undefined),
    ),
  ),
  { nil: undefined },
);

describe('interpolate', () => {
  it('fills templates exactly as replace with the placeholder pattern does', () => {
    fc.assert(
      fc.property(template, data, (t, d) => {
        expect(interpolate(t, d)).toBe(replacingInterpolate(t, d));
        // A second call uses the parsed template.
        expect(interpolate(t, d)).toBe(replacingInterpolate(t, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a placeholder without data as written', () => {
    expect(interpolate('Shipped to {{ city }} on {{day}}', { day: 3 })).toBe('Shipped to {{ city }} on 3');
    expect(interpolate('{{list}}!', { list: ['a', 'b'] })).toBe('a, b!');
    expect(interpolate('', undefined)).toBe('');
  });
});
