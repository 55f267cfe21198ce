import fc from 'fast-check';
import { distinctDays, isSanctioned } from '../../../src/rules/network/_lib/egress.js';

const MAX_MS = 8.64e15; // the ECMAScript time range
// Years 0000-9999, where an ISO date is ten characters: the reference's slice(0, 10) is the day only there.
const YEAR_0 = -62_167_219_200_000;
const YEAR_10000 = 253_402_300_800_000;

describe('distinctDays', () => {
  it('counts the same days as formatting each instant as a UTC date', () => {
    const instant = fc.integer({ min: YEAR_0, max: YEAR_10000 - 1 });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            instant,
            instant.map((ms) => ms - (ms % 86_400_000)),
          ),
        ),
        (instants) => {
          const reference = new Set(instants.map((ms) => new Date(ms).toISOString().slice(0, 10))).size;
          expect(distinctDays(instants)).toBe(reference);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    [[], 0],
    [[-1, 0], 2],
    [[0, 86_399_999], 1],
    [[86_399_999, 86_400_000], 2],
    [[-MAX_MS, MAX_MS], 2],
  ])('%p spans %p day(s)', (instants, days) => {
    expect(distinctDays(instants)).toBe(days);
  });
});

describe('isSanctioned', () => {
  it('is false without an allowlisted provider or ASN, whatever the names', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.option(fc.string()),
        fc.option(fc.nat()),
        (provider, org, asn) => {
          const facts = {
            ip: '',
            sources: [],
            ...(provider === null ? {} : { provider }),
            ...(org === null ? {} : { org }),
            ...(asn === null ? {} : { asn }),
          };
          expect(isSanctioned(facts, { allowedProviders: [], allowedAsns: [] })).toBe(false);
        },
      ),
    );
  });
});
