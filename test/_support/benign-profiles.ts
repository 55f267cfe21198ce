import type { ProfileInput } from '../../src/schema/profile.js';
import { ssnStructuralProblems } from '../../src/normalize/ssn.js';
import { seededRandom } from '../../src/testing/seeded-random.js';

/**
 * A seeded generator of ordinary, honest US-based profiles for benign baselines: every rule should
 * stay (almost) quiet on them, and each expected exception is a documented trait. Deterministic: the
 * same (index, seed) always gives the same profile, with no Math.random and no clock.
 *
 * The mix mirrors ordinary life rather than a clean lab: people go by nicknames, keep a maiden name
 * as an alias, drop or keep diacritics, keep an old phone number from another state, move house
 * before their licence is renewed, and some use a Google Voice number or an old gamer-tag mailbox.
 */

/** The as-of time the generated profiles are consistent with. */
export const BENIGN_AS_OF = '2026-01-15T12:00:00Z';
export const BENIGN_DEFAULT_SEED = 20260115;

/** Seeded random choices for the generator (mulberry32 underneath). */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

interface Place {
  city: string;
  region: string;
  zip: string;
  timeZone: string;
  area: string;
  lat: number;
  lon: number;
}

// Real cities with a real ZIP and area code of each.
// prettier-ignore
const PLACES: readonly Place[] = [
  { city: 'Austin', region: 'TX', zip: '78704', timeZone: 'America/Chicago', area: '512', lat: 30.24, lon: -97.77 },
  { city: 'Columbus', region: 'OH', zip: '43215', timeZone: 'America/New_York', area: '614', lat: 39.96, lon: -83.0 },
  { city: 'Denver', region: 'CO', zip: '80205', timeZone: 'America/Denver', area: '303', lat: 39.76, lon: -104.96 },
  { city: 'Portland', region: 'OR', zip: '97214', timeZone: 'America/Los_Angeles', area: '503', lat: 45.51, lon: -122.64 },
  { city: 'Raleigh', region: 'NC', zip: '27601', timeZone: 'America/New_York', area: '919', lat: 35.77, lon: -78.64 },
  { city: 'Madison', region: 'WI', zip: '53703', timeZone: 'America/Chicago', area: '608', lat: 43.08, lon: -89.38 },
  { city: 'Phoenix', region: 'AZ', zip: '85004', timeZone: 'America/Phoenix', area: '602', lat: 33.45, lon: -112.07 },
  { city: 'Atlanta', region: 'GA', zip: '30308', timeZone: 'America/New_York', area: '404', lat: 33.77, lon: -84.38 },
  { city: 'Seattle', region: 'WA', zip: '98103', timeZone: 'America/Los_Angeles', area: '206', lat: 47.67, lon: -122.34 },
  { city: 'Minneapolis', region: 'MN', zip: '55408', timeZone: 'America/Chicago', area: '612', lat: 44.95, lon: -93.29 },
  { city: 'Pittsburgh', region: 'PA', zip: '15213', timeZone: 'America/New_York', area: '412', lat: 40.44, lon: -79.95 },
  { city: 'Salt Lake City', region: 'UT', zip: '84102', timeZone: 'America/Denver', area: '801', lat: 40.76, lon: -111.87 },
  { city: 'Nashville', region: 'TN', zip: '37203', timeZone: 'America/Chicago', area: '615', lat: 36.15, lon: -86.79 },
  { city: 'Boston', region: 'MA', zip: '02130', timeZone: 'America/New_York', area: '617', lat: 42.31, lon: -71.11 },
  { city: 'San Diego', region: 'CA', zip: '92104', timeZone: 'America/Los_Angeles', area: '619', lat: 32.74, lon: -117.13 },
  { city: 'Chicago', region: 'IL', zip: '60614', timeZone: 'America/Chicago', area: '773', lat: 41.92, lon: -87.65 },
  { city: 'New York', region: 'NY', zip: '10025', timeZone: 'America/New_York', area: '212', lat: 40.8, lon: -73.97 },
  { city: 'Miami', region: 'FL', zip: '33133', timeZone: 'America/New_York', area: '305', lat: 25.73, lon: -80.24 },
];

/** [formal given name, a nickname the person goes by] where the nickname table links them. */
// prettier-ignore
const GIVEN: readonly (readonly [string, string?])[] = [
  ['Robert', 'Bob'], ['William', 'Bill'], ['Elizabeth', 'Liz'], ['Katherine', 'Kate'], ['Michael', 'Mike'],
  ['Christopher', 'Chris'], ['Jennifer'], ['Alexander', 'Alex'], ['Margaret', 'Peggy'], ['Daniel', 'Dan'],
  ['Olivia'], ['Aisha'], ['Wei'], ['Priya'], ['Mohammed'], ['Fatima'], ['Hiroshi'], ['Ngozi'], ['Carlos'],
  ['Sofia'], ['Dmitri'], ['Anh'], ['Emily'], ['James', 'Jim'], ['Thomas', 'Tom'], ['Patricia', 'Pat'],
  ['Samuel', 'Sam'], ['Rebecca', 'Becky'], ['Joseph', 'Joe'], ['Grace'], ['Kwame'], ['Leila'], ['Mateo'],
];
/** Names typed with and without diacritics by the same person on different records. */
// prettier-ignore
const ACCENTED_GIVEN: readonly (readonly [string, string])[] = [
  ['José', 'Jose'], ['Zoë', 'Zoe'], ['Chloé', 'Chloe'], ['Renée', 'Renee'], ['Björn', 'Bjorn'], ['Inés', 'Ines'],
];
// prettier-ignore
const ACCENTED_FAMILY: readonly (readonly [string, string])[] = [
  ['Álvarez', 'Alvarez'], ['Müller', 'Muller'], ['Nuñez', 'Nunez'], ['Gómez', 'Gomez'], ['Søndergaard', 'Sondergaard'],
];
// prettier-ignore
const FAMILY = [
  'Smith', 'Johnson', 'Garcia', 'Nguyen', 'Patel', 'Kim', 'Okafor', 'Kowalski', 'Rossi', 'Cohen', 'Haddad',
  'Tanaka', 'Williams', 'Brown', 'Martinez', 'Chen', 'Singh', "O'Brien", 'Novak', 'Mensah', 'Andersen',
  'Lopez', 'Ivanova', 'Hughes', 'Reyes', 'Walsh', 'Schmidt', 'Mbeki', 'Park', 'Carter',
];
const MIDDLE = ['Anne', 'James', 'Marie', 'Lee', 'Ray', 'Lynn', 'Jo', 'Grace', 'Paul', 'Elena'];
// prettier-ignore
const STREETS = ['Oak Street', 'Maple Avenue', 'Cedar Lane', 'Elm Drive', 'Birch Road', 'Willow Way', 'Lincoln Boulevard', 'Park Place', 'Highland Avenue', 'River Road'];
// prettier-ignore
const FREE_MAIL = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me'];
// prettier-ignore
const HANDLES = ['skywalker', 'pixelpirate', 'coffeeaddict', 'nightowl', 'bluebird', 'thunderbolt', 'codemonkey'];
// prettier-ignore
const EMPLOYERS = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Financial', 'Hooli', 'Vandelay Industries', 'Soylent Foods', 'Cyberdyne Systems', 'Wonka Labs', 'Tyrell Analytics'];
// prettier-ignore
const SCHOOLS = ['Ohio State University', 'University of Texas at Austin', 'Georgia Tech', 'Portland State University', 'University of Wisconsin', 'Arizona State University', 'Community College of Denver', 'Boston University'];
const MOBILE_CARRIERS = ['Verizon Wireless', 'T-Mobile USA', 'AT&T Mobility'];
const BANKS = ['Chase', 'Bank of America', 'Wells Fargo', 'US Bank', 'PNC', 'Capital One'];

/** A trait a generated profile carries; the baseline counts findings per trait. */
export type BenignTrait =
  | 'nickname'
  | 'married-alias'
  | 'maiden-name-document'
  | 'diacritics'
  | 'initials'
  | 'family-first'
  | 'kept-out-of-state-phone'
  | 'google-voice'
  | 'no-carrier-lookup'
  | 'handle-email'
  | 'moved-since-licence'
  | 'renewal-pending'
  | 'dob-keyed-day-first'
  | 'automated-idv-only'
  | 'late-github'
  | 'side-gig'
  | 'remote';

export interface BenignCase {
  profile: ProfileInput;
  traits: BenignTrait[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

function validSsn(rng: Rng): string {
  for (;;) {
    const area = rng.int(1, 899);
    if (area === 666) continue;
    const ssn = `${pad(area, 3)}-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`;
    if (ssnStructuralProblems(ssn).length === 0) return ssn;
  }
}

function usNumber(rng: Rng, area: string): string {
  let exchange = rng.int(200, 999);
  if (exchange % 100 === 11) exchange += 1;
  const line = pad(rng.int(0, 9999), 4);
  return rng.pick([
    `(${area}) ${exchange}-${line}`,
    `+1 ${area} ${exchange} ${line}`,
    `${area}.${exchange}.${line}`,
    `+1${area}${exchange}${line}`,
  ]);
}

function localPart(rng: Rng, given: string, family: string, birthYear: number): string {
  const fold = (text: string): string =>
    text
      .replace(/ø/g, 'o')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const g = fold(given);
  const f = fold(family);
  return rng.pick([
    `${g}.${f}`,
    `${g}${f}`,
    `${g[0]}${f}`,
    `${g}.${f}${birthYear % 100}`,
    `${f}.${g}`,
    `${g}${f}${rng.int(1, 99)}`,
  ]);
}

/**
 * One ordinary profile, reproducible from (index, seed), with the traits it was given.
 *
 * @example
 * const { profile, traits } = benignCase(7);
 */
export function benignCase(index: number, seed = BENIGN_DEFAULT_SEED): BenignCase {
  const rng = createRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const traits: BenignTrait[] = [];
  const place = rng.pick(PLACES);
  const id = `benign-${pad(index, 6)}`;

  // Names: the legal name is what the document shows; the profile holds what the person goes by.
  const given = rng.pick(GIVEN);
  const nickname = given[1];
  let legalGiven = given[0];
  let family = rng.pick(FAMILY);
  let profileGiven = legalGiven;
  let profileFamily = family;
  const middle = rng.chance(0.6) ? rng.pick(MIDDLE) : undefined;
  let documentName = [legalGiven, middle, family].filter(Boolean).join(' ');
  let aliases: string[] | undefined;
  const style = rng.next();
  if (style < 0.15 && nickname) {
    profileGiven = nickname;
    traits.push('nickname');
  } else if (style < 0.25) {
    const maiden = rng.pick(FAMILY);
    if (maiden !== family) {
      aliases = [`${legalGiven} ${maiden}`];
      traits.push('married-alias');
      if (rng.chance(0.3)) {
        documentName = `${legalGiven} ${maiden}`;
        traits.push('maiden-name-document');
      }
    }
  } else if (style < 0.33) {
    const [accented, plain] = rng.pick(ACCENTED_GIVEN);
    const [accentedFamily, plainFamily] = rng.pick(ACCENTED_FAMILY);
    legalGiven = accented;
    family = accentedFamily;
    profileGiven = rng.chance(0.5) ? plain : accented;
    profileFamily = rng.chance(0.5) ? plainFamily : accentedFamily;
    documentName = [accented, middle, accentedFamily].filter(Boolean).join(' ');
    traits.push('diacritics');
  } else if (style < 0.38 && middle) {
    documentName = `${legalGiven} ${middle[0]}. ${family}`;
    traits.push('initials');
  } else if (style < 0.42) {
    documentName = `${family.toUpperCase()}, ${[legalGiven, middle].filter(Boolean).join(' ').toUpperCase()}`;
    traits.push('family-first');
  }
  const fullName = [profileGiven, middle, profileFamily].filter(Boolean).join(' ');

  // Dates: ages 22-64 at the as-of date; school and work follow from the birth date.
  const birthYear = 2026 - rng.int(22, 64);
  const birth = { y: birthYear, m: rng.int(1, 12), d: rng.int(1, 28) };
  const dateOfBirth = day(birth.y, birth.m, birth.d);
  let documentDob = dateOfBirth;
  if (rng.chance(0.003) && birth.d <= 12 && birth.d !== birth.m) {
    documentDob = day(birth.y, birth.d, birth.m);
    traits.push('dob-keyed-day-first');
  }

  const houseNumber = rng.int(10, 9899);
  const street = rng.pick(STREETS);
  const unit = rng.chance(0.35) ? `Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}` : undefined;
  const home = {
    line1: `${houseNumber} ${street}`,
    line2: unit,
    city: place.city,
    region: place.region,
    postalCode: place.zip,
    country: 'US',
  };
  const abbreviated = {
    line1:
      `${houseNumber} ${street.replace('Street', 'St').replace('Avenue', 'Ave').replace('Lane', 'Ln').replace('Drive', 'Dr').replace('Road', 'Rd').replace('Boulevard', 'Blvd').replace('Place', 'Pl')}`.toUpperCase(),
    line2: unit?.replace('Apt ', '#'),
    city: place.city.toUpperCase(),
    region: place.region,
    postalCode: `${place.zip}-${pad(rng.int(1, 9999), 4)}`,
    country: 'US',
  };
  let documentAddress = rng.chance(0.5) ? abbreviated : { ...home };
  if (rng.chance(0.03)) {
    const before = rng.pick(PLACES);
    documentAddress = {
      line1: `${rng.int(10, 9899)} ${rng.pick(STREETS)}`,
      line2: undefined,
      city: before.city,
      region: before.region,
      postalCode: before.zip,
      country: 'US',
    };
    traits.push('moved-since-licence');
  }

  const asOfYear = 2026;
  const expiresOn = rng.chance(0.01)
    ? (traits.push('renewal-pending'), day(2025, rng.int(9, 12), rng.int(1, 28)))
    : day(asOfYear + rng.int(1, 7), rng.int(1, 12), rng.int(1, 28));

  const workArrangement = rng.pick(['remote', 'remote', 'hybrid', 'onsite'] as const);
  if (workArrangement === 'remote') traits.push('remote');
  const automatedOnly = rng.chance(0.05);
  if (automatedOnly && workArrangement === 'remote') traits.push('automated-idv-only');

  // Phones: mostly carrier mobiles with a lookup; some numbers kept from another state.
  const keptOutOfState = rng.chance(0.25);
  const phoneArea = keptOutOfState
    ? rng.pick(PLACES.filter((p) => p.region !== place.region)).area
    : place.area;
  if (keptOutOfState) traits.push('kept-out-of-state-phone');
  const lookup = rng.next();
  const phone: {
    number: string;
    purpose: 'mobile';
    lineType?: 'mobile' | 'non-fixed-voip';
    carrier?: string;
  } = {
    number: usNumber(rng, phoneArea),
    purpose: 'mobile',
  };
  if (lookup < 0.02) {
    phone.lineType = 'non-fixed-voip';
    phone.carrier = 'Google Voice';
    traits.push('google-voice');
  } else if (lookup < 0.12) {
    traits.push('no-carrier-lookup');
  } else {
    phone.lineType = 'mobile';
    phone.carrier = rng.pick(MOBILE_CARRIERS);
  }

  const handle = rng.chance(0.05);
  if (handle) traits.push('handle-email');
  const local = handle
    ? `${rng.pick(HANDLES)}${rng.int(1, 999)}`
    : localPart(rng, nickname && profileGiven === nickname ? nickname : legalGiven, profileFamily, birthYear);

  // Work history: school, then consecutive full-time jobs with short gaps; sometimes a side gig.
  const gradYear = Math.min(2025, birthYear + rng.int(21, 24));
  const workHistory: { employer: string; start: string; end?: string; fullTime: boolean }[] = [];
  let year = gradYear;
  let month = rng.int(5, 9);
  const employerOffset = rng.int(0, EMPLOYERS.length - 1);
  while (year < asOfYear && workHistory.length < 6) {
    const years = rng.int(1, 6);
    const endYear = year + years;
    const endMonth = rng.int(1, 12);
    const current = endYear >= asOfYear || workHistory.length === 5;
    workHistory.push({
      employer: EMPLOYERS[(employerOffset + workHistory.length) % EMPLOYERS.length] ?? 'Acme Corp',
      start: day(year, month, 1),
      ...(current ? {} : { end: day(endYear, endMonth, 28) }),
      fullTime: true,
    });
    if (current) break;
    year = endYear + (endMonth === 12 ? 1 : 0);
    month = endMonth === 12 ? 1 : endMonth + 1;
  }
  if (rng.chance(0.08) && gradYear + 4 < asOfYear) {
    workHistory.push({
      employer: 'Freelance tutoring',
      start: day(gradYear + 2, 1, 1),
      end: day(gradYear + 3, 6, 30),
      fullTime: false,
    });
    traits.push('side-gig');
  }
  const careerStart = gradYear;
  const lateGithub = rng.chance(0.02);
  if (lateGithub) traits.push('late-github');
  const githubYear = lateGithub ? 2024 : Math.max(2009, Math.min(2025, careerStart + rng.int(0, 3)));

  const verificationMethod = automatedOnly ? 'automated' : rng.pick(['live-video', 'in-person'] as const);
  const ssn = validSsn(rng);

  const profile: ProfileInput = {
    id,
    kind: rng.pick(['candidate', 'employee'] as const),
    organizationId: `org-${rng.int(1, 40)}`,
    name: { full: fullName, given: profileGiven, family: profileFamily, ...(aliases ? { aliases } : {}) },
    dateOfBirth,
    claimed: { country: 'US', region: place.region, city: place.city, timeZone: place.timeZone },
    nationalIds: [{ type: 'us-ssn', value: ssn, verification: rng.chance(0.9) ? 'match' : 'unverified' }],
    documents: [
      {
        type: 'drivers-license',
        issuingCountry: 'US',
        issuingRegion: traits.includes('moved-since-licence')
          ? (documentAddress.region ?? place.region)
          : place.region,
        number: `${place.region[0]}${pad(rng.int(0, 99_999_999), 8)}`,
        nameOnDocument: documentName,
        dateOfBirth: documentDob,
        address: documentAddress,
        expiresOn,
        verification: { status: 'passed', method: verificationMethod, at: '2025-12-01T15:00:00Z' },
      },
    ],
    emails: [{ address: `${local}@${rng.pick(FREE_MAIL)}`, purpose: 'personal' }],
    phones: [phone],
    addresses: [{ purpose: 'home', ...home, deliveryType: 'residential', verified: true }],
    payroll: {
      accounts: [
        {
          routingNumber: pad(rng.int(11_000_000, 129_999_999), 9),
          accountNumber: pad(rng.int(10_000_000, 999_999_999), 10),
          holderName: [legalGiven, family].join(' '),
          institution: rng.pick(BANKS),
          institutionType: 'bank',
          country: 'US',
          addedAt: '2025-12-10T16:00:00Z',
        },
      ],
    },
    interviews: [
      {
        at: '2025-11-12T15:00:00Z',
        mode: 'video',
        videoRequired: true,
        cameraOn: true,
        identityVerifiedLive: true,
      },
      { at: '2025-11-19T17:30:00Z', mode: 'video', cameraOn: true },
    ],
    logins: [
      {
        at: '2025-12-15T14:05:00Z',
        ip: `198.51.100.${rng.int(1, 254)}`,
        source: 'idp',
        geo: {
          country: 'US',
          region: place.region,
          city: place.city,
          lat: place.lat,
          lon: place.lon,
          connectionType: 'residential',
        },
      },
    ],
    employment: {
      startDate: '2026-01-05',
      workArrangement,
      roleCountry: 'US',
      workHistory,
      education: [{ institution: rng.pick(SCHOOLS), graduationYear: gradYear }],
    },
    onlinePresence: [
      {
        platform: 'LinkedIn',
        handle: `in/${local.replace(/[^a-z0-9]/g, '')}`,
        createdAt: day(Math.max(2004, careerStart - rng.int(0, 2)), rng.int(1, 12), rng.int(1, 28)),
      },
      ...(lateGithub || rng.chance(0.6)
        ? [
            {
              platform: 'GitHub',
              handle: local.replace(/[^a-z0-9]/g, ''),
              createdAt: day(githubYear, rng.int(1, 12), rng.int(1, 28)),
            },
          ]
        : []),
    ],
  };
  return { profile, traits };
}

/**
 * `count` ordinary profiles from one seed, each with its traits.
 *
 * @example
 * for (const { profile } of benignCases(100)) screen(profile);
 */
export function* benignCases(count: number, seed = BENIGN_DEFAULT_SEED): Generator<BenignCase> {
  for (let index = 0; index < count; index += 1) yield benignCase(index, seed);
}

/** Just the profiles of {@link benignCases}. */
export function* benignProfiles(count: number, seed = BENIGN_DEFAULT_SEED): Generator<ProfileInput> {
  for (const { profile } of benignCases(count, seed)) yield profile;
}
