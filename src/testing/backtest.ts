import { createScreener, type ScreenerOptions } from '../engine/screener.js';
import type { ProfileInput } from '../schema/profile.js';
import type { Decision, Screening } from '../engine/types.js';
import { compareCodeUnits } from '../_lib/sort-in-place.js';

/** A profile with its known outcome, for measuring a rule set. */
export interface LabelledProfile {
  profile: unknown;
  label: 'fraud' | 'legitimate';
  /** The decision the rule set should reach, when you hold it to one. */
  expected?: Decision;
}

/** How one rule did over the labelled set. A rule "predicts fraud" on a profile when it fires there. */
export interface RuleBacktest {
  ruleId: string;
  /** Profiles it fired on. */
  fired: number;
  /** fired / profiles. */
  fireRate: number;
  truePositives: number;
  falsePositives: number;
  /** Fired on fraud / fired; `null` when it never fired. */
  precision: number | null;
  /** Fired on fraud / fraud profiles; `null` when the set has no fraud. */
  recall: number | null;
}

export interface DecisionMismatch {
  profileId: string;
  /** Zero-based position in the labelled list. */
  position: number;
  label: LabelledProfile['label'];
  expected: Decision;
  actual: Decision;
  score: number;
  /** The rules that fired, strongest contribution first. */
  fired: string[];
}

export interface BacktestResult {
  profiles: number;
  fraud: number;
  legitimate: number;
  /** One row per rule in the set, sorted by id. */
  rules: RuleBacktest[];
  /** Decisions reached, by label: `confusion.fraud.escalate` is fraud profiles escalated. */
  confusion: Record<LabelledProfile['label'], Record<Decision, number>>;
  /** Profiles whose decision differed from their `expected`. */
  mismatches: DecisionMismatch[];
  screenings: Screening[];
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Screens labelled profiles with one rule set and measures it: per-rule fire rate, precision and
 * recall, the decision confusion matrix, and the profiles whose decision differed from `expected`.
 * Use a fixed `now` in the options so the figures repeat.
 *
 * @example
 * const result = await backtest(
 *   [{ profile: farmMember, label: 'fraud', expected: 'escalate' }, { profile: profile(), label: 'legitimate', expected: 'clear' }],
 *   { rules: { extends: ['recommended'] }, now: '2026-01-15T00:00:00Z' },
 * );
 * result.rules.find((r) => r.ruleId === 'shipping-address-not-home')?.precision
 */
export async function backtest(
  labelled: readonly LabelledProfile[],
  options: ScreenerOptions = {},
): Promise<BacktestResult> {
  const screener = createScreener(options);
  const screenings: Screening[] = [];
  for (const [position, item] of labelled.entries()) {
    try {
      screenings.push(await screener.screen(item.profile as ProfileInput));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`labelled profile ${position + 1} could not be screened: ${message}`, { cause: error });
    }
  }
  const fraud = labelled.filter((item) => item.label === 'fraud').length;
  const counts = new Map<string, { fired: number; truePositives: number }>();
  for (const resolved of screener.ruleSet.rules) counts.set(resolved.rule.id, { fired: 0, truePositives: 0 });
  const confusion: BacktestResult['confusion'] = {
    fraud: { clear: 0, review: 0, escalate: 0 },
    legitimate: { clear: 0, review: 0, escalate: 0 },
  };
  const mismatches: DecisionMismatch[] = [];
  screenings.forEach((screening, position) => {
    const item = labelled[position] as LabelledProfile;
    confusion[item.label][screening.decision] += 1;
    for (const result of screening.ruleResults) {
      if (result.status !== 'flagged') continue;
      const row = counts.get(result.ruleId) ?? { fired: 0, truePositives: 0 };
      row.fired += 1;
      if (item.label === 'fraud') row.truePositives += 1;
      counts.set(result.ruleId, row);
    }
    if (item.expected !== undefined && item.expected !== screening.decision) {
      mismatches.push({
        profileId: screening.profileId,
        position,
        label: item.label,
        expected: item.expected,
        actual: screening.decision,
        score: screening.score,
        fired: [...new Set(screening.findings.map((finding) => finding.ruleId))],
      });
    }
  });
  const rules = [...counts]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([ruleId, row]) => ({
      ruleId,
      fired: row.fired,
      fireRate: labelled.length === 0 ? 0 : row.fired / labelled.length,
      truePositives: row.truePositives,
      falsePositives: row.fired - row.truePositives,
      precision: ratio(row.truePositives, row.fired),
      recall: ratio(row.truePositives, fraud),
    }));
  return {
    profiles: labelled.length,
    fraud,
    legitimate: labelled.length - fraud,
    rules,
    confusion,
    mismatches,
    screenings,
  };
}

/** Thrown by `expectDecisions` when a decision differs from what its profile expects. */
export class DecisionMismatchError extends Error {
  readonly mismatches: readonly DecisionMismatch[];

  constructor(mismatches: readonly DecisionMismatch[], total: number) {
    const lines = mismatches.map(
      (m) =>
        `  - ${m.profileId} (#${m.position + 1}, ${m.label}): expected ${m.expected}, got ${m.actual} (score ${m.score}; fired: ${m.fired.join(', ') || 'none'})`,
    );
    super(`${mismatches.length} of ${total} decision(s) differ from what was expected:\n${lines.join('\n')}`);
    this.name = 'DecisionMismatchError';
    this.mismatches = mismatches;
  }
}

/**
 * Screens labelled profiles and throws a `DecisionMismatchError` listing every profile whose decision
 * differs from its `expected` (profile id, label, expected and actual decision, score, rules fired).
 * Resolves to the backtest when all agree.
 *
 * @example
 * await expectDecisions([{ profile: profile(), label: 'legitimate', expected: 'clear' }], { now: '2026-01-15T00:00:00Z' });
 */
export async function expectDecisions(
  labelled: readonly LabelledProfile[],
  options: ScreenerOptions = {},
): Promise<BacktestResult> {
  const result = await backtest(labelled, options);
  if (result.mismatches.length > 0) throw new DecisionMismatchError(result.mismatches, result.profiles);
  return result;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(0)}%`;
}

/**
 * Renders a backtest as a plain-text table: one line per rule, then the confusion matrix.
 *
 * @example
 * console.log(formatBacktest(await backtest(labelled, options)));
 */
export function formatBacktest(result: BacktestResult): string {
  const width = Math.max(4, ...result.rules.map((rule) => rule.ruleId.length));
  const lines = [
    `${result.profiles} profiles (${result.fraud} fraud, ${result.legitimate} legitimate)`,
    `${'rule'.padEnd(width)}  fired  rate  precision  recall`,
    ...result.rules.map(
      (rule) =>
        `${rule.ruleId.padEnd(width)}  ${String(rule.fired).padStart(5)}  ${percent(rule.fireRate).padStart(4)}  ${percent(rule.precision).padStart(9)}  ${percent(rule.recall).padStart(6)}`,
    ),
    'decisions     clear  review  escalate',
    ...(['fraud', 'legitimate'] as const).map(
      (label) =>
        `${label.padEnd(12)}  ${String(result.confusion[label].clear).padStart(5)}  ${String(result.confusion[label].review).padStart(6)}  ${String(result.confusion[label].escalate).padStart(8)}`,
    ),
  ];
  return lines.join('\n');
}
