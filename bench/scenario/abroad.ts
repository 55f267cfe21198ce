// People who live and work legitimately abroad and say so: a claimed country that is not the US, with
// a home, phone, bank, passport, sign-ins and working hours that all agree with it.
import type { Rng } from '../_lib/prng.js';
import type { ScenarioRecord } from './generate.js';
import { hired, member } from './hire.js';
import { instant, placeOf } from './people.js';
import type { GeneratorState } from './state.js';
import { ABROAD } from './vocab/abroad.js';
import { STREET_NAMES } from './vocab/places.js';

// First octets of foreign home networks, outside the US home space in vocab/networks.ts.
const OCTET: Readonly<Record<string, number>> = { CA: 142, GB: 81, DE: 91, MX: 189, IE: 89, PT: 94 };

/**
 * One person living abroad: a contractor (or a candidate) whose whole profile agrees with their country.
 *
 * @example
 * const record = livingAbroad(rng, state);
 */
export function livingAbroad(rng: Rng, s: GeneratorState): ScenarioRecord {
  const hire = member(rng, s, placeOf((s.place += 1)), s.place);
  const p = hire.profile;
  const n = s.person;
  const where = rng.pick(ABROAD);
  const home = {
    line1: `${10 + (n % 190)} ${STREET_NAMES[n % STREET_NAMES.length] as string} Road`,
    city: where.city,
    region: where.region,
    postalCode: where.postalCode,
    country: where.country,
  };
  if (p.kind === 'employee') p.kind = 'contractor';
  p.claimed = {
    country: where.country,
    region: where.region,
    city: where.city,
    timeZone: where.timeZone,
    lat: where.lat,
    lon: where.lon,
  };
  p.addresses = [{ purpose: 'home', ...home, recordedAt: p.addresses?.[0]?.recordedAt }];
  delete p.nationalIds;
  const doc = p.documents?.[0];
  if (doc)
    Object.assign(doc, {
      type: 'passport',
      issuingCountry: where.country,
      issuingRegion: undefined,
      address: home,
    });
  if (doc) delete doc.issuingRegion;
  p.phones = [{ number: where.phone(n), purpose: 'mobile', lineType: 'mobile' }];
  const account = p.payroll?.accounts?.[0];
  if (account) {
    Object.assign(account, { institution: where.bank, institutionType: 'bank', country: where.country });
    delete account.routingNumber;
  }
  if (p.employment) p.employment.roleCountry = where.country;
  const octet = OCTET[where.country] ?? 81;
  const ip = `${octet}.${(n >> 8) & 255}.${n & 255}.${rng.int(2, 250)}`;
  const geo = {
    country: where.country,
    city: where.city,
    lat: where.lat,
    lon: where.lon,
    org: `${where.city} Broadband`,
    connectionType: 'residential' as const,
  };
  for (const login of p.logins ?? [])
    Object.assign(login, {
      ip,
      geo,
      at: instant(rng.int(1, 90), rng.int(8, 17) - where.offset, rng.int(0, 59)),
    });
  p.activity = p.activity?.map((a) => ({
    ...a,
    at: instant(rng.int(1, 90), rng.int(8, 18) - where.offset, rng.int(0, 59)),
  }));
  const interview = p.interviews?.[0];
  if (interview) Object.assign(interview, { ip, at: instant(rng.int(100, 300), 15 - where.offset) });
  const device = p.devices?.[0];
  if (device && rng.chance(0.5)) {
    // Contractors abroad often work on their own machine: no company laptop, no inventory.
    delete p.devices;
    for (const login of p.logins ?? []) delete login.deviceId;
  } else if (device) device.shippedTo = home;
  return hired(rng, s, hire, 'abroad', ['abroad']);
}
