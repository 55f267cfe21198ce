import fc from 'fast-check';
import { addressKey, normalizeAddress } from '../../src/normalize/address.js';

describe('address units are never dropped', () => {
  it('keeps words it cannot read as a unit as an unknown unit in the key', () => {
    const d1 = { line1: '2260 Peachtree Rd NW', line2: 'Condo D1', postalCode: '30309' };
    const e2 = { line1: '2260 Peachtree Rd NW', line2: 'Condo E2', postalCode: '30309' };
    expect(addressKey(d1)).toBe('US|30309|2260||PEACHTREE|RD|NW|?|CONDO|#|D1');
    expect(addressKey(e2)).toBe('US|30309|2260||PEACHTREE|RD|NW|?|CONDO|#|E2');
    expect(
      addressKey({ line1: '7411 S Cottage Grove Ave', line2: 'Ground Floor', postalCode: '60619' }),
    ).toBe('US|60619|7411|S|COTTAGE GRV|AVE||?|GROUND|FL|');
  });

  it('reads a number after a street without a suffix as the unit, not as a street name word', () => {
    expect(addressKey('1328 West McDermott 200, Allen, TX 75013')).toBe('US|75013|1328|W|MCDERMOTT|||#|200');
    expect(addressKey('1328 West McDermott 300, Allen, TX 75013')).toBe('US|75013|1328|W|MCDERMOTT|||#|300');
    expect(normalizeAddress('100 Route 66, Tulsa, OK 74101')?.parts.streetName).toBe('RTE 66');
  });

  it('takes a directional in its own comma part as the post-directional, then the unit', () => {
    expect(addressKey('1800 M St., NW Ste. 700, Washington, DC 20036')).toBe('US|20036|1800||M|ST|NW|#|700');
    expect(addressKey('817 West Peachtree Street, N.W., Suite 601, Atlanta, GA 30308')).toBe(
      'US|30308|817|W|PEACHTREE|ST|NW|#|601',
    );
  });

  it('reads a unit between the street and the city of a one-line address without commas', () => {
    expect(addressKey('2161 palm beach lakes boulevar suite 408 west palm beach fl 33409')).toBe(
      'US|33409|2161||PALM|BCH||?|LAKES BOULEVAR|#|408',
    );
    expect(addressKey('3773 e cherry creek dr # 8 denver co 80209-3804')).toBe(
      'US|80209|3773|E|CHERRY CRK|DR||#|8',
    );
    expect(addressKey('720 10th Ave SW A Mount Vernon IA 52314')).toBe('US|52314|720||10TH|AVE|SW|#|A');
  });

  it('keeps a place name that starts with a compass letter as the city', () => {
    expect(addressKey('123 Main St, N Little Rock, AR 72116')).toBe('US|72116|123||MAIN|ST|');
    expect(normalizeAddress('123 Main St Apt 2, N Little Rock, AR')?.parts.city).toBe('N LITTLE ROCK');
  });

  it('joins a lone letter after a unit number to it', () => {
    expect(addressKey('123 N Main St, Apt 13 C')).toBe(addressKey('123 N Main St, Apt 13C'));
  });

  it('reads units typed before the street, in one line or in line1', () => {
    expect(addressKey('Suite 200, 7000 Peachtree Dunwoody Rd, Atlanta, GA 30328')).toBe(
      'US|30328|7000||PEACHTREE DUNWOODY|RD||#|200',
    );
    expect(addressKey({ line1: 'Apt 4B', line2: '123 Main St', postalCode: '62701' })).toBe(
      'US|62701|123||MAIN|ST||#|4B',
    );
  });

  it('keeps units of an address it cannot parse in its words', () => {
    expect(addressKey('One Midtown Plaza 1360 Peachtree Street, Suite 500 Atlanta, GA 30309')).toBe(
      'US|30309|*|ONE MIDTOWN PLAZA 1360 PEACHTREE STREET # 500',
    );
  });

  it('does not read a company name in line1 or a repeated city in line1 as a unit', () => {
    expect(addressKey({ line1: 'Acme Corp', line2: '123 Main St', postalCode: '62701' })).toBe(
      'US|62701|123||MAIN|ST|',
    );
    expect(
      addressKey({
        line1: '123 Main St Springfield IL',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
      }),
    ).toBe('US|62701|123||MAIN|ST|');
  });

  it('renders unknown units in the canonical line so that it keys back the same', () => {
    const address = normalizeAddress({
      line1: '2260 Peachtree Rd NW',
      line2: 'Condo D1',
      city: 'Atlanta',
      postalCode: '30309',
    });
    expect(address?.canonical).toBe('2260 PEACHTREE RD NW, CONDO # D1, ATLANTA, 30309');
    expect(addressKey(address?.canonical ?? '')).toBe(address?.fullKey);
  });

  it('maps one door typed any usual way to one key', () => {
    const forms = ['Apt 4B', '#4B', 'Unit 4B', '4B', 'Apartment 4-B', 'APT. 4B', '# 4b', 'Suite 4B', 'apt4b'];
    const keys = new Set(
      forms.flatMap((unit) => [
        addressKey(`123 N Main St ${unit}, Springfield, IL 62701`),
        addressKey(`123 N Main St ${unit} Springfield IL 62701`),
        addressKey({
          line1: '123 N Main St',
          line2: unit,
          city: 'Springfield',
          region: 'IL',
          postalCode: '62701',
        }),
        addressKey({
          line1: `123 N Main St ${unit}`,
          city: 'Springfield',
          region: 'IL',
          postalCode: '62701',
        }),
      ]),
    );
    expect([...keys]).toEqual(['US|62701|123|N|MAIN|ST||#|4B']);
  });

  it('never gives two different doors of one building the same key', () => {
    const id = fc.stringMatching(/^[1-9][0-9]{0,3}[A-Z]?$/);
    const form = fc.constantFrom('Apt ', '#', 'Unit ', 'Suite ', '', 'Condo ', 'Flat ');
    const street = fc.constantFrom(
      '123 N Main St',
      '1328 West McDermott',
      '9 Oak Avenue SW',
      '40 Lake Shore Dr',
    );
    const layout = fc.constantFrom('comma', 'bare', 'fields');
    fc.assert(
      fc.property(street, form, id, id, layout, (line1, unit, a, b, how) => {
        fc.pre(a !== b);
        const key = (door: string) =>
          how === 'fields'
            ? addressKey({
                line1,
                line2: `${unit}${door}`,
                city: 'Springfield',
                region: 'IL',
                postalCode: '62701',
              })
            : addressKey(`${line1} ${unit}${door}${how === 'comma' ? ',' : ''} Springfield IL 62701`);
        expect(key(a)).not.toBe(key(b));
      }),
      { numRuns: 500 },
    );
  });
});
