import fc from 'fast-check';
import { linkEvidence } from '../../../src/rules/links/_lib/shared-key-rule.js';
import { LINK_ATTRIBUTES, type LinkMatch } from '../../../src/links/lookup.js';

// linkEvidence builds its object by assignment instead of conditional spreads; the evidence (and its
// key order, which reports and JSON output show) must stay what the spread form gave.

function referenceEvidence(match: LinkMatch): Record<string, unknown> {
  return {
    attribute: match.attribute,
    displayKey: match.displayKey,
    identityCount: match.identityCount,
    organizationCount: match.organizationCount,
    ...(match.attribute === 'home-address' || match.attribute === 'shipping-address'
      ? {
          residentCount: match.residentCount,
          shipOnlyCount: match.shipOnlyCount,
          commercial: match.commercial,
        }
      : {}),
    ...(match.similarity !== undefined && { similarity: match.similarity }),
  };
}

const count = fc.nat({ max: 20 });
const match: fc.Arbitrary<LinkMatch> = fc.record(
  {
    attribute: fc.constantFrom(...LINK_ATTRIBUTES),
    displayKey: fc.string(),
    path: fc.string(),
    profileIds: fc.array(fc.string(), { maxLength: 3 }),
    organizationCount: count,
    identityCount: count,
    nameCount: count,
    residentCount: count,
    shipOnlyCount: count,
    household: fc.boolean(),
    commercial: fc.boolean(),
    similarity: fc.double({ min: 0, max: 1, noNaN: true }),
    severity: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
    weight: count,
  },
  { requiredKeys: ['attribute', 'displayKey', 'path', 'profileIds', 'organizationCount', 'identityCount'] },
) as fc.Arbitrary<LinkMatch>;

describe('linkEvidence', () => {
  it('equals the spread form, key order included', () => {
    fc.assert(
      fc.property(match, (value) => {
        const evidence = linkEvidence(value);
        const reference = referenceEvidence(value);
        expect(evidence).toStrictEqual(reference);
        expect(JSON.stringify(evidence)).toBe(JSON.stringify(reference));
      }),
    );
  });
});
