// Making one legitimate hire: the person, their name as their systems write it (identity.ts), their
// employer's choices (employers.ts) and their own look-alikes (confound.ts).
import type { ProfileInput } from '../../src/schema/profile.js';
import type { Rng } from '../_lib/prng.js';
import { confound } from './confound.js';
import { applyEmployer } from './employers.js';
import type { ScenarioRecord } from './generate.js';
import { writeName } from './identity.js';
import { hiringStage } from './pipeline.js';
import { familyName, givenName, person, type Place } from './people.js';
import { employer, nextId, orgOf, record, type GeneratorState, type Unit } from './state.js';

export interface Hire {
  profile: ProfileInput;
  /** Tags drawn while the person was made (their name), before employer and look-alikes. */
  tags: string[];
}

/** A legitimate person at `home`, hired by a random (or the given) employer, with their name written. */
export function member(
  rng: Rng,
  s: GeneratorState,
  home: Place,
  network: number,
  extra: Partial<{ family: string; organizationId: string; kind: 'candidate' | 'employee' }> = {},
): Hire {
  const profile = person(rng, {
    id: nextId(s),
    organizationId: extra.organizationId ?? orgOf(rng, s),
    person: (s.person += 1),
    given: givenName(rng),
    family: extra.family ?? familyName(rng),
    home,
    network,
    kind: extra.kind ?? (rng.chance(0.15) ? 'candidate' : 'employee'),
  });
  return { profile, tags: writeName(rng, profile) };
}

/** Finishes a hire: its employer's choices, then the person's own look-alikes; returns the labelled record. */
export function hired(
  rng: Rng,
  s: GeneratorState,
  hire: Hire,
  unit: Unit['kind'],
  tags: string[] = [],
): ScenarioRecord {
  const p = hire.profile;
  const at = employer(s, p.organizationId ?? 'org-1');
  const all = [...tags, ...hire.tags, ...applyEmployer(rng, p, at)];
  const confounders = confound(rng, p, s, at, all);
  // Last, from its own stream: the stage moves none of the draws before it.
  return record(p, { fraud: false, unit, confounders: [...confounders, ...hiringStage(p)] });
}
