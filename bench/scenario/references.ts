// References on both sides of the roster (issue 21). Legitimate hires give former managers: most at
// their last employer on corporate mail, where one manager vouches for several people from one team;
// some retired or small-firm managers on webmail. Farms give references on webmail for front
// companies, a facilitator's phone reused across the farm's candidates for several front companies,
// and candidates who vouch for each other. Drawn from a stream of their own after the unit is built,
// so no other draw of the scenario moves.
import type { ProfileInput, Reference } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import type { ScenarioRecord } from './generate.js';
import { phoneOf } from './people.js';
import type { GeneratorState } from './state.js';
import { GIVEN_NAMES } from './vocab/names.js';

/** Streams far above any unit index and the employer and farm streams, for `createRng(seed, REFERENCE_STREAM + unit)`. */
export const REFERENCE_STREAM = 300_000_000;

// Reference phone numbers from a counter range no person's number reaches (people count from 0).
const MANAGER_PHONE = 6_000_000;
const OWN_PHONE = 6_500_000;
const FACILITATOR_PHONE = 6_900_000;

/** Managers per employee at the common last employer: about one per eight, so teams share one. */
const TEAM_SIZE = 8;
/** The last employer most legitimate histories end at (people.ts); other employers have a few staff each. */
const COMMON_EMPLOYER = 'Contoso Digital';

const WEBMAIL = ['gmail.com', 'outlook.com', 'yahoo.com'];
const FRONT_COMPANIES = [
  { employer: 'Fabrikam Cloud', employerWebsite: 'fabrikamcloud.example' },
  { employer: 'Tailspin Labs', employerWebsite: 'tailspinlabs.example' },
  { employer: 'Bluepeak Software Solutions', employerWebsite: 'bluepeak-solutions.example' },
  { employer: 'Orbital Data Services LLC', employerWebsite: 'orbitaldata.example' },
];

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The last employer on a profile's work history, where its manager would speak from. */
function lastEmployer(p: ProfileInput): string | undefined {
  const history = p.employment?.workHistory ?? [];
  return history[history.length - 1]?.employer;
}

/**
 * Each other employer's place in the manager numbers, in the order the stream first names it: the same
 * for every generation of one scenario, and never shared by two employers (a hash would collide, and
 * a collision reads as one manager speaking for two companies).
 */
const EMPLOYER_SLOTS = new Map<string, number>();

/**
 * Manager `k` of an employer, one number per person: the common employer's managers count from 0 (up to
 * 200,000 of them), every other employer has three, in a range of its own.
 */
function managerNumber(employer: string, k: number): number {
  if (employer === COMMON_EMPLOYER) return k;
  let slot = EMPLOYER_SLOTS.get(employer);
  if (slot === undefined) EMPLOYER_SLOTS.set(employer, (slot = EMPLOYER_SLOTS.size));
  return 200_000 + slot * 3 + (k % 3);
}

/** A manager at the last employer: corporate mail at its domain, shared by about eight people. */
function formerManager(rng: Rng, s: GeneratorState, employer: string): Reference {
  const pool = Math.max(1, Math.round((s.organisations * 150) / TEAM_SIZE));
  const k = managerNumber(employer, rng.int(0, Math.min(pool, 200_000) - 1));
  const given = GIVEN_NAMES[k % GIVEN_NAMES.length] as string;
  const domain = `${slug(employer)}.example`;
  return {
    name: `${given} Manager${k}`,
    email: `${given.toLowerCase()}.manager${k}@${domain}`,
    phone: phoneOf(MANAGER_PHONE + k, '206'),
    employer,
    employerWebsite: `https://www.${domain}`,
    relationship: 'manager',
  };
}

/** A retired manager or one at a small firm: their own webmail, sometimes the firm's website. */
function ownMailManager(rng: Rng, p: ProfileInput, n: number): Reference {
  const given = rng.pick(GIVEN_NAMES);
  const employer = p.employment?.workHistory?.[0]?.employer ?? 'a former employer';
  return {
    name: `${given} Mentor${n}`,
    email: `${given.toLowerCase()}.mentor${n}@${rng.pick(WEBMAIL)}`,
    phone: phoneOf(OWN_PHONE + (n % 400_000), '312'),
    employer,
    ...(rng.chance(0.3) && { employerWebsite: `${slug(employer)}.example` }),
    relationship: 'former manager',
  };
}

function legitimateReferences(rng: Rng, s: GeneratorState, p: ProfileInput, n: number): Reference[] {
  const employer = lastEmployer(p);
  const out: Reference[] = [];
  if (employer && rng.chance(0.75)) out.push(formerManager(rng, s, employer));
  if (rng.chance(0.12)) out.push(ownMailManager(rng, p, n));
  return out;
}

/** A farm's references: webmail for front companies, the facilitator's phone, and one another. */
function farmReferences(rng: Rng, farm: readonly ScenarioRecord[], farmIndex: number): void {
  const facilitator = phoneOf(FACILITATOR_PHONE + farmIndex, '646');
  farm.forEach(({ profile: p }) => {
    const references: Reference[] = [];
    const front = rng.pick(FRONT_COMPANIES);
    const given = rng.pick(GIVEN_NAMES);
    if (rng.chance(0.8))
      references.push({
        name: `${given} Lead`,
        email: `${given.toLowerCase()}.lead${farmIndex}@${rng.pick(WEBMAIL)}`,
        ...(rng.chance(0.5) && { phone: facilitator }),
        ...front,
        relationship: 'manager',
      });
    // Another candidate of the farm, not this identity's own application at another company.
    const name = p.name?.full;
    const others = farm.filter((other) => other.profile.name?.full !== name);
    const peer = others.length > 0 ? rng.pick(others).profile : undefined;
    if (peer && rng.chance(0.3))
      references.push({
        name: peer.name?.full ?? 'colleague',
        ...(rng.chance(0.5)
          ? { email: peer.emails?.[0]?.address as string }
          : { phone: peer.phones?.[0]?.number as string }),
        ...rng.pick(FRONT_COMPANIES),
        relationship: 'colleague',
      });
    if (references.length > 0) p.references = references;
  });
}

/**
 * Adds references to one unit's profiles, in place.
 *
 * @example
 * addReferences(createRng(seed, REFERENCE_STREAM + unitIndex), state, unit);
 */
export function addReferences(rng: Rng, s: GeneratorState, unit: readonly ScenarioRecord[]): void {
  if (unit[0]?.label.fraud) {
    farmReferences(rng, unit, s.farm);
    return;
  }
  for (const { profile } of unit) {
    const references = legitimateReferences(rng, s, profile, Number(profile.id.split('-').pop()));
    if (references.length > 0) profile.references = references;
  }
}
