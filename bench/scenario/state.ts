// The state a scenario stream carries between units, and the helpers every unit uses.
import type { Rng } from '../_lib/prng.js';
import type { ScenarioLabel, ScenarioRecord } from './generate.js';
import { employerOf, type Employer } from './employers.js';

export interface GeneratorState {
  seed: number;
  seq: number;
  person: number;
  place: number;
  farm: number;
  prefix: string;
  organisations: number;
  /** Employers drawn so far, by number: at most `organisations` of them. */
  employers: Map<number, Employer>;
}

export interface Unit {
  kind:
    | 'farm'
    | 'single'
    | 'household'
    | 'shared-flat'
    | 'apartment-building'
    | 'over-employed'
    | 'abroad'
    | 'office'
    | 'coworking';
}

export const nextId = (s: GeneratorState): string => `${s.prefix}-${(s.seq += 1)}`;
export const orgOf = (rng: Rng, s: GeneratorState): string => `org-${rng.int(1, s.organisations)}`;

/** The employer behind an `org-N` id, drawn once per stream. */
export function employer(s: GeneratorState, organizationId: string): Employer {
  const n = Number(organizationId.slice(4));
  let found = s.employers.get(n);
  if (!found) {
    found = employerOf(s.seed, n);
    s.employers.set(n, found);
  }
  return found;
}

/** Distinct organisations for one identity's applications. */
export function distinctOrgs(rng: Rng, s: GeneratorState, count: number): string[] {
  const out = new Set<string>();
  while (out.size < Math.min(count, s.organisations)) out.add(orgOf(rng, s));
  return [...out];
}

export function record(profile: ScenarioRecord['profile'], label: ScenarioLabel): ScenarioRecord {
  return { profile, label };
}
