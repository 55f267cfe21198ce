// The detection-quality section: the labelled scenario screened three ways (issue 14), with the
// diagnostics that say why legitimate profiles reach review. `npm run bench -- --quality --size 20k`.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Decision, Screening } from '../../src/engine/types.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import {
  createStaticDomainProvider,
  type StaticDomainEntry,
} from '../../src/intel/domains/static-provider.js';
import { DEPLOYMENT_RULES } from '../scenario/deployment.js';
import { employerScreeners } from './employer-screeners.js';
import { Diagnosis, PREVALENCE, type ModeQuality } from '../scenario/diagnose.js';
import { generateScenario, SCENARIO_NOW, type ScenarioLabel } from '../scenario/generate.js';
import { scoreDetection, type QualityReport } from '../scenario/quality.js';
import { scoreInvestigation, type InvestigationQuality } from '../scenario/quality-investigation.js';
import { fixed, now, pct, samplePeak, table } from './measure.js';

export const MODES = {
  roster: 'a. roster, recommended, no configuration',
  declared: "b. roster, deployment's declared context (bench/scenario/deployment.ts)",
  employer: 'c. each employer screens its own staff, its declared context, no roster',
} as const;
export type Mode = keyof typeof MODES;

export interface QualityFigures {
  size: number;
  seed: number;
  modes: Record<Mode, ModeQuality & { seconds: number }>;
  /** Farm recovery and the old headline rates, from mode a's roster (clusters do not depend on rules). */
  farms: QualityReport;
  /** Issue 20's measures on mode a's roster: flat clusters, and the nested farms and networks. */
  investigation: { flat: InvestigationQuality; nested: InvestigationQuality };
}

/**
 * Screens the seeded scenario of `size` profiles in the three modes and diagnoses each.
 *
 * @example
 * const figures = await qualitySection(20_000, 1);
 */
export async function qualitySection(size: number, seed: number): Promise<QualityFigures> {
  const lines: string[] = [];
  const labels = new Map<string, ScenarioLabel>();
  const registrations = new Map<string, StaticDomainEntry>();
  for (const { profile, label, domains } of generateScenario({ size, seed })) {
    lines.push(JSON.stringify(profile));
    labels.set(profile.id, label);
    for (const [domain, registered] of Object.entries(domains ?? {}))
      registrations.set(domain, { registered });
  }
  // The scenario's registration dates, served as a registry would (issue 21): no network in a bench.
  const domainIntel = createStaticDomainProvider(registrations, { name: 'scenario' });
  const inputs = function* () {
    for (const line of lines) yield JSON.parse(line) as unknown;
  };
  const labelOf = (screening: Screening) => labels.get(screening.profileId) as ScenarioLabel;
  const modes = {} as QualityFigures['modes'];
  let farms: QualityReport | undefined;
  let investigation: QualityFigures['investigation'] | undefined;

  for (const mode of ['roster', 'declared'] as const) {
    const start = now();
    const result = await screenRoster(inputs(), {
      now: SCENARIO_NOW,
      domainIntel,
      ...(mode === 'declared' && { rules: DEPLOYMENT_RULES }),
    });
    samplePeak();
    if (result.rejects.length > 0)
      throw new Error(`${result.rejects.length} generated profiles were rejected`);
    const diagnosis = new Diagnosis();
    for (const screening of result.screenings) diagnosis.add(labelOf(screening), screening);
    modes[mode] = { ...diagnosis.report(), seconds: (now() - start) / 1000 };
    if (mode === 'roster') {
      const decisions = new Map<string, Decision>(result.screenings.map((s) => [s.profileId, s.decision]));
      farms = scoreDetection(labels, decisions, result.clusters);
      const { networks, farms: alone } = result.investigation;
      const nestedFarms = [...alone, ...networks.flatMap((network) => network.farms)];
      const farmless = networks.filter((network) => network.farms.length === 0);
      investigation = {
        flat: scoreInvestigation(labels, result.clusters, result.clusters, result.clusters),
        nested: scoreInvestigation(
          labels,
          [...nestedFarms, ...farmless],
          [...networks, ...alone],
          [...networks, ...nestedFarms],
        ),
      };
    }
  }

  const start = now();
  const screenerOf = employerScreeners(seed, domainIntel);
  const diagnosis = new Diagnosis();
  for (const input of inputs()) {
    const screener = screenerOf((input as { organizationId?: string }).organizationId);
    const screening = await screener.screen(input as ProfileInput);
    diagnosis.add(labelOf(screening), screening);
  }
  samplePeak();
  modes.employer = { ...diagnosis.report(), seconds: (now() - start) / 1000 };
  return {
    size,
    seed,
    modes,
    farms: farms as QualityReport,
    investigation: investigation as QualityFigures['investigation'],
  };
}

/** Writes the machine-readable figures to `bench/out/quality-<size>-<seed>.json`; returns the path. */
export function writeQualityJson(figures: QualityFigures): string {
  mkdirSync('bench/out', { recursive: true });
  const path = `bench/out/quality-${figures.size}-${figures.seed}.json`;
  writeFileSync(
    path,
    `${JSON.stringify({ prevalence: PREVALENCE, modeNames: MODES, ...figures }, null, 2)}\n`,
  );
  return path;
}

const n = (value: number) => value.toLocaleString('en-US');

/** The three modes side by side, with issue 14's targets. */
export function modesTable(f: QualityFigures): string {
  const m = f.modes;
  const row = (name: string, get: (q: ModeQuality) => string, target = '') => [
    name,
    get(m.roster),
    get(m.declared),
    get(m.employer),
    target,
  ];
  return table(
    ['measure', 'a. roster, no config', 'b. roster, declared', 'c. per employer, no roster', 'target (a; c)'],
    [
      row(
        'profiles (fraudulent / legitimate)',
        (q) => `${n(q.fraud + q.legitimate)} (${n(q.fraud)} / ${n(q.legitimate)})`,
      ),
      row('recall at review (review or escalate)', (q) => pct(q.recallAtReview), '>= 97 %; >= 95 %'),
      row('recall at escalate', (q) => pct(q.recallAtEscalate), '>= 85 %'),
      row('legitimate at review (review or escalate)', (q) => pct(q.legitimateAtReview), '<= 1 %; <= 1 %'),
      row('legitimate at escalate', (q) => pct(q.legitimateAtEscalate), '<= 0.2 %'),
      row(`precision at review at ${PREVALENCE * 100} % prevalence`, (q) => pct(q.precisionAtReview)),
      row('screening time', (q) => `${fixed((q as ModeQuality & { seconds: number }).seconds, 0)} s`),
    ],
  );
}

/** Why legitimate profiles reach review in one mode: rules, messages, combinations, look-alikes. */
export function diagnosisTables(q: ModeQuality): string {
  const share = (count: number) => pct(count / Math.max(1, q.falseReviews.count));
  const top = (counts: Record<string, number>, limit: number) =>
    Object.entries(counts)
      .slice(0, limit)
      .map(([key, count]) => [key, n(count), share(count)]);
  const confounders = Object.entries(q.byConfounder)
    .sort(([, [a, x]], [, [b, y]]) => y / b - x / a)
    .map(([tag, [count, flagged]]) => [tag, n(count), pct(flagged / count)]);
  const rules = q.rules.map((r) => [
    r.ruleId,
    `${n(r.fraudFired)} (${pct(r.fraudFired / q.fraud)})`,
    `${n(r.legitimateFired)} (${pct(r.legitimateFired / q.legitimate)})`,
    fixed(r.likelihoodRatio, 1),
    String(r.documented),
  ]);
  return [
    `legitimate profiles at review or above: ${n(q.falseReviews.count)}`,
    table(['counted rule among false reviews', 'profiles', 'share'], top(q.falseReviews.byRule, 30)),
    '',
    table(['rule/message@level among false reviews', 'profiles', 'share'], top(q.falseReviews.byMessage, 30)),
    '',
    table(
      ['top 15 combinations of counted rules', 'profiles', 'share'],
      q.falseReviews.combinations.map((c) => [c.rules, n(c.profiles), share(c.profiles)]),
    ),
    '',
    table(['legitimate profiles with', 'profiles', 'at review or above'], confounders),
    '',
    table(
      [
        'rule@level (any finding)',
        'fraudulent fired',
        'legitimate fired',
        'likelihood ratio (+0.5)',
        'documented',
      ],
      rules,
    ),
  ].join('\n');
}

/** Issue 20's measures, flat clusters beside the nested farms and networks, with the targets. */
export function investigationTable(f: QualityFigures): string {
  const { flat, nested } = f.investigation;
  const ratio = (count: number, of: number) => `${n(count)} of ${n(of)} (${pct(count / Math.max(1, of))})`;
  const units = (q: InvestigationQuality) =>
    Object.entries(q.legitimateOnlyAtHighByUnit)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([unit, count]) => `${unit} ${count}`)
      .join(', ') || 'none';
  return table(
    ['measure (mode a)', 'flat clusters', 'farms and networks', 'target'],
    [
      [
        'farms of 3+ recovered strictly (one group >= 80% of the farm, <= 20% outsiders)',
        ratio(flat.recovered, flat.farms),
        ratio(nested.recovered, nested.farms),
        '>= 90 %',
      ],
      [
        'farms of 3+ whole inside one network (or stand-alone farm)',
        ratio(flat.wholeInOneNetwork, flat.farms),
        ratio(nested.wholeInOneNetwork, nested.farms),
        '',
      ],
      [
        'farms recovered strictly that sit whole inside one network',
        ratio(flat.recoveredInOneNetwork, flat.recovered),
        ratio(nested.recoveredInOneNetwork, nested.recovered),
        'all',
      ],
      [
        'legitimate profiles in a group at high or above',
        ratio(flat.legitimateAtHigh, flat.legitimate),
        ratio(nested.legitimateAtHigh, nested.legitimate),
        '<= 0.1 %',
      ],
      [
        'groups of legitimate people only at high or above',
        n(flat.legitimateOnlyAtHigh),
        n(nested.legitimateOnlyAtHigh),
        'none of coworking, office, household',
      ],
      ['  by the units their members come from', units(flat), units(nested), ''],
    ],
  );
}
