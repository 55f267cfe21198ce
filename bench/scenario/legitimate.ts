// The legitimate units a roster is made of: singles, households, shared flats, apartment buildings,
// people holding two jobs, people living abroad, offices and coworking spaces. Each hire takes its
// employer's choices (employers.ts), its own name as its systems write it (identity.ts) and its own
// look-alikes (confound.ts).
import type { ProfileInput } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import { livingAbroad } from './abroad.js';
import { apartmentBuilding } from './buildings.js';
import { confound } from './confound.js';
import { applyEmployer } from './employers.js';
import type { ScenarioRecord } from './generate.js';
import { hired, member, type Hire } from './hire.js';
import { accountOf, familyName, placeOf } from './people.js';
import { employer, nextId, orgOf, record, type GeneratorState, type Unit } from './state.js';

/** One identity holding two or three jobs at once, the same in every attribute at each employer. */
function overEmployed(rng: Rng, s: GeneratorState): ScenarioRecord[] {
  const home = placeOf((s.place += 1));
  const base = member(rng, s, home, s.place, { kind: 'employee' });
  const jobs = rng.chance(0.85) ? 2 : 3;
  const orgs = new Set([base.profile.organizationId as string]);
  while (orgs.size < Math.min(jobs, s.organisations)) orgs.add(orgOf(rng, s));
  const employers = [...orgs];
  // The person's own circumstances are drawn once, so every job sees the same phone, bank and habits.
  const personal = confound(rng, base.profile, s, employer(s, employers[0] as string), []);
  const template = structuredClone(base.profile) as ProfileInput;
  return employers.map((organizationId, i) => {
    const p = i === 0 ? base.profile : (structuredClone(template) as ProfileInput);
    if (i > 0) {
      p.id = nextId(s);
      p.organizationId = organizationId;
      const device = p.devices?.[0];
      const deviceId = `dev-${p.id}`;
      if (device)
        Object.assign(device, { id: deviceId, serial: `C02${p.id.replace(/\W/g, '').toUpperCase()}` });
      for (const login of p.logins ?? []) login.deviceId = deviceId;
    }
    p.employment?.workHistory?.push(
      ...employers
        .filter((other) => other !== organizationId)
        .map((other) => ({ employer: `Employer ${other}`, start: '2024-03-01', fullTime: true })),
    );
    const tags = [
      'over-employed',
      ...base.tags,
      ...applyEmployer(rng, p, employer(s, organizationId)),
      ...personal,
    ];
    return record(p, { fraud: false, unit: 'over-employed', confounders: tags });
  });
}

/**
 * One unit of legitimate profiles.
 *
 * @example
 * for (const record of legitimate(rng, state)) ...
 */
export function legitimate(rng: Rng, s: GeneratorState): ScenarioRecord[] {
  const r = rng.next();
  const out: ScenarioRecord[] = [];
  const push = (hire: Hire, unit: Unit['kind'], tags: string[] = []): void => {
    out.push(hired(rng, s, hire, unit, tags));
  };
  if (r < 0.63) {
    const home = placeOf((s.place += 1));
    push(member(rng, s, home, s.place), 'single');
  } else if (r < 0.65) {
    out.push(livingAbroad(rng, s));
  } else if (r < 0.85) {
    // A household: 2-3 people with one family name at one home, laptops shipped there; some share a joint account.
    const home = placeOf((s.place += 1), { unit: rng.chance(0.3) });
    const family = familyName(rng);
    const people = Array.from({ length: rng.int(2, 3) }, () => member(rng, s, home, s.place, { family }));
    const joint = rng.chance(0.15)
      ? {
          ...accountOf(1_500_000_000 + s.place),
          holderName: `${people.map((h) => h.profile.name?.given).join(' & ')} ${family}`,
        }
      : undefined;
    for (const hire of people) {
      if (joint) Object.assign(hire.profile.payroll?.accounts?.[0] ?? {}, joint);
      push(hire, 'household', joint ? ['household', 'joint-account'] : ['household']);
    }
  } else if (r < 0.914) {
    // Unrelated flatmates: one flat, one home network, different family names.
    const home = placeOf((s.place += 1), { unit: true });
    const size = rng.int(2, 3);
    for (let i = 0; i < size; i++) push(member(rng, s, home, s.place), 'shared-flat', ['shared-flat']);
  } else if (r < 0.954) {
    out.push(...apartmentBuilding(rng, s));
  } else if (r < 0.984) {
    out.push(...overEmployed(rng, s));
  } else if (r < 0.992) {
    // An office: one employer ships laptops to its office; staff sign in through the office network.
    const office = placeOf((s.place += 1));
    const organizationId = orgOf(rng, s);
    const size = rng.int(5, 25);
    const egress = `12.${rng.int(0, 255)}.${rng.int(0, 255)}`;
    for (let i = 0; i < size; i++) {
      const hire = member(rng, s, placeOf((s.place += 1)), s.place, { organizationId });
      const p = hire.profile;
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
      push(hire, 'office', ['office']);
    }
  } else {
    // A coworking space: members of many employers receive equipment at the front desk.
    const space = placeOf((s.place += 1));
    const marked = rng.chance(0.7);
    const size = rng.int(5, 12);
    const egress = `63.${rng.int(0, 255)}.${rng.int(0, 255)}`;
    for (let i = 0; i < size; i++) {
      const hire = member(rng, s, placeOf((s.place += 1)), s.place);
      const p = hire.profile;
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
      push(hire, 'coworking', marked ? ['coworking'] : ['coworking', 'coworking-unmarked']);
    }
  }
  return out;
}
