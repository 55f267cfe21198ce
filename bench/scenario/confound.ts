// Benign look-alikes that are a person's own circumstance, layered on a legitimate profile after its
// employer's choices (employers.ts). Each is a known false-positive source (INDICATORS.md).
import type { ProfileInput } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import type { Employer } from './employers.js';
import { accountOf, dateBefore, instant, placeOf, summerOffset } from './people.js';
import type { GeneratorState } from './state.js';
import { PERSONAL_REMOTE_TOOLS } from './vocab/devices.js';
import { CONSUMER_VPNS, TRAVEL } from './vocab/networks.js';

const NOW_MS = Date.parse('2025-07-01T00:00:00Z');
const daysAgo = (at: string | undefined) => (at ? Math.floor((NOW_MS - Date.parse(at)) / 86_400_000) : 0);

/** Ways of working and moving: VPNs, trips, hours. */
function network(rng: Rng, p: ProfileInput, tags: string[]): void {
  const offset = summerOffset(p.claimed?.timeZone ?? 'America/Chicago');
  const device = p.devices?.[0];
  const logins = p.logins ?? [];
  const consumerVpn = (count: number) => {
    const at = rng.int(0, CONSUMER_VPNS.length - 1);
    const provider = CONSUMER_VPNS[at] as string;
    // Consumer VPN exits are shared by many subscribers: a few dozen /24s per provider.
    for (const login of logins.slice(0, count))
      Object.assign(login, {
        ip: `185.${150 + at}.${rng.int(0, 31)}.${rng.int(2, 250)}`,
        geo: { country: 'US', org: provider, connectionType: 'vpn', provider },
      });
  };
  if (logins.length > 0 && !tags.includes('corporate-vpn')) {
    if (rng.chance(0.03)) {
      tags.push('consumer-vpn-always');
      consumerVpn(logins.length);
    } else if (rng.chance(0.05)) {
      tags.push('consumer-vpn');
      consumerVpn(2);
    }
  }
  if (logins.length > 0 && rng.chance(0.08)) {
    tags.push('travel');
    const trip = rng.pick(TRAVEL);
    const day = rng.int(10, 60);
    logins.push(
      ...[0, 1, 2].map((i) => ({
        at: instant(day - i, 9 - offset),
        ip: `${trip.octet}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 250)}`,
        ...(device && { deviceId: device.id }),
        source: 'idp' as const,
        interactive: true,
        geo: {
          country: trip.country,
          city: trip.city,
          lat: trip.lat,
          lon: trip.lon,
          connectionType: 'residential' as const,
        },
      })),
    );
    logins.sort((a, b) => (a.at < b.at ? -1 : 1));
  }
  if (p.activity && rng.chance(0.08)) {
    tags.push('night-owl');
    p.activity = p.activity.map((a) => ({
      ...a,
      at: instant(rng.int(1, 90), rng.int(0, 4) - offset, rng.int(0, 59)),
    }));
  }
}

/** Career stage and contract: long histories, new graduates, contractors, moonlighting. */
function career(rng: Rng, p: ProfileInput, employer: Employer, tags: string[]): void {
  const employment = p.employment;
  const r = rng.next();
  if (employment && r < 0.12) {
    tags.push('long-history');
    const born = rng.int(1958, 1972);
    p.dateOfBirth = `${born}-${p.dateOfBirth?.slice(5) ?? '01-15'}`;
    const doc = p.documents?.[0];
    if (doc) doc.dateOfBirth = p.dateOfBirth;
    let year = born + rng.int(21, 24);
    const history: NonNullable<typeof employment.workHistory> = [];
    const jobs = rng.int(4, 6);
    for (let i = 0; i < jobs && year < 2021; i++) {
      const end = Math.min(2022, year + rng.int(2, 8));
      history.push({
        employer: `Employer ${i + 1} of ${p.id}`,
        start: `${year}-02-01`,
        end: `${end}-01-15`,
        fullTime: true,
      });
      year = end;
    }
    employment.workHistory = history;
    employment.education = [{ institution: 'State University', graduationYear: born + 22 }];
  } else if (employment && r < 0.2) {
    tags.push('new-graduate');
    const start = employment.startDate ?? dateBefore(60);
    const graduated = Number(start.slice(0, 4)) - (Number(start.slice(5, 7)) < 6 ? 1 : 0);
    p.dateOfBirth = `${graduated - 22}-${p.dateOfBirth?.slice(5) ?? '01-15'}`;
    const doc = p.documents?.[0];
    if (doc) doc.dateOfBirth = p.dateOfBirth;
    employment.workHistory = rng.chance(0.6)
      ? [
          {
            employer: 'Summer internship',
            start: `${graduated - 1}-06-01`,
            end: `${graduated - 1}-08-31`,
            fullTime: false,
          },
        ]
      : [];
    employment.education = [{ institution: 'State University', graduationYear: graduated }];
    p.onlinePresence = [{ platform: 'github', handle: `${p.id}-dev`, createdAt: `${graduated - 3}-09-15` }];
  } else if (r < 0.26) {
    tags.push('contractor');
    p.kind = 'contractor';
    const account = p.payroll?.accounts?.[0];
    if (account && rng.chance(0.5)) account.holderName = `${p.name?.family ?? 'Sole'} Consulting LLC`;
    if (account && employer.payroll.contractors && rng.chance(0.6))
      Object.assign(account, { institution: 'Deel', institutionType: 'money-service' });
  }
  if (rng.chance(0.05)) {
    tags.push('second-job');
    employment?.workHistory?.push({ employer: 'Evening Analytics Co', start: '2024-02-01', fullTime: true });
  }
}

/** Money, equipment and contact: bank changes, shipments, personal tools, phones. */
function belongings(rng: Rng, p: ProfileInput, s: GeneratorState, tags: string[]): void {
  const device = p.devices?.[0];
  const account = p.payroll?.accounts?.[0];
  if (account && rng.chance(0.06)) {
    tags.push('changed-bank');
    p.payroll?.accounts?.push({
      ...accountOf(1_700_000_000 + (s.person += 1)),
      holderName: account.holderName,
      institution: 'Credit Union One',
      institutionType: 'bank',
      country: account.country,
      addedAt: instant(rng.int(10, 80), 16),
    });
  } else if (account && rng.chance(0.1)) {
    tags.push('neobank');
    Object.assign(account, { institution: 'Chime', institutionType: 'neobank' });
  }
  if (device && rng.chance(0.03)) {
    // A personal remote desktop installed long after the laptop arrived (reach a home PC, help a parent).
    const delivered = daysAgo(device.deliveredAt);
    if (delivered > 150) {
      tags.push('personal-remote-tool');
      device.software?.push({
        name: rng.pick(PERSONAL_REMOTE_TOOLS),
        firstSeenAt: instant(rng.int(1, delivered - 120), 20),
      });
    }
  }
  if (device && rng.chance(0.03)) {
    // Moving house: the laptop goes to a parent's home, entered days before it ships.
    tags.push('ships-to-relative');
    const relative = placeOf((s.place += 1)).address;
    device.shippedTo = relative;
    p.addresses?.push({
      purpose: 'shipping',
      ...relative,
      recordedAt: instant(daysAgo(device.shippedAt) + rng.int(3, 20), 15),
    });
  } else if (device && rng.chance(0.03)) {
    tags.push('ships-elsewhere');
    const elsewhere = placeOf((s.place += 1)).address;
    device.shippedTo = elsewhere;
    p.addresses?.push({ purpose: 'shipping', ...elsewhere });
  }
  if (rng.chance(0.05)) {
    tags.push('camera-off');
    const interview = p.interviews?.[0];
    if (interview) interview.cameraOn = false;
  }
  if (rng.chance(0.05)) {
    tags.push('voip-number');
    p.phones = p.phones?.map((phone) => ({ ...phone, lineType: 'voip' as const, carrier: 'Google Voice' }));
  }
}

/**
 * Layers a person's own look-alikes on a legitimate profile; `tags` already holds the employer's.
 *
 * @example
 * const tags = confound(rng, profile, state, employer, ['corporate-vpn']);
 */
export function confound(
  rng: Rng,
  p: ProfileInput,
  s: GeneratorState,
  employer: Employer,
  tags: string[],
): string[] {
  network(rng, p, tags);
  career(rng, p, employer, tags);
  belongings(rng, p, s, tags);
  return tags;
}
