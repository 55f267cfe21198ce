import fc from 'fast-check';
import { normalizeAddress, type AddressInput } from '../../src/normalize/address.js';

// More addresses than normalizeAddress remembers, some differing in one field only.
const POOL: AddressInput[] = [
  { line1: '101 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701' },
  { line1: '101 Main Street', city: 'Springfield', region: 'IL', postalCode: '62702' },
  { line1: '101 Main Street', line2: 'Apt 4B', city: 'Springfield', region: 'IL', postalCode: '62701' },
  { line1: '101 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  { line1: '101 Main Street', city: 'Springfield', region: 'MO', postalCode: '62701' },
  { line1: '102 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701' },
  { line1: 'PO Box 12', city: 'Springfield', region: 'IL', postalCode: '62701' },
  { line1: 'RR 2 Box 5', city: 'Salem', region: 'OR', postalCode: '97301' },
  { line1: '10 Downing Street', city: 'London', country: 'GB' },
  { line1: '10 Downing Street', city: 'London', country: 'Atlantis' },
  { line1: '1 Calle Sol', city: 'San Juan', country: 'PR', postalCode: '00901' },
  { line1: '', city: '' },
  {},
];

describe('normalizeAddress over the addresses it remembers', () => {
  const expected = POOL.map((input) => normalizeAddress({ ...input }));

  it('answers each address as on its own, whatever was normalised before', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(POOL.length - 1), { maxLength: 60 }), (order) => {
        for (const i of order) expect(normalizeAddress({ ...POOL[i] })).toEqual(expected[i]);
      }),
    );
  });

  it('reads an object changed since it was normalised afresh', () => {
    const input: AddressInput = { ...POOL[0] };
    expect(normalizeAddress(input)).toEqual(expected[0]);
    input.postalCode = '62702';
    expect(normalizeAddress(input)).toEqual(expected[1]);
    input.region = 'MO';
    input.postalCode = '62701';
    expect(normalizeAddress(input)).toEqual(expected[4]);
  });
});
