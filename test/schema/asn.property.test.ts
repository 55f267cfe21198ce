import fc from 'fast-check';
import { compileOrganizations } from '../../src/engine/organization.js';
import { asn, MAX_ASN } from '../../src/schema/primitives.js';
import { safeParseProfile } from '../../src/schema/parse.js';

const number = fc.integer({ min: 0, max: MAX_ASN });
/** "AS15169" as exports write it: the prefix in any case, spaces around it and around the whole. */
const written = (n: number) =>
  fc
    .tuple(
      fc.constantFrom('', 'AS', 'as', 'As', 'aS'),
      fc.constantFrom('', ' ', '  ', '\t'),
      fc.constantFrom('', ' ', '\t'),
      fc.constantFrom('', ' ', '\n'),
    )
    .map(([prefix, inner, before, after]) => `${before}${prefix}${prefix ? inner : ''}${n}${after}`);

const MESSAGE = 'must be an AS number from 0 to 4294967295, like 15169 or "AS15169"';

describe('the asn schema', () => {
  it('reads any written form of a number as that number, and a number as itself', () => {
    fc.assert(
      fc.property(
        number.chain((n) => fc.tuple(fc.constant(n), written(n))),
        ([n, text]) => {
          expect(asn.parse(text)).toBe(n);
          expect(asn.parse(n)).toBe(n);
        },
      ),
    );
  });

  it('is idempotent: parsing its own output gives the same number', () => {
    fc.assert(
      fc.property(
        number.chain((n) => written(n)),
        (text) => {
          const once = asn.parse(text);
          expect(asn.parse(once)).toBe(once);
        },
      ),
    );
  });

  it('rejects what is not an AS number without echoing it', () => {
    for (const bad of ['AS', 'ASX1', 'AS-1', 'AS4294967296', 4294967296, -1, 1.5, 'AS 1 2', null]) {
      const result = asn.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([MESSAGE]);
    }
  });
});

describe('ASNs in profiles and organisation contexts', () => {
  it('accepts "AS15169" on a login and gives the rules the number', () => {
    const result = safeParseProfile({
      id: 'p1',
      logins: [{ at: '2025-03-01T14:05:00Z', geo: { asn: ' as15169' } }],
    });
    expect(result.success && result.data.logins?.[0]?.geo?.asn).toBe(15169);
  });

  it('names the login path when an ASN is not one', () => {
    const result = safeParseProfile({
      id: 'p1',
      logins: [{ at: '2025-03-01T14:05:00Z', geo: { asn: 'ASX' } }],
    });
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: 'logins[0].geo.asn', code: 'custom', message: MESSAGE },
    ]);
  });

  it('accepts corporate egress ASNs written either way', () => {
    const view = compileOrganizations({ '*': { corporateEgress: { asns: ['AS64500', 64501] } } })(undefined);
    expect([view.isCorporateEgress({ asn: 64500 }), view.isCorporateEgress({ asn: 64501 })]).toEqual([
      true,
      true,
    ]);
  });
});
