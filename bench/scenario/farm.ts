// Laptop farms, the fraudulent units. Figures marked DOJ come from INDICATORS.md §2 and its *derived*
// parameters table. Farm hires take only what their employer does for every hire (employers.ts
// employerWide: the agent on its laptop image, its identity check), drawn from a stream of their own so
// the farm's own draws, parameters and signals are what they were before issue 14.
import type { ProfileInput } from '../../src/schema/profile.js';
import { createRng, type Rng } from '../_lib/prng.js';
import { employerWide } from './employers.js';
import type { ScenarioRecord } from './generate.js';
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
  tailor,
  type Place,
} from './people.js';
import { distinctOrgs, employer, nextId, record, type GeneratorState } from './state.js';
import { FARM_REMOTE_TOOLS, IP_KVM_USB } from './vocab/devices.js';

type Login = NonNullable<ProfileInput['logins']>[number];

const FARM_EMPLOYER_STREAM = 60_000_000;

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
export function farm(rng: Rng, s: GeneratorState): ScenarioRecord[] {
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
      // A stream per profile, apart from the farm's, so adding the employer's facts moves no farm draw.
      const employerTags = employerWide(
        createRng(s.seed, FARM_EMPLOYER_STREAM + s.seq),
        p,
        employer(s, organizationId),
      );
      out.push(record(p, { fraud: true, farmId, unit: 'farm', confounders: employerTags }));
      if (out.length >= laptops) break;
    }
  }
  return out;
}
