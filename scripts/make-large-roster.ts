/**
 * Writes a large synthetic roster as NDJSON for load tests of `hirescreen screen`: ordinary employees
 * (distinct names, homes, phones, e-mails, home networks and bank accounts; they should screen clear)
 * plus laptop farms (groups of 4-8 that share a shipping address, a home network, a phone and, for some,
 * a bank account). Seeded: the same arguments write the same bytes.
 *
 *   npx tsx scripts/make-large-roster.ts --count 1000000 --seed 7 --out .tmp/roster-1m.ndjson
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    'farm-share': { type: 'string', default: '0.01' },
  },
});
if (!values.out) throw new Error('usage: make-large-roster.ts --count N --seed S --out file.ndjson');
const count = Number(values.count);
const farmShare = Number(values['farm-share']);

let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const GIVEN = [
  'James',
  'Maria',
  'Wei',
  'Aisha',
  'Carlos',
  'Emily',
  'Noah',
  'Priya',
  'Liam',
  'Sofia',
  'Ethan',
  'Grace',
  'Mateo',
  'Hannah',
  'Omar',
  'Chloe',
  'Lucas',
  'Zoe',
  'Daniel',
  'Mei',
];
const FAMILY = [
  'Smith',
  'Garcia',
  'Chen',
  'Johnson',
  'Okafor',
  'Miller',
  'Nguyen',
  'Brown',
  'Patel',
  'Davis',
  'Lopez',
  'Wilson',
  'Kim',
  'Moore',
  'Taylor',
  'Anderson',
  'Thomas',
  'Martin',
  'Lee',
  'Clark',
];
const STREETS = [
  'Oak',
  'Maple',
  'Cedar',
  'Pine',
  'Elm',
  'Walnut',
  'Lake',
  'Hill',
  'Park',
  'River',
  'Sunset',
  'Highland',
];
const PLACES = [
  { city: 'New York', region: 'NY', zip: '100', area: '212', tz: 'America/New_York', lat: 40.7, lon: -74 },
  { city: 'Chicago', region: 'IL', zip: '606', area: '312', tz: 'America/Chicago', lat: 41.9, lon: -87.6 },
  {
    city: 'San Francisco',
    region: 'CA',
    zip: '941',
    area: '415',
    tz: 'America/Los_Angeles',
    lat: 37.8,
    lon: -122.4,
  },
  { city: 'Boston', region: 'MA', zip: '021', area: '617', tz: 'America/New_York', lat: 42.4, lon: -71.1 },
  {
    city: 'Seattle',
    region: 'WA',
    zip: '981',
    area: '206',
    tz: 'America/Los_Angeles',
    lat: 47.6,
    lon: -122.3,
  },
  { city: 'Austin', region: 'TX', zip: '787', area: '512', tz: 'America/Chicago', lat: 30.3, lon: -97.7 },
  { city: 'Denver', region: 'CO', zip: '802', area: '303', tz: 'America/Denver', lat: 39.7, lon: -105 },
  { city: 'Atlanta', region: 'GA', zip: '303', area: '404', tz: 'America/New_York', lat: 33.7, lon: -84.4 },
];
const ORGS = Array.from({ length: 40 }, (_, i) => `org-${String(i + 1).padStart(2, '0')}`);

function address(i: number, place: (typeof PLACES)[number]) {
  return {
    line1: `${100 + (i % 9000)} ${STREETS[Math.floor(i / 9000) % STREETS.length]} ${['St', 'Ave', 'Rd', 'Blvd'][Math.floor(i / 108000) % 4]}`,
    ...(i >= 432000 ? { line2: `Apt ${1 + Math.floor(i / 432000)}` } : {}),
    city: place.city,
    region: place.region,
    postalCode: `${place.zip}${String(i % 100).padStart(2, '0')}`,
    country: 'US',
  };
}

/** A distinct public /24 per index: 20.0.0.0 onwards, one network per profile. */
function network(i: number): string {
  return `${20 + (i >>> 16)}.${(i >>> 8) & 255}.${i & 255}`;
}

function phone(i: number, place: (typeof PLACES)[number]): string {
  const exchange = 201 + (Math.floor(i / 8) % 700);
  const line = Math.floor(i / 5600) % 10000;
  return `+1${place.area}${exchange}${String(line).padStart(4, '0')}`;
}

function logins(net: string, place: (typeof PLACES)[number], day: number) {
  return [0, 1].map((k) => ({
    at: `2026-01-${String(day).padStart(2, '0')}T${String(14 + k * 3).padStart(2, '0')}:00:00Z`,
    ip: `${net}.${10 + k}`,
    source: 'idp',
    interactive: true,
    geo: {
      country: 'US',
      region: place.region,
      city: place.city,
      lat: place.lat,
      lon: place.lon,
      connectionType: 'residential',
    },
  }));
}

function ordinary(i: number) {
  const place = PLACES[i % PLACES.length] as (typeof PLACES)[number];
  const given = pick(GIVEN);
  const family = pick(FAMILY);
  const home = address(i, place);
  return {
    id: `emp-${String(i).padStart(7, '0')}`,
    kind: 'employee',
    organizationId: pick(ORGS),
    name: { full: `${given} ${family}`, given, family },
    claimed: { country: 'US', region: place.region, city: place.city, timeZone: place.tz },
    emails: [{ address: `${given}.${family}.${i}@example.com`.toLowerCase(), purpose: 'work' }],
    phones: [{ number: phone(i, place), purpose: 'mobile' }],
    addresses: [{ purpose: 'home', ...home }],
    payroll: {
      accounts: [
        {
          routingNumber: '021000021',
          accountNumber: String(4000000000 + i),
          holderName: `${given} ${family}`,
          institutionType: 'bank',
          country: 'US',
        },
      ],
    },
    devices: [
      {
        id: `LT-${i}`,
        serial: `SN${(i * 7919).toString(36).toUpperCase().padStart(10, '0')}`,
        managed: true,
        shippedTo: home,
      },
    ],
    logins: logins(network(i), place, 1 + (i % 28)),
    employment: { startDate: '2024-03-01', workArrangement: 'remote', roleCountry: 'US' },
  };
}

function farmMember(i: number, farm: number, member: number, size: number) {
  const profile = ordinary(i);
  const place = PLACES[farm % PLACES.length] as (typeof PLACES)[number];
  const drop = { ...address(900000 + farm, place), line2: `Unit ${1 + (farm % 40)}` };
  const farmNet = `${200 + (farm >>> 16)}.${(farm >>> 8) & 255}.${farm & 255}`;
  return {
    ...profile,
    addresses: [...profile.addresses, { purpose: 'shipping', ...drop }],
    devices: [{ ...profile.devices[0], shippedTo: drop }],
    phones: member < size - 1 ? [{ number: phone(950000 + farm, place), purpose: 'mobile' }] : profile.phones,
    logins: logins(farmNet, place, 1 + (farm % 28)),
    payroll:
      member < 3
        ? {
            accounts: [
              {
                routingNumber: '021000021',
                accountNumber: String(8800000000 + farm),
                holderName: 'Blue Harbor Services LLC',
                institutionType: 'bank',
                country: 'US',
              },
            ],
          }
        : profile.payroll,
  };
}

const out = createWriteStream(values.out);
let farm = 0;
let i = 0;
while (i < count) {
  let lines = '';
  for (let n = 0; n < 1000 && i < count; n += 1) {
    if (random() < farmShare / 6) {
      const size = 4 + Math.floor(random() * 5);
      for (let member = 0; member < size && i < count; member += 1, i += 1)
        lines += `${JSON.stringify(farmMember(i, farm, member, size))}\n`;
      farm += 1;
    } else {
      lines += `${JSON.stringify(ordinary(i))}\n`;
      i += 1;
    }
  }
  if (!out.write(lines)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
process.stderr.write(`wrote ${count} profiles (${farm} farms) to ${values.out}\n`);
