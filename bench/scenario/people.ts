// Building blocks of synthetic profiles. Every identifier is derived from a running counter, so keys
// (addresses, phones, SSNs, accounts, home networks) are unique by construction unless a unit shares
// them on purpose: accidental collisions would blur the labels.
import type { ProfileInput } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import { ORDINARY_USB } from './vocab/devices.js';
import { FAMILY_HEADS, FAMILY_MIDS, FAMILY_TAILS, GIVEN_NAMES } from './vocab/names.js';
import { HOME_OCTETS } from './vocab/networks.js';
import { CITIES, STREET_NAMES, SUFFIXES, type City } from './vocab/places.js';
import { RESUME_WORDS } from './vocab/words.js';

export type Postal = {
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

export interface Place {
  address: Postal;
  city: City;
  /** Parts to respell the address: house number, street name, suffix index, unit. */
  house: number;
  street: string;
  suffix: number;
  unit?: string;
}

const NOW_MS = Date.parse('2025-07-01T00:00:00Z');
const DAY = 86_400_000;

/** ISO instant `days` before the scenario's as-of time at a UTC hour and minute. */
export function instant(days: number, hourUtc: number, minute = 0): string {
  const ms = NOW_MS - days * DAY + (((hourUtc % 24) + 24) % 24) * 3_600_000 + minute * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Calendar date `days` before the as-of time. */
export function dateBefore(days: number): string {
  return new Date(NOW_MS - days * DAY).toISOString().slice(0, 10);
}

/** A place (home, office, farm) from a unique counter; its street spelled in full. */
export function placeOf(n: number, options: { unit?: boolean } = {}): Place {
  const house = 100 + (n % 9_000);
  const street = STREET_NAMES[Math.floor(n / 9_000) % STREET_NAMES.length] as string;
  const suffix = Math.floor(n / 9_000 / STREET_NAMES.length) % SUFFIXES.length;
  const city = CITIES[Math.floor(n / 9_000 / STREET_NAMES.length / SUFFIXES.length) % CITIES.length] as City;
  const unit = options.unit ? `${1 + (n % 30)}${'ABCD'[n % 4]}` : undefined;
  const address: Postal = {
    line1: `${house} ${street} ${(SUFFIXES[suffix] as readonly [string, string])[0]}`,
    city: city.city,
    region: city.region,
    postalCode: city.zip,
    country: 'US',
  };
  if (unit) address.line2 = `Apt ${unit}`;
  return { address, city, house, street, suffix, ...(unit && { unit }) };
}

/** The same place typed another way (abbreviated suffix, upper case, `#` for the unit, ZIP+4). */
export function spell(place: Place, variant: number): Postal {
  const [full, short] = SUFFIXES[place.suffix] as readonly [string, string];
  const v = variant % 4;
  if (v === 0) return place.address;
  const street = `${place.house} ${place.street} ${v === 2 ? `${short}.` : v === 1 ? short : full}`;
  const unit = place.unit ? (v === 1 ? ` #${place.unit}` : v === 2 ? ` APT ${place.unit}` : '') : '';
  const out: Postal = {
    line1: v === 2 ? `${street}${unit}`.toUpperCase() : `${street}${unit}`,
    city: v === 2 ? place.city.city.toUpperCase() : place.city.city,
    region: place.city.region,
    postalCode:
      v === 3 ? `${place.city.zip}-${String(1000 + (place.house % 9000)).padStart(4, '0')}` : place.city.zip,
    country: 'US',
  };
  if (v === 3 && place.unit) out.line2 = `Unit ${place.unit}`;
  return out;
}

export function familyName(rng: Rng): string {
  const name = `${rng.pick(FAMILY_HEADS)}${rng.pick(FAMILY_MIDS)}${rng.pick(FAMILY_TAILS)}`;
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}

export function givenName(rng: Rng): string {
  return rng.pick(GIVEN_NAMES);
}

/** A dialable US number, unique per counter (exchange 200-999 without N11 or 555). */
export function phoneOf(n: number, area: string): string {
  const local = n % 7_000_000;
  let exchange = 200 + Math.floor(local / 10_000);
  if (exchange % 100 === 11 || exchange === 555) exchange += 1;
  const line = String(local % 10_000).padStart(4, '0');
  return `+1 ${area} ${exchange} ${line}`;
}

/** A structurally valid SSN (area 001-899 but 666, group 01-99, serial 0001-9999), unique per counter. */
export function ssnOf(n: number): string {
  let area = 1 + (n % 898);
  if (area >= 666) area += 1;
  const group = 1 + (Math.floor(n / 898) % 99);
  const serial = 1 + (Math.floor(n / 898 / 99) % 9999);
  return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
}

const ROUTING = ['011000015', '021000021', '121000358', '026009593', '091000019'];

export function accountOf(n: number): { routingNumber: string; accountNumber: string } {
  return {
    routingNumber: ROUTING[n % ROUTING.length] as string,
    accountNumber: String(100_000_000 + ((n * 7919) % 899_999_999)),
  };
}

/** A public IPv4 in a home /24 unique per counter (20 first octets × 65,536 blocks). */
export function homeIp(n: number, host: number): string {
  const first = HOME_OCTETS[n % HOME_OCTETS.length] as number;
  const block = Math.floor(n / HOME_OCTETS.length) % 65_536;
  return `${first}.${block >> 8}.${block & 255}.${2 + (host % 250)}`;
}

export function photoOf(n: number): string {
  return `${(Math.imul(n + 1, 2654435761) >>> 0).toString(16).padStart(8, '0')}${n.toString(16).padStart(8, '0')}`;
}

/** UTC offset in summer for the claimed zones of the scenario. */
export function summerOffset(zone: string): number {
  if (zone === 'America/New_York') return -4;
  if (zone === 'America/Chicago') return -5;
  if (zone === 'America/Denver' || zone === 'America/Boise') return -6;
  return -7;
}

/** Résumé text of `words` words drawn from a seeded stream. */
export function resumeText(rng: Rng, words = 90): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(rng.pick(RESUME_WORDS));
  return out.join(' ');
}

/** Replaces a few words of a template, as a worker tailoring one résumé per application would. */
export function tailor(rng: Rng, template: string, edits: number): string {
  const words = template.split(' ');
  for (let i = 0; i < edits; i++) words[rng.int(0, words.length - 1)] = rng.pick(RESUME_WORDS);
  return words.join(' ');
}

export interface PersonOptions {
  id: string;
  organizationId: string;
  /** Unique counter of the identity: derives phone, SSN, e-mail, account, photo. */
  person: number;
  given: string;
  family: string;
  home: Place;
  /** Unique counter of the home network. */
  network: number;
  kind?: 'candidate' | 'employee';
}

/**
 * An ordinary remote employee who lives, works and is paid where they say: the base every unit edits.
 * Working hours are 08:00-18:00 in the claimed zone.
 */
export function person(rng: Rng, o: PersonOptions): ProfileInput {
  const { home } = o;
  const full = `${o.given} ${o.family}`;
  const dob = `${rng.int(1965, 2001)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const offset = summerOffset(home.city.timeZone);
  const hired = rng.int(100, 900);
  const ip = homeIp(o.network, rng.int(0, 249));
  const geo = {
    country: 'US',
    region: home.city.region,
    city: home.city.city,
    lat: home.city.lat,
    lon: home.city.lon,
    asn: 7922,
    org: 'Comcast Cable Communications',
    connectionType: 'residential' as const,
  };
  const employee = o.kind !== 'candidate';
  const deviceId = `dev-${o.id}`;
  const logins: NonNullable<ProfileInput['logins']> = [];
  const activity: NonNullable<ProfileInput['activity']> = [];
  if (employee) {
    for (let i = 0; i < 8; i++)
      logins.push({
        at: instant(rng.int(1, 90), rng.int(8, 17) - offset, rng.int(0, 59)),
        ip,
        deviceId,
        source: 'idp',
        interactive: true,
        geo,
      });
    for (let i = 0; i < 6; i++)
      activity.push({
        at: instant(rng.int(1, 90), rng.int(8, 18) - offset, rng.int(0, 59)),
        kind: rng.pick(['commit', 'chat', 'meeting'] as const),
        durationMinutes: rng.int(5, 90),
      });
  }
  const firstJob = rng.int(2008, 2019);
  const profile: ProfileInput = {
    id: o.id,
    kind: employee ? 'employee' : 'candidate',
    organizationId: o.organizationId,
    name: { full, given: o.given, family: o.family },
    dateOfBirth: dob,
    claimed: {
      country: 'US',
      region: home.city.region,
      city: home.city.city,
      timeZone: home.city.timeZone,
      lat: home.city.lat,
      lon: home.city.lon,
    },
    nationalIds: [{ type: 'us-ssn', value: ssnOf(o.person), verification: 'match' }],
    documents: [
      {
        type: 'drivers-license',
        issuingCountry: 'US',
        issuingRegion: home.city.region,
        number: `D${String(o.person).padStart(8, '0')}`,
        nameOnDocument: full,
        dateOfBirth: dob,
        address: home.address,
        expiresOn: `${rng.int(2026, 2031)}-06-30`,
        verification: { status: 'passed', method: 'live-video', at: instant(hired + 10, 15) },
      },
    ],
    emails: [{ address: `${o.given}.${o.family}${o.person}@gmail.com`.toLowerCase(), purpose: 'personal' }],
    phones: [{ number: phoneOf(o.person, home.city.area), purpose: 'mobile', lineType: 'mobile' }],
    addresses: [
      { purpose: 'home', ...home.address, deliveryType: 'residential', recordedAt: instant(hired + 20, 15) },
    ],
    payroll: {
      accounts: [
        {
          ...accountOf(o.person),
          holderName: full,
          institution: 'First Community Bank',
          institutionType: 'bank',
          country: 'US',
          addedAt: instant(hired, 16),
        },
      ],
    },
    interviews: [
      {
        at: instant(hired + 14, 16 - offset),
        mode: 'video',
        videoRequired: true,
        cameraOn: true,
        identityVerifiedLive: true,
        ip,
      },
    ],
    employment: {
      ...(employee && { startDate: dateBefore(hired) }),
      workArrangement: 'remote',
      roleCountry: 'US',
      workHistory: [
        {
          employer: `Northwind ${o.family} Systems`,
          start: `${firstJob}-03-01`,
          end: `${firstJob + 3}-02-28`,
          fullTime: true,
        },
        {
          employer: 'Contoso Digital',
          start: `${firstJob + 3}-04-01`,
          end: dateBefore(hired + 30),
          fullTime: true,
        },
      ],
      education: [{ institution: 'State University', graduationYear: firstJob }],
    },
    onlinePresence: [
      {
        platform: 'github',
        handle: `${o.given}${o.person}`.toLowerCase(),
        createdAt: `${firstJob - 1}-09-01`,
      },
    ],
    photoHash: photoOf(o.person),
  };
  if (employee) {
    profile.devices = [
      {
        id: deviceId,
        serial: `C02${o.person.toString(36).toUpperCase().padStart(8, '0')}`,
        managed: true,
        shippedTo: home.address,
        shippedAt: instant(hired + 3, 18),
        deliveredAt: instant(hired + 1, 18),
        software: [{ name: 'chrome.exe' }, { name: 'slack.exe' }, { name: 'Code.exe' }],
        usb: [{ ...rng.pick(ORDINARY_USB), interfaceClasses: ['hid-keyboard', 'hid-mouse'] }],
        displays: [{ name: 'DELL U2720Q', manufacturerCode: 'DEL' }],
      },
    ];
    profile.logins = logins;
    profile.activity = activity;
  }
  if (rng.chance(0.25)) profile.resumeText = resumeText(rng);
  return profile;
}
