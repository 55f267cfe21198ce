import fc from 'fast-check';
import { LinkIndex } from '../../src/links/link-index.js';
import {
  extractKeys,
  extractSpaceKeys,
  KEY_SPACES,
  spaceOf,
  type ListedSpace,
} from '../../src/links/keys.js';
import { LINK_ATTRIBUTES } from '../../src/links/lookup.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { Profile, ProfileInput } from '../../src/schema/profile.js';
import { syntheticRoster } from './_lib/synthetic-roster.js';

// `matchesFor` answers "nothing shared" for the very profile object that was indexed from the
// fingerprints stored at `add`, without extracting its keys again. A structurally equal copy is not
// the indexed object, so it always takes the full path: the two must agree on every attribute.

const STREETS = ['1 Main St', '1 Main Street', '2 Oak Ave', '3 Elm St Apt 4', '3 Elm Street #4'];
const PHONES = ['+1 415 555 2671', '(415) 555-2671', '+1 415 555 0000'];
const IPS = ['50.0.0.1', '50.0.0.99', '51.2.3.4', '10.0.0.1'];
const WORDS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho'.split(
  ' ',
);
const RESUMES = [
  WORDS.concat(WORDS).join(' '),
  `${WORDS.concat(WORDS).join(' ')} sigma`,
  WORDS.slice().reverse().concat(WORDS).join(' '),
];

const record: fc.Arbitrary<Omit<ProfileInput, 'id'>> = fc.record(
  {
    organizationId: fc.constantFrom('o1', 'o2', 'o3'),
    name: fc.record({ full: fc.constantFrom('Ana Lima', 'Rui Lima', 'Pat Doe', 'Sam Roe') }),
    addresses: fc.array(
      fc.record({
        purpose: fc.constantFrom('home' as const, 'shipping' as const),
        line1: fc.constantFrom(...STREETS),
        city: fc.constant('Springfield'),
        region: fc.constant('IL'),
        postalCode: fc.constant('62701'),
        deliveryType: fc.constantFrom('residential' as const, 'commercial' as const),
      }),
      { maxLength: 3 },
    ),
    phones: fc.array(fc.record({ number: fc.constantFrom(...PHONES) }), { maxLength: 2 }),
    emails: fc.array(
      fc.record({ address: fc.constantFrom('a@example.com', 'A@Example.com', 'b@example.com') }),
      {
        maxLength: 2,
      },
    ),
    devices: fc.array(
      fc.record({
        id: fc.constantFrom('d1', 'd2'),
        serial: fc.constantFrom('C02XK1234', 'C02-XK-1234', 'ZZ999999'),
      }),
      { maxLength: 2 },
    ),
    logins: fc.array(
      fc.record({
        at: fc.constant('2026-01-05T14:00:00Z'),
        ip: fc.constantFrom(...IPS),
        geo: fc.record({ connectionType: fc.constantFrom('residential' as const, 'vpn' as const) }),
      }),
      { maxLength: 3 },
    ),
    photoHash: fc.constantFrom('ab12cd34ef56', 'AB:12:CD:34:EF:56', '0011223344556677'),
    nationalIds: fc.array(
      fc.record({
        type: fc.constant('us-ssn' as const),
        value: fc.constantFrom('123-45-6789', '987-65-4321'),
      }),
      { maxLength: 1 },
    ),
    resumeText: fc.constantFrom(...RESUMES),
    payroll: fc.record({
      accounts: fc.array(
        fc.record({
          routingNumber: fc.constant('021000021'),
          accountNumber: fc.constantFrom('12345678', '87654321'),
        }),
        { maxLength: 1 },
      ),
    }),
  },
  { requiredKeys: ['organizationId'] },
);

/** A roster of generated records, with some ids repeated (a later record replaces an earlier one). */
const roster = fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), record), { minLength: 1, maxLength: 12 });

function copyOf(profile: Profile): Profile {
  return parseProfile(JSON.parse(JSON.stringify(profile)) as ProfileInput);
}

function expectSameMatches(index: LinkIndex, profiles: readonly Profile[]): void {
  for (const profile of profiles) {
    const copy = copyOf(profile);
    for (const attribute of LINK_ATTRIBUTES)
      expect(index.matchesFor(profile, attribute)).toEqual(index.matchesFor(copy, attribute));
  }
}

describe('matchesFor on the indexed profile object', () => {
  it('equals matchesFor on an equal copy, after replacements and removals', () => {
    fc.assert(
      fc.property(roster, fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }), (entries, removed) => {
        const index = new LinkIndex();
        const profiles = entries.map(([id, input]) => parseProfile({ ...input, id: `p${id}` }));
        for (const profile of profiles) index.add(profile);
        for (const id of removed) index.remove(`p${id}`);
        // Replaced and removed objects are screened too: their stored pid is no longer current.
        expectSameMatches(index, profiles);
      }),
      { numRuns: 100 },
    );
  });

  it('re-extracts one space exactly as extractKeys lists it', () => {
    const spaces = KEY_SPACES.filter((space): space is ListedSpace => space !== 'resume');
    fc.assert(
      fc.property(
        record,
        fc.constantFrom('include' as const, 'skip' as const),
        (input, unknownConnection) => {
          const profile = parseProfile({ ...input, id: 'p' });
          const options = {
            unknownConnection,
            filter: { isAllowedKey: (_: unknown, key: string) => key.includes('0000') },
          };
          const all = extractKeys(profile, options).keys;
          for (const space of spaces)
            expect(extractSpaceKeys(profile, space, options)).toEqual(
              all.filter((key) => spaceOf(key.attribute) === space),
            );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('equals matchesFor on an equal copy over a synthetic roster with farms and an allowlist', () => {
    const { profiles: inputs, allowlist } = syntheticRoster(11, [3, 5], 40);
    const index = new LinkIndex({ allowlist });
    const profiles = inputs.map((input) => parseProfile(input));
    for (const profile of profiles) index.add(profile);
    expectSameMatches(index, profiles);
  });
});
