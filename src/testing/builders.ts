import type { ProfileInput } from '../schema/profile.js';

type AddressInput = NonNullable<ProfileInput['addresses']>[number];
/** A postal address without its purpose, as `devices[].shippedTo` takes it. */
export type PostalAddressInput = Omit<AddressInput, 'purpose'>;

/**
 * Partial overrides for a profile: objects merge key by key, arrays replace the default list, and an
 * explicit `undefined` removes the field (useful for `skipped` cases).
 */
export type ProfileOverrides = {
  [K in keyof ProfileInput]?: ProfileInput[K] extends readonly unknown[] | undefined
    ? ProfileInput[K]
    : ProfileInput[K] extends object | undefined
      ? { [P in keyof NonNullable<ProfileInput[K]>]?: NonNullable<ProfileInput[K]>[P] } | undefined
      : ProfileInput[K];
};

interface Place {
  city: string;
  region: string;
  postalCode: string;
  timeZone: string;
  area: string;
}

// Real US cities with their own ZIP and time zone, so address, phone-area and zone rules see a
// consistent person. Numbers use the 555-0100..0199 range reserved for fiction.
const PLACES: readonly Place[] = [
  { city: 'Austin', region: 'TX', postalCode: '78704', timeZone: 'America/Chicago', area: '512' },
  { city: 'Columbus', region: 'OH', postalCode: '43215', timeZone: 'America/New_York', area: '614' },
  { city: 'Denver', region: 'CO', postalCode: '80205', timeZone: 'America/Denver', area: '303' },
  { city: 'Portland', region: 'OR', postalCode: '97214', timeZone: 'America/Los_Angeles', area: '503' },
  { city: 'Raleigh', region: 'NC', postalCode: '27601', timeZone: 'America/New_York', area: '919' },
  { city: 'Madison', region: 'WI', postalCode: '53703', timeZone: 'America/Chicago', area: '608' },
  { city: 'Phoenix', region: 'AZ', postalCode: '85004', timeZone: 'America/Phoenix', area: '602' },
];
const STREETS = ['Oak Street', 'Maple Avenue', 'Cedar Lane', 'Elm Drive', 'Birch Road', 'Willow Way'];
const GIVEN = ['Ana', 'Ben', 'Chloe', 'David', 'Eva', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jon', 'Kemi'];
const FAMILY = ['Lima', 'Novak', 'Okafor', 'Park', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Varga'];

let sequence = 0;

/**
 * Restarts the builders' counter, so ids and defaults repeat exactly (each jest file already starts
 * at 0; call this in `beforeEach` when a test depends on exact ids across tests).
 *
 * @example
 * resetBuilders(); profile().id // 'cand-0001'
 */
export function resetBuilders(seed = 0): void {
  sequence = seed;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Merges `overrides` into `base` without touching either: plain objects merge key by key, arrays and
 * other values replace, an explicit `undefined` removes the key.
 *
 * @example
 * mergeDeep({ claimed: { country: 'US', city: 'Austin' } }, { claimed: { city: 'Denver' } })
 * // { claimed: { country: 'US', city: 'Denver' } }
 */
export function mergeDeep<T extends object>(base: T, overrides: object | undefined): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = mergeDeep(out[key], value);
    else out[key] = structuredClone(value);
  }
  return out as T;
}

function homeFor(n: number): AddressInput {
  const place = pick(PLACES, n);
  return {
    purpose: 'home',
    line1: `${100 + ((n * 37) % 9000)} ${pick(STREETS, n)}`,
    city: place.city,
    region: place.region,
    postalCode: place.postalCode,
    country: 'US',
    deliveryType: 'residential',
    verified: true,
  };
}

/**
 * A realistic, valid, unremarkable candidate: a home address, a personal email and mobile phone in the
 * same place, a camera-on video interview verified live, a remote US role. Deterministic: a counter,
 * never `Math.random`, picks the values, so the n-th profile of a test file is always the same.
 *
 * @example
 * profile({ interviews: [{ mode: 'video', cameraOn: false }] })
 * profile({ claimed: { timeZone: 'Asia/Shanghai' } }) // the rest of `claimed` is kept
 */
export function profile(overrides?: ProfileOverrides): ProfileInput {
  sequence += 1;
  const n = sequence;
  const given = pick(GIVEN, n);
  const family = pick(FAMILY, n * 3);
  const place = pick(PLACES, n);
  const base: ProfileInput = {
    id: `cand-${pad(n)}`,
    kind: 'candidate',
    organizationId: 'org-acme',
    name: { full: `${given} ${family}`, given, family },
    claimed: { country: 'US', region: place.region, city: place.city, timeZone: place.timeZone },
    emails: [{ address: `${given}.${family}${n}@example.com`.toLowerCase(), purpose: 'personal' }],
    phones: [
      {
        number: `+1 ${place.area} 555 01${String(n % 100).padStart(2, '0')}`,
        purpose: 'mobile',
        lineType: 'mobile',
      },
    ],
    addresses: [homeFor(n)],
    interviews: [{ at: '2025-12-02T16:00:00Z', mode: 'video', cameraOn: true, identityVerifiedLive: true }],
    employment: { startDate: '2026-01-05', workArrangement: 'remote', roleCountry: 'US' },
  };
  return mergeDeep(base, overrides);
}

export interface RosterOptions {
  /** How many profiles (default: 4 for a farm, 2 for a household, 5 for an office). */
  size?: number;
  /** Organisation ids, or how many distinct ones to spread the members over (round robin). */
  organisations?: number | readonly string[];
  /** Applied to every member, or computed per member from its position. */
  each?: ProfileOverrides | ((index: number) => ProfileOverrides);
}

export interface FarmOptions extends RosterOptions {
  /** The farm's address, or several spellings of it to cycle through. */
  address?: PostalAddressInput | readonly PostalAddressInput[];
  /** Spell the default farm address differently for each member, as real laptop farms do. Default true. */
  addressVariants?: boolean;
}

// One apartment written the ways people type it; the address normaliser maps all of them to one key.
const FARM_SPELLINGS: readonly PostalAddressInput[] = [
  {
    line1: '123 North Main Street',
    line2: 'Apt 4B',
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    country: 'US',
  },
  { line1: '123 N Main St #4B', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  { line1: '123 N. MAIN ST APT 4B', city: 'SPRINGFIELD', region: 'IL', postalCode: '62701', country: 'US' },
  {
    line1: '123 north main street',
    line2: 'Apartment 4B',
    city: 'Springfield',
    region: 'Illinois',
    postalCode: '62701-1234',
    country: 'US',
  },
];

function organisationIds(option: RosterOptions['organisations'], fallback: number): string[] {
  if (Array.isArray(option)) return option.length > 0 ? [...option] : ['org-1'];
  const count = Math.max(1, Math.floor(typeof option === 'number' ? option : fallback));
  return Array.from({ length: count }, (_, i) => `org-${i + 1}`);
}

function members(
  options: RosterOptions,
  defaultSize: number,
  defaultOrgs: number,
  build: (index: number, organizationId: string) => ProfileOverrides,
): ProfileInput[] {
  const size = Math.max(1, Math.floor(options.size ?? defaultSize));
  const orgs = organisationIds(options.organisations, defaultOrgs);
  return Array.from({ length: size }, (_, index) => {
    const each = typeof options.each === 'function' ? options.each(index) : options.each;
    return mergeDeep(profile(build(index, orgs[index % orgs.length] as string)), each);
  });
}

/**
 * Profiles for link scenarios. Each helper returns an array of profile inputs for a roster screening.
 *
 * @example
 * const farm = roster.farm({ size: 5, organisations: 3 }); // one apartment, five hires, three employers
 * const family = roster.household({ size: 2 });            // two people sharing a home: legitimate
 * const team = roster.office({ size: 8 });                 // laptops shipped to the office: legitimate
 */
export const roster = {
  /**
   * A laptop farm: hires who each claim a different home but whose laptops go to one address
   * (spelled differently each time by default), usually across several employers.
   */
  farm(options: FarmOptions = {}): ProfileInput[] {
    const given = options.address;
    const spellings: readonly PostalAddressInput[] = Array.isArray(given)
      ? given
      : given
        ? [given as PostalAddressInput]
        : options.addressVariants === false
          ? FARM_SPELLINGS.slice(0, 1)
          : FARM_SPELLINGS;
    return members(options, 4, options.size ?? 4, (index, organizationId) => {
      const at = pick(spellings, index);
      return {
        kind: 'employee',
        organizationId,
        addresses: [homeFor(sequence + 1), { ...at, purpose: 'shipping' }],
        devices: [
          { id: `laptop-${index + 1}`, serial: `SN-FARM-${pad(index + 1)}`, managed: true, shippedTo: at },
        ],
      };
    });
  },

  /** People who share a home and have their laptops sent there: the classic legitimate shared address. */
  household(options: RosterOptions & { address?: PostalAddressInput } = {}): ProfileInput[] {
    const first = sequence + 1;
    const home = options.address ?? (({ purpose: _p, ...rest }) => rest)(homeFor(first));
    const place = pick(PLACES, first);
    return members(options, 2, options.size ?? 2, (index, organizationId) => ({
      kind: 'employee',
      organizationId,
      claimed: options.address ? {} : { region: place.region, city: place.city, timeZone: place.timeZone },
      addresses: [{ ...home, purpose: 'home', deliveryType: 'residential' }],
      devices: [
        { id: `laptop-${index + 1}`, serial: `SN-HOME-${pad(index + 1)}`, managed: true, shippedTo: home },
      ],
    }));
  },

  /** Colleagues of one organisation whose laptops go to the office: shared, commercial, legitimate. */
  office(options: RosterOptions & { address?: PostalAddressInput } = {}): ProfileInput[] {
    const office = options.address ?? {
      line1: '500 Congress Avenue',
      line2: 'Floor 12',
      city: 'Austin',
      region: 'TX',
      postalCode: '78701',
      country: 'US',
      deliveryType: 'commercial',
    };
    return members(options, 5, 1, (index, organizationId) => ({
      kind: 'employee',
      organizationId,
      devices: [
        {
          id: `laptop-${index + 1}`,
          serial: `SN-OFFICE-${pad(index + 1)}`,
          managed: true,
          shippedTo: office,
        },
      ],
    }));
  },
};
