/**
 * A seeded, labelled synthetic roster modelled on the public DOJ laptop-farm figures (INDICATORS.md §2
 * and its *derived* parameters) plus the benign look-alikes that make screening hard. Profiles are made
 * one unit (a farm, a household, an office...) at a time, so a million of them stream in constant
 * memory: `npx tsx bench/scenario/generate.ts --size 100k > roster.ndjson`.
 */
import { pathToFileURL } from 'node:url';
import type { ProfileInput } from '../../src/schema/profile.js';
import { createRng, type Rng } from '../_lib/prng.js';
import { addReferences, REFERENCE_STREAM } from './references.js';
import { addEmployerDomains } from './domains.js';
import { units, type GeneratorState, type Unit } from './units.js';

/** Why a profile is in the roster: the ground truth a detection-quality run scores against. */
export interface ScenarioLabel {
  fraud: boolean;
  /** Set on every member of a laptop farm (fraud only). */
  farmId?: string;
  /** The unit that produced the profile: `farm`, `single`, `household`, `apartment-building`, ... */
  unit: Unit['kind'];
  /** Benign look-alikes layered on the profile (`corporate-vpn`, `travel`, `night-owl`, ...). */
  confounders: string[];
}

export interface ScenarioRecord {
  profile: ProfileInput;
  label: ScenarioLabel;
  /** Registration dates of the prior employers' website domains the profile names (bench/scenario/domains.ts). */
  domains?: Record<string, string>;
}

export interface ScenarioOptions {
  /** Profiles to generate. */
  size: number;
  seed?: number;
  /** Share of fraudulent profiles (default 0.02). */
  fraudShare?: number;
  /** Prefix of profile ids, so a second stream (e.g. new hires to screen) never collides. */
  idPrefix?: string;
}

/** The as-of time of the scenario: logins and activity fall in the 90 days before it. */
export const SCENARIO_NOW = '2025-07-01T00:00:00Z';

/** Parses `10k`, `100k`, `1m`, `2500`. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`size must look like 10k, 100k, 1m or 2500, not "${text}"`);
  const unit = (match[2] ?? '').toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : 1));
}

/**
 * Yields `size` labelled profiles, deterministically for a seed. Farms are emitted whenever the
 * fraudulent share falls below its target, so every prefix of the stream has about the same mix.
 *
 * @example
 * for (const { profile, label } of generateScenario({ size: 10_000, seed: 1 })) ...
 */
export function* generateScenario(options: ScenarioOptions): Generator<ScenarioRecord> {
  const seed = options.seed ?? 1;
  const fraudShare = options.fraudShare ?? 0.02;
  const organisations = Math.max(20, Math.round(options.size / 150));
  const control: Rng = createRng(seed, 0);
  const state: GeneratorState = {
    seed,
    seq: 0,
    person: 0,
    place: 0,
    farm: 0,
    prefix: options.idPrefix ?? 'p',
    organisations,
    employers: new Map(),
  };
  let emitted = 0;
  let fraud = 0;
  let unitIndex = 0;
  while (emitted < options.size) {
    unitIndex += 1;
    const rng = createRng(seed, unitIndex);
    const wantFraud = fraud < fraudShare * (emitted + 8) && control.next() < 0.9;
    const unit = wantFraud ? units.farm(rng, state) : units.legitimate(rng, state);
    addReferences(createRng(seed, REFERENCE_STREAM + unitIndex), state, unit);
    for (const record of unit) {
      if (emitted >= options.size) return;
      emitted += 1;
      if (record.label.fraud) fraud += 1;
      addEmployerDomains(record, seed);
      yield record;
    }
  }
}

/** Yields only the profiles, for callers that must not see labels. */
export function* scenarioProfiles(options: ScenarioOptions): Generator<ProfileInput> {
  for (const record of generateScenario(options)) yield record.profile;
}

async function main(argv: readonly string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const size = parseSize(arg('--size') ?? '10k');
  const seed = Number(arg('--seed') ?? 1);
  const labels = argv.includes('--labels');
  let buffer = '';
  for (const record of generateScenario({ size, seed })) {
    buffer += `${JSON.stringify(labels ? record : record.profile)}\n`;
    if (buffer.length > 1 << 20) {
      if (!process.stdout.write(buffer))
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
