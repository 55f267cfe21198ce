import { addressKey, buildingKey, normalizeAddress } from '../../src/normalize/address.js';
import type { AddressInput } from '../../src/normalize/address.js';
import { MUST_DIFFER, SAME_GROUPS } from './fixtures/address-variants.js';

const keyOf = (input: string | AddressInput, building = false): string | undefined =>
  building ? buildingKey(input) : addressKey(input);

describe('normalizeAddress', () => {
  it('parses a one-line US address into USPS parts and keys', () => {
    expect(normalizeAddress('123 North Main Street, Apt 4B, Springfield, IL 62701-1234')).toEqual({
      country: 'US',
      kind: 'street',
      fullKey: 'US|62701|123|N|MAIN|ST||#|4B',
      buildingKey: 'US|62701|123|N|MAIN|ST|',
      canonical: '123 N MAIN ST APT 4B, SPRINGFIELD, IL 62701',
      parts: {
        houseNumber: '123',
        preDirectional: 'N',
        streetName: 'MAIN',
        suffix: 'ST',
        postDirectional: '',
        unitType: 'APT',
        unitId: '4B',
        units: [{ type: 'APT', id: '4B' }],
        poBox: '',
        ruralRoute: '',
        city: 'SPRINGFIELD',
        state: 'IL',
        zip5: '62701',
      },
    });
  });

  it('reads fields, a unit in line2 and a state name', () => {
    const address = normalizeAddress({
      line1: '1600 Pennsylvania Avenue N.W.',
      line2: 'Suite 200',
      city: 'Washington',
      region: 'District of Columbia',
      postalCode: '20500',
    });
    expect(address?.fullKey).toBe('US|20500|1600||PENNSYLVANIA|AVE|NW|#|200');
    expect(address?.parts.state).toBe('DC');
    expect(address?.parts.unitType).toBe('STE');
  });

  it('keys a PO box by its number', () => {
    expect(normalizeAddress('P.O. Box 1234, Springfield, IL 62701')).toMatchObject({
      kind: 'po-box',
      fullKey: 'US|62701|PO BOX|1234',
      buildingKey: 'US|62701|PO BOX|1234',
      parts: { poBox: '1234', zip5: '62701' },
    });
  });

  it('keys a rural route by route and box', () => {
    expect(normalizeAddress('Rural Route 2, Box 15, Dickinson, ND 58601')).toMatchObject({
      kind: 'rural-route',
      fullKey: 'US|58601|RR 2|BOX 15',
      parts: { ruralRoute: 'RR 2', poBox: '15' },
    });
  });

  it('keeps "Main St N" and "N Main St" apart, as USPS does', () => {
    expect(addressKey('45 Main St N, Salt Lake City, UT 84101')).toBe('US|84101|45||MAIN|ST|N');
    expect(addressKey('45 N Main St, Salt Lake City, UT 84101')).toBe('US|84101|45|N|MAIN|ST|');
  });

  it('reads "FL" before the ZIP as Florida and "Fl 2" after the street as a floor', () => {
    const address = normalizeAddress('100 Biscayne Blvd Fl 2, Miami, FL 33131');
    expect(address?.fullKey).toBe('US|33131|100||BISCAYNE|BLVD||FL|2');
    expect(address?.parts.state).toBe('FL');
  });

  it('keeps a fractional house number', () => {
    expect(buildingKey('123½ Main St, Los Angeles, CA 90012')).toBe('US|90012|123 1/2||MAIN|ST|');
  });

  it('puts APT, UNIT, STE, # and a bare unit in one class but keeps FL, BLDG and REAR apart', () => {
    expect(addressKey('9 Oak St Unit 2, Springfield, IL 62704')).toBe('US|62704|9||OAK|ST||#|2');
    expect(addressKey('9 Oak St 2, Springfield, IL 62704')).toBe('US|62704|9||OAK|ST||#|2');
    expect(addressKey('9 Oak St Bldg 2, Springfield, IL 62704')).toBe('US|62704|9||OAK|ST||BLDG|2');
    expect(addressKey('9 Oak St Rear, Springfield, IL 62704')).toBe('US|62704|9||OAK|ST||REAR|');
  });

  it('uses state and city as the area when there is no ZIP', () => {
    expect(addressKey({ line1: '12 Oak St', city: 'Springfield', region: 'Illinois' })).toBe(
      'US|IL SPRINGFIELD|12||OAK|ST|',
    );
  });

  it('treats US territories as domestic states', () => {
    const address = normalizeAddress({
      line1: '15 Calle Pena',
      city: 'San Juan',
      postalCode: '00901',
      country: 'PR',
    });
    expect(address?.country).toBe('US');
    expect(address?.parts.state).toBe('PR');
    expect(address?.fullKey).toBe('US|00901|15||CALLE PENA||');
  });

  it('keys non-US addresses by folded text under the country', () => {
    expect(
      normalizeAddress({
        line1: 'Königstraße 1',
        city: 'Stuttgart',
        postalCode: '70173',
        country: 'Germany',
      }),
    ).toEqual({
      country: 'DE',
      kind: 'unparsed',
      fullKey: 'DE|*|KONIGSTRASSE 1 STUTTGART 70173',
      buildingKey: 'DE|*|KONIGSTRASSE 1 STUTTGART 70173',
      canonical: 'KONIGSTRASSE 1 STUTTGART 70173',
      parts: expect.objectContaining({ houseNumber: '', zip5: '' }),
    });
  });

  it('keeps an unrecognised country name in the key under ZZ', () => {
    expect(normalizeAddress({ line1: '1 Main St', country: 'Atlantis' })).toMatchObject({
      country: 'ZZ',
      fullKey: 'ZZ:ATLANTIS|*|1 MAIN ST',
    });
  });

  it('marks a US address with no house number as unparsed, keyed by its words', () => {
    expect(normalizeAddress('Main Street, Springfield, IL 62701')).toMatchObject({
      kind: 'unparsed',
      fullKey: 'US|62701|*|MAIN STREET',
    });
  });

  it('returns undefined when there is nothing to key', () => {
    expect(normalizeAddress('')).toBeUndefined();
    expect(normalizeAddress('  ,  ; ')).toBeUndefined();
    expect(normalizeAddress({})).toBeUndefined();
    expect(normalizeAddress({ line1: '', country: 'US' })).toBeUndefined();
    expect(addressKey('')).toBeUndefined();
    expect(buildingKey({})).toBeUndefined();
  });

  it('keys an over-long input as unparsed from its first 1,000 characters', () => {
    const long = `123 Main St ${'x'.repeat(50_000)}`;
    const address = normalizeAddress(long);
    expect(address?.kind).toBe('unparsed');
    expect(address?.fullKey.length).toBeLessThan(1_010);
  });

  it('ignores non-string fields from untyped callers', () => {
    const input = { line1: 42, city: null, postalCode: '62701' } as unknown as AddressInput;
    expect(normalizeAddress(input)).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({
      line1: '1 Main St',
      line2: 'Apt 2',
      city: 'Troy',
      region: 'NY',
      postalCode: '12180',
    });
    expect(addressKey(input)).toBe('US|12180|1||MAIN|ST||#|2');
  });
});

describe('address variant corpus', () => {
  it.each(SAME_GROUPS.map((group) => [group.name, group] as const))('gives one key for %s', (_, group) => {
    const keys = group.variants.map((variant) => keyOf(variant, group.building));
    const expected = group.key ?? keys[0];
    expect(expected).toBeDefined();
    expect(keys).toEqual(group.variants.map(() => expected));
  });

  it.each(MUST_DIFFER.map((pair) => [pair.name, pair] as const))('keeps apart: %s', (_, pair) => {
    const a = keyOf(pair.a, pair.building);
    expect(a).toBeDefined();
    expect(a).not.toBe(keyOf(pair.b, pair.building));
  });

  it('shares the building key across units of one building', () => {
    expect(buildingKey('123 N Main St Apt 4B, Springfield, IL 62701')).toBe(
      buildingKey('123 North Main Street, Apartment 5C, Springfield, IL 62701'),
    );
  });
});
