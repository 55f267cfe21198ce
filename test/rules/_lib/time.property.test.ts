import fc from 'fast-check';
import { instantOf } from '../../../src/rules/_lib/time.js';

/** What instantOf did before its fast path: Date.parse, NaN as undefined. */
function reference(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** `YYYY-MM-DDTHH:MM:SSZ` with any digits in every field, in range or not. */
const anyDigitsUtc = fc
  .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2))
  .map(([y, mo, d, h, mi, s]) => `${y}-${mo}-${d}T${h}:${mi}:${s}Z`);

/** Real instants written the way profiles write them, years 0-9999. */
const realUtc = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => `${date.toISOString().slice(0, 19)}Z`);

/** The same shape with one character replaced, dropped or doubled. */
const mutated = fc
  .tuple(
    fc.oneof(anyDigitsUtc, realUtc),
    fc.nat(19),
    fc.oneof(
      fc.constantFrom(' ', '-', '+', ':', '.', '/', '0', '9', 'a', 'Z', 'T', ''),
      fc.string({ maxLength: 2 }),
    ),
    fc.nat(2),
  )
  .map(([text, at, insert, drop]) => text.slice(0, at) + insert + text.slice(at + drop));

describe('instantOf equals Date.parse', () => {
  it('on the YYYY-MM-DDTHH:MM:SSZ shape with any digits', () => {
    fc.assert(
      fc.property(anyDigitsUtc, (iso) => expect(instantOf(iso)).toBe(reference(iso))),
      {
        numRuns: 5000,
      },
    );
  });

  it('on real instants', () => {
    fc.assert(
      fc.property(realUtc, (iso) => expect(instantOf(iso)).toBe(reference(iso))),
      {
        numRuns: 2000,
      },
    );
  });

  it('on near misses and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 25 })), (iso) =>
        expect(instantOf(iso)).toBe(reference(iso)),
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    '2025-02-29T00:00:00Z',
    '2024-02-29T23:59:59Z',
    '2025-02-31T12:00:00Z',
    '2025-04-31T00:00:00Z',
    '2025-04-32T00:00:00Z',
    '2025-04-00T00:00:00Z',
    '2025-00-10T00:00:00Z',
    '2025-13-10T00:00:00Z',
    '2025-04-30T24:00:00Z',
    '2025-04-30T23:60:00Z',
    '2025-04-30T23:59:60Z',
    '0099-01-01T00:00:00Z',
    '0100-01-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '1969-12-31T23:59:59Z',
    '2025-04-30t10:00:00Z',
    '2025-04-30T10:00:00z',
    '2025-04-30T10:00:00.000Z',
    '2025-04-30T10:00:00+02:00',
    '2025-04-30T10:00Z',
    '2025-04-30 10:00:00Z',
    '２０２５-04-30T10:00:00Z',
    ' 2025-04-30T10:00:00Z',
    '2025-04-30T 1:00:00Z',
    '2025-04-30T10: 0:00Z',
    '2025-04-30T10:00:-1Z',
    '',
    undefined,
  ])('on %p', (iso) => {
    expect(instantOf(iso)).toBe(reference(iso));
  });
});
