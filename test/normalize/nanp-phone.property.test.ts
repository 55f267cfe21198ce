import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { readNanpNumber } from '../../src/normalize/_lib/nanp-phone.js';
import { normalizePhone } from '../../src/normalize/phone.js';

/** The library's reading, as normalizePhone made it before the fast path: the oracle. */
function libraryReading(raw: string, defaultCountry: CountryCode | undefined) {
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry });
  if (!parsed) return undefined;
  const valid = parsed.isValid();
  return {
    e164: parsed.number,
    country: parsed.country,
    callingCode: parsed.countryCallingCode,
    type: valid ? parsed.getType() : undefined,
    valid,
    possible: parsed.isPossible(),
  };
}

const separator = fc.constantFrom('', ' ', '-', '.');
const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const defaultCountry = fc.constantFrom<CountryCode | undefined>(
  undefined,
  'US',
  'CA',
  'JM',
  'AG',
  'PR',
  'GB',
  'DE',
);

/** A `+1` number in any of the fast path's forms; area codes from 2 to 9 most of the time, as assigned ones are. */
const nanpNumber = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 200, max: 999 }).map(String) },
      { weight: 1, arbitrary: digits(3) },
    ),
    digits(3),
    digits(4),
    separator,
    separator,
    separator,
  )
  .map(([area, exchange, line, a, b, c]) => `+1${a}${area}${b}${exchange}${c}${line}`);

describe('readNanpNumber', () => {
  it('reads every +1 number of its forms as libphonenumber does, whatever the default country', () => {
    fc.assert(
      fc.property(nanpNumber, defaultCountry, (raw, country) => {
        const fast = readNanpNumber(raw);
        // Only a national number that starts with the national prefix (1) is left to the library.
        if (fast === undefined) expect(raw.replace(/\D/g, '').charAt(1)).toBe('1');
        else expect(fast).toEqual(libraryReading(raw, country));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on every area code, the ranges each NANP country is picked by', () => {
    for (let area = 0; area <= 999; area++) {
      for (const exchange of ['200', '555', '012', '989']) {
        const raw = `+1 ${String(area).padStart(3, '0')} ${exchange} ${String((area * 7) % 10_000).padStart(4, '0')}`;
        const fast = readNanpNumber(raw);
        if (fast !== undefined) expect(fast).toEqual(libraryReading(raw, 'US'));
        else expect(raw.startsWith('+1 1')).toBe(true);
      }
    }
  });

  it('leaves other forms to the library', () => {
    for (const raw of [
      '+1 (415) 555-2671',
      '415 555 2671',
      '+1 415 555 267',
      '+44 20 7946 0958',
      ' +1 415 555 2671',
      '+1  415 555 2671',
      '+1 415 555 2671 ext. 3',
    ])
      expect(readNanpNumber(raw)).toBeUndefined();
  });

  it('keeps normalizePhone as the library reads, on both paths', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nanpNumber,
          // Numbers of other plans, mostly valid or nearly so: the library path, typed once.
          fc
            .tuple(
              fc.constantFrom('44', '33', '49', '81', '91', '86', '7', '52', '234', '380', '883'),
              fc.integer({ min: 6, max: 12 }),
            )
            .chain(([code, length]) => digits(length).map((rest) => `+${code} ${rest}`)),
          fc.string({ unit: fc.constantFrom(...'+1234567890 -().'), maxLength: 20 }),
        ),
        defaultCountry,
        (raw, country) => {
          expect(normalizePhone(raw, country)).toEqual(libraryReading(raw, country));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
