import fc from 'fast-check';
import { addressFieldsKey, normalizeAddress, type AddressInput } from '../../src/normalize/address.js';

const FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/** What the normaliser reads of each field: its text, '' when missing or not a string. */
const fieldTexts = (input: AddressInput) =>
  FIELDS.map((name) => {
    const value: unknown = input[name];
    return typeof value === 'string' ? value : '';
  });

// Few, short, separator-like values, so that different inputs often concatenate to the same text.
const value = fc.oneof(
  fc.constantFrom(undefined, '', '1', '11', ',', '|', '1,', ',1', '0|', 'IL', ' US'),
  fc.string({ maxLength: 3 }),
);
const address = fc.record(
  Object.fromEntries(FIELDS.map((name) => [name, value])),
) as fc.Arbitrary<AddressInput>;

describe('addressFieldsKey', () => {
  it('gives two addresses the same key exactly when the normaliser reads the same fields', () => {
    fc.assert(
      fc.property(address, address, (a, b) => {
        const same = fieldTexts(a).join('\u0000') === fieldTexts(b).join('\u0000');
        expect(addressFieldsKey(a) === addressFieldsKey(b)).toBe(same);
      }),
      { numRuns: 20_000 },
    );
  });

  it('never collides with the key of an address given as one string', () => {
    fc.assert(
      fc.property(address, fc.string({ maxLength: 30 }), (a, text) => {
        expect(addressFieldsKey(a)).not.toBe(JSON.stringify(text));
      }),
    );
  });

  it.each([
    [{ line1: '102 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701' }],
    [
      {
        line1: '102 Main Street',
        line2: '',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      },
    ],
    [{ line1: 'PO Box 12', city: 'Springfield', region: 'IL', postalCode: '62701' }],
    [{ line1: '10 Downing Street', city: 'London', country: 'GB' }],
  ])('normalises %p the same, cached or not', (input: AddressInput) => {
    const first = normalizeAddress(input);
    expect(normalizeAddress({ ...input })).toEqual(first);
    // Missing and empty fields read alike.
    const withEmpties = Object.fromEntries(FIELDS.map((name) => [name, input[name] ?? '']));
    expect(normalizeAddress(withEmpties)).toEqual(first);
  });
});
