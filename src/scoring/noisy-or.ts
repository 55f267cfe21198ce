import type { Decision, Severity } from '../engine/types.js';

/** What the scorer needs to know about one finding. */
export interface ScoringInput {
  group: string;
  /** 0-100 points. */
  weight: number;
  /** False for suppressed findings: they are listed but never scored. */
  active: boolean;
}

export interface ScoringOutput {
  /** An integer 0-100. */
  score: number;
  /** One integer per input, in input order; they add up to `score` exactly. */
  contributions: number[];
  /** Per input: whether it is the finding that counts for its group. */
  counted: boolean[];
}

/** A replaceable scoring model: bounded, monotone, order-independent, with additive contributions. */
export interface ScoringStrategy {
  readonly name: string;
  score(inputs: readonly ScoringInput[]): ScoringOutput;
}

/**
 * Noisy-OR over groups: each group counts once, with its strongest finding, and the score is
 * `100 * (1 - prod(1 - w_g / 100))`: bounded by 100, never lowered by another finding, and
 * independent of order. Each counted finding's contribution is its share of the score in proportion to
 * `-ln(1 - w_g / 100)` (its additive weight in log space), rounded to whole points by largest
 * remainder so the contributions add up to the rounded score exactly.
 *
 * @example
 * noisyOr.score([{ group: 'a', weight: 50, active: true }, { group: 'b', weight: 50, active: true }])
 * // { score: 75, contributions: [38, 37], counted: [true, true] }
 */
export const noisyOr: ScoringStrategy = {
  name: 'noisy-or',
  score(inputs) {
    // Most screenings have no finding at all.
    if (inputs.length === 0) return { score: 0, contributions: [], counted: [] };
    const counted = inputs.map(() => false);
    const strongest = new Map<string, number>();
    inputs.forEach((input, index) => {
      if (!input.active || !(input.weight > 0)) return;
      const current = strongest.get(input.group);
      if (current === undefined || input.weight > (inputs[current] as ScoringInput).weight) {
        strongest.set(input.group, index);
      }
    });
    const chosen = [...strongest.values()];
    for (const index of chosen) counted[index] = true;

    const weights = chosen.map((index) => Math.min((inputs[index] as ScoringInput).weight, 100) / 100);
    const certain = weights.filter((w) => w >= 1).length;
    const exact = certain > 0 ? 100 : 100 * (1 - weights.reduce((keep, w) => keep * (1 - w), 1));
    const score = Math.min(100, Math.max(0, Math.round(exact)));
    const shares = weights.map((w) => (certain > 0 ? (w >= 1 ? 1 : 0) : -Math.log1p(-w)));
    const parts = apportion(
      score,
      shares,
      chosen.map((index) => (inputs[index] as ScoringInput).group),
    );

    const contributions = inputs.map(() => 0);
    chosen.forEach((inputIndex, k) => (contributions[inputIndex] = parts[k] as number));
    return { score, contributions, counted };
  },
};

/**
 * Splits `total` whole points in proportion to `shares` by largest remainder. Ties go to the larger
 * share, then to the group that sorts first by name (each group appears once), so the result does not
 * depend on input order.
 */
function apportion(total: number, shares: readonly number[], groups: readonly string[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return shares.map(() => 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, k) => ({ k, rest: value - Math.floor(value) }))
    .sort(
      (a, b) =>
        b.rest - a.rest ||
        (shares[b.k] as number) - (shares[a.k] as number) ||
        compareText(groups[a.k] as string, groups[b.k] as string),
    );
  for (const { k } of order) {
    if (left <= 0) break;
    parts[k] = (parts[k] as number) + 1;
    left -= 1;
  }
  return parts;
}

// Code-unit order, not locale order: the result must be the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Score thresholds for the decisions; `review` must be below `escalate`. */
export interface Thresholds {
  review: number;
  escalate: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ review: 40, escalate: 70 });

/**
 * Routes a screening: `escalate` at or above the escalate threshold or on any counted critical
 * finding, `review` at or above the review threshold, else `clear`. There is no "reject": a person
 * always decides.
 *
 * @example
 * decide(45, [], DEFAULT_THRESHOLDS) // { decision: 'review', reasons: ['score 45 is at or above the review threshold (40)'] }
 */
export function decide(
  score: number,
  critical: ReadonlyArray<{ ruleId: string; severity: Severity }>,
  thresholds: Thresholds,
): { decision: Decision; reasons: string[] } {
  const reasons: string[] = [];
  let decision: Decision = 'clear';
  if (score >= thresholds.escalate) {
    decision = 'escalate';
    reasons.push(`score ${score} is at or above the escalate threshold (${thresholds.escalate})`);
  } else if (score >= thresholds.review) {
    decision = 'review';
    reasons.push(`score ${score} is at or above the review threshold (${thresholds.review})`);
  }
  const criticalIds = [
    ...new Set(critical.filter((f) => f.severity === 'critical').map((f) => f.ruleId)),
  ].sort();
  if (criticalIds.length > 0) {
    if (decision !== 'escalate') decision = 'escalate';
    reasons.push(`critical finding: ${criticalIds.join(', ')}`);
  }
  if (reasons.length === 0)
    reasons.push(`score ${score} is below the review threshold (${thresholds.review})`);
  return { decision, reasons };
}
