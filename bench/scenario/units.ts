// The units a roster is made of: laptop farms (fraud) and legitimate singles, households, shared flats,
// offices and coworking spaces, with benign look-alikes layered on top. Figures marked DOJ come from
// INDICATORS.md §2 and its *derived* parameters table.
import type { ProfileInput } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import type { ScenarioLabel, ScenarioRecord } from './generate.js';
import {
  accountOf,
  familyName,
  givenName,
  homeIp,
  instant,
  person,
  photoOf,
  placeOf,
  resumeText,
  spell,
  summerOffset,
  tailor,
  type Place,
} from './people.js';
import { FARM_REMOTE_TOOLS, IP_KVM_USB, SANCTIONED_REMOTE_TOOLS } from './vocab/devices.js';
import { CONSUMER_VPNS, CORPORATE_VPNS, TRAVEL } from './vocab/networks.js';

export interface GeneratorState {
  seq: number;
  person: number;
  place: number;
  farm: number;
  prefix: string;
  organisations: number;
}

export interface Unit {
  kind: 'farm' | 'single' | 'household' | 'shared-flat' | 'office' | 'coworking';
}

type Login = NonNullable<ProfileInput['logins']>[number];

const nextId = (s: GeneratorState): string => `${s.prefix}-${(s.seq += 1)}`;
const orgOf = (rng: Rng, s: GeneratorState): string => `org-${rng.int(1, s.organisations)}`;

/** Distinct organisations for one identity's applications. */
function distinctOrgs(rng: Rng, s: GeneratorState, count: number): string[] {
  const out = new Set<string>();
  while (out.size < Math.min(count, s.organisations)) out.add(orgOf(rng, s));
  return [...out];
}

function record(profile: ProfileInput, label: ScenarioLabel): ScenarioRecord {
  return { profile, label };
}

/** DOJ: ≈7 laptops per farm typical (200÷29, 137÷21), ≈20 at large ones (79÷4), rarely more. */
function farmSize(rng: Rng): number {
  const r = rng.next();
  if (r < 0.2) return rng.int(2, 4);
  if (r < 0.75) return rng.int(5, 9);
  if (r < 0.95) return rng.int(10, 16);
  return rng.int(18, 25);
}

/** DOJ derived: ≈1.25-4.5 companies per identity (Vong: 13); 3-4 simultaneous jobs common. */
function companiesPerIdentity(rng: Rng): number {
  const r = rng.next();
  if (r < 0.3) return 1;
  if (r < 0.55) return 2;
  if (r < 0.75) return 3;
  if (r < 0.9) return 4;
  return rng.int(5, 8);
}

/** Sign-ins through Astrill VPN, the provider IT-worker reporting names (INDICATORS.md §3.3). */
function astrillLogin(rng: Rng, deviceId: string | undefined, at: string): Login {
  return {
    at,
    ip: `45.${rng.int(86, 89)}.${rng.int(0, 255)}.${rng.int(2, 250)}`,
    ...(deviceId && { deviceId }),
    source: 'idp',
    interactive: true,
    geo: {
      country: 'US',
      city: 'Los Angeles',
      asn: 62_563,
      org: 'Astrill Systems Corp',
      connectionType: 'vpn',
      provider: 'Astrill VPN',
    },
  };
}

/**
 * A laptop farm: a facilitator's home receives laptops for several stolen identities, each used at
 * one or more employers; workers sit at UTC+8/9 and reach the laptops through IP-KVMs, remote tools
 * and Astrill; pay lands in a few shared accounts (DOJ: 29 farms used 29 accounts).
 */
function farm(rng: Rng, s: GeneratorState): ScenarioRecord[] {
  s.farm += 1;
  const farmId = `farm-${s.farm}`;
  const site: Place = placeOf((s.place += 1), { unit: rng.chance(0.4) });
  const siteNetwork = s.place;
  const facilitator = `${givenName(rng)} ${familyName(rng)}`;
  const front = `${familyName(rng)} Tech Solutions LLC`;
  const payouts = Array.from({ length: rng.int(1, 3) }, () => accountOf(1_000_000_000 + (s.person += 1)));
  const template = resumeText(rng, 120);
  const sharedPhoto = rng.chance(0.2) ? photoOf(2_000_000_000 + s.farm) : undefined;
  const usesAstrill = rng.chance(0.6);
  const usesKvm = rng.chance(0.35);
  const tool = rng.pick(FARM_REMOTE_TOOLS);
  const utcOffset = rng.chance(0.7) ? 8 : 9;
  const laptops = farmSize(rng);
  const out: ScenarioRecord[] = [];
  while (out.length < laptops) {
    const given = givenName(rng);
    const family = familyName(rng);
    const identity = (s.person += 1);
    const home = placeOf((s.place += 1));
    const homeNetwork = s.place;
    const orgs = distinctOrgs(rng, s, Math.min(companiesPerIdentity(rng), laptops - out.length));
    const voip = rng.chance(0.4);
    for (const organizationId of orgs) {
      const id = nextId(s);
      const candidate = rng.chance(0.15);
      const p = person(rng, {
        id,
        organizationId,
        person: identity,
        given,
        family,
        home,
        network: homeNetwork,
        kind: candidate ? 'candidate' : 'employee',
      });
      const deviceId = `dev-${id}`;
      if (voip)
        p.phones = [
          { number: p.phones?.[0]?.number as string, purpose: 'mobile', lineType: 'non-fixed-voip' },
        ];
      if (sharedPhoto) p.photoHash = sharedPhoto;
      if (rng.chance(0.4)) p.resumeText = tailor(rng, template, rng.int(0, 4));
      const interview = p.interviews?.[0];
      if (interview) {
        interview.at = instant(rng.int(100, 300), rng.int(9, 17) - utcOffset);
        if (rng.chance(0.45)) interview.cameraOn = false;
        if (rng.chance(0.6)) interview.identityVerifiedLive = false;
        if (usesAstrill && rng.chance(0.6)) interview.ip = astrillLogin(rng, undefined, interview.at).ip;
      }
      const document = p.documents?.[0];
      if (document && rng.chance(0.5)) document.verification = { status: 'not-run' };
      const ssn = p.nationalIds?.[0];
      if (ssn) {
        const r = rng.next();
        if (r < 0.1) ssn.verification = 'mismatch';
        else if (r < 0.2) delete ssn.verification;
      }
      const account = p.payroll?.accounts?.[0];
      if (account && rng.chance(0.65)) {
        Object.assign(account, rng.pick(payouts));
        if (rng.chance(0.45)) account.holderName = rng.chance(0.5) ? facilitator : front;
        if (rng.chance(0.25))
          Object.assign(account, { institution: 'Payoneer', institutionType: 'money-service' });
      }
      if (rng.chance(0.4)) {
        const history = p.employment?.workHistory;
        history?.push({ employer: 'Fabrikam Cloud', start: '2024-01-08', fullTime: true });
        history?.push({ employer: 'Tailspin Labs', start: '2024-05-06', fullTime: true });
      }
      if (rng.chance(0.4))
        p.onlinePresence = [{ platform: 'github', handle: `dev-${id}`, createdAt: '2024-11-02' }];
      if (!candidate) {
        const device = p.devices?.[0];
        if (device) {
          const shipsToFarm = rng.chance(0.9);
          if (shipsToFarm) device.shippedTo = spell(site, rng.int(0, 3));
          if (shipsToFarm && rng.chance(0.5))
            p.addresses?.push({
              purpose: 'shipping',
              ...spell(site, rng.int(0, 3)),
              recordedAt: instant(rng.int(60, 99), 2),
            });
          if (rng.chance(0.6))
            device.software?.push({ name: tool, firstSeenAt: instant(rng.int(40, 80), 3) });
          if (usesKvm && rng.chance(0.7))
            device.usb?.push({
              ...rng.pick(IP_KVM_USB),
              interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'],
            });
        }
        const logins: Login[] = [];
        const count = rng.int(8, 14);
        for (let i = 0; i < count; i++) {
          const at = instant(rng.int(1, 90), rng.int(9, 20) - utcOffset, rng.int(0, 59));
          if (usesAstrill && rng.chance(0.45)) logins.push(astrillLogin(rng, deviceId, at));
          else
            logins.push({
              at,
              ip: homeIp(siteNetwork, rng.int(0, 249)),
              deviceId,
              source: 'idp',
              interactive: true,
              geo: {
                country: 'US',
                region: site.city.region,
                city: site.city.city,
                lat: site.city.lat,
                lon: site.city.lon,
                asn: 7018,
                org: 'AT&T Services',
                connectionType: 'residential',
              },
            });
        }
        p.logins = logins;
        p.activity = p.activity?.map((a) => ({
          ...a,
          at: instant(rng.int(1, 90), rng.int(9, 22) - utcOffset, rng.int(0, 59)),
        }));
      }
      out.push(record(p, { fraud: true, farmId, unit: 'farm', confounders: [] }));
      if (out.length >= laptops) break;
    }
  }
  return out;
}

/** Benign look-alikes layered on a legitimate profile; each is a known false-positive source. */
function confound(rng: Rng, p: ProfileInput, s: GeneratorState): string[] {
  const tags: string[] = [];
  const offset = summerOffset(p.claimed?.timeZone ?? 'America/Chicago');
  const device = p.devices?.[0];
  const logins = p.logins ?? [];
  if (logins.length > 0 && rng.chance(0.15)) {
    tags.push('corporate-vpn');
    const provider = rng.pick(CORPORATE_VPNS);
    for (const login of logins.slice(0, rng.int(3, logins.length)))
      Object.assign(login, {
        ip: `165.225.${rng.int(0, 63)}.${rng.int(2, 250)}`,
        geo: { country: 'US', org: provider, connectionType: 'vpn', provider },
      });
  } else if (logins.length > 0 && rng.chance(0.05)) {
    tags.push('consumer-vpn');
    const provider = rng.pick(CONSUMER_VPNS);
    for (const login of logins.slice(0, 2))
      Object.assign(login, {
        ip: `185.${rng.int(150, 200)}.${rng.int(0, 255)}.${rng.int(2, 250)}`,
        geo: { country: 'US', org: provider, connectionType: 'vpn', provider },
      });
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
  if (device && rng.chance(0.1)) {
    tags.push('it-remote-tool');
    device.software?.push({ name: rng.pick(SANCTIONED_REMOTE_TOOLS) });
  }
  if (rng.chance(0.05)) {
    tags.push('second-job');
    p.employment?.workHistory?.push({
      employer: 'Evening Analytics Co',
      start: '2024-02-01',
      fullTime: true,
    });
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
  const account = p.payroll?.accounts?.[0];
  if (account && rng.chance(0.1)) {
    tags.push('neobank');
    Object.assign(account, { institution: 'Chime', institutionType: 'neobank' });
  }
  if (device && rng.chance(0.03)) {
    tags.push('ships-elsewhere');
    const elsewhere = placeOf((s.place += 1)).address;
    device.shippedTo = elsewhere;
    p.addresses?.push({ purpose: 'shipping', ...elsewhere });
  }
  return tags;
}

function member(
  rng: Rng,
  s: GeneratorState,
  home: Place,
  network: number,
  extra: Partial<{ family: string; organizationId: string }> = {},
): ProfileInput {
  return person(rng, {
    id: nextId(s),
    organizationId: extra.organizationId ?? orgOf(rng, s),
    person: (s.person += 1),
    given: givenName(rng),
    family: extra.family ?? familyName(rng),
    home,
    network,
    kind: rng.chance(0.15) ? 'candidate' : 'employee',
  });
}

function legitimate(rng: Rng, s: GeneratorState): ScenarioRecord[] {
  const r = rng.next();
  const out: ScenarioRecord[] = [];
  const push = (p: ProfileInput, unit: Unit['kind'], tags: string[] = []): void => {
    out.push(record(p, { fraud: false, unit, confounders: [...tags, ...confound(rng, p, s)] }));
  };
  if (r < 0.72) {
    const home = placeOf((s.place += 1));
    push(member(rng, s, home, s.place), 'single');
  } else if (r < 0.92) {
    // A household: 2-3 people with one family name at one home, laptops shipped there; some share a joint account.
    const home = placeOf((s.place += 1), { unit: rng.chance(0.3) });
    const family = familyName(rng);
    const people = Array.from({ length: rng.int(2, 3) }, () => member(rng, s, home, s.place, { family }));
    const joint = rng.chance(0.15)
      ? {
          ...accountOf(1_500_000_000 + s.place),
          holderName: `${people.map((p) => p.name?.given).join(' & ')} ${family}`,
        }
      : undefined;
    for (const p of people) {
      if (joint) Object.assign(p.payroll?.accounts?.[0] ?? {}, joint);
      push(p, 'household', joint ? ['household', 'joint-account'] : ['household']);
    }
  } else if (r < 0.984) {
    // Unrelated flatmates: one flat, one home network, different family names.
    const home = placeOf((s.place += 1), { unit: true });
    const size = rng.int(2, 3);
    for (let i = 0; i < size; i++) push(member(rng, s, home, s.place), 'shared-flat', ['shared-flat']);
  } else if (r < 0.992) {
    // An office: one employer ships laptops to its office; staff sign in through the office network.
    const office = placeOf((s.place += 1));
    const organizationId = orgOf(rng, s);
    const size = rng.int(5, 25);
    const egress = `12.${rng.int(0, 255)}.${rng.int(0, 255)}`;
    for (let i = 0; i < size; i++) {
      const p = member(rng, s, placeOf((s.place += 1)), s.place, { organizationId });
      const device = p.devices?.[0];
      if (device) device.shippedTo = { ...office.address, deliveryType: 'commercial' };
      p.addresses?.push({ purpose: 'shipping', ...office.address, deliveryType: 'commercial' });
      p.logins?.slice(0, 5).forEach((login) =>
        Object.assign(login, {
          ip: `${egress}.${rng.int(2, 250)}`,
          geo: {
            country: 'US',
            region: office.city.region,
            city: office.city.city,
            connectionType: 'business',
            org: 'Office network',
          },
        }),
      );
      push(p, 'office', ['office']);
    }
  } else {
    // A coworking space: members of many employers receive equipment at the front desk.
    const space = placeOf((s.place += 1));
    const marked = rng.chance(0.7);
    const size = rng.int(5, 12);
    const egress = `63.${rng.int(0, 255)}.${rng.int(0, 255)}`;
    for (let i = 0; i < size; i++) {
      const p = member(rng, s, placeOf((s.place += 1)), s.place);
      const device = p.devices?.[0];
      if (device)
        device.shippedTo = { ...space.address, ...(marked && { deliveryType: 'commercial' as const }) };
      p.addresses?.push({
        purpose: 'shipping',
        ...space.address,
        ...(marked && { deliveryType: 'commercial' as const }),
      });
      p.logins?.slice(0, 4).forEach((login) =>
        Object.assign(login, {
          ip: `${egress}.${rng.int(2, 250)}`,
          geo: {
            country: 'US',
            region: space.city.region,
            city: space.city.city,
            connectionType: marked ? 'business' : 'unknown',
            org: 'Coworking network',
          },
        }),
      );
      push(p, 'coworking', ['coworking']);
    }
  }
  return out;
}

export const units = { farm, legitimate };
