import { compareCodeUnits, sortInPlace } from '../_lib/sort-in-place.js';
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
    const chosen = strongestOfEachGroup(inputs);
    const counted = new Array<boolean>(inputs.length).fill(false);
    for (const index of chosen) counted[index] = true;

    let certain = 0;
    let keep = 1;
    for (const index of chosen) {
      const w = weightOf(inputs[index] as ScoringInput);
      if (w >= 1) certain += 1;
      keep *= 1 - w;
    }
    const exact = certain > 0 ? 100 : 100 * (1 - keep);
    const score = Math.min(100, Math.max(0, Math.round(exact)));
    const shares = new Array<number>(chosen.length);
    const groups = new Array<string>(chosen.length);
    for (let k = 0; k < chosen.length; k++) {
      const input = inputs[chosen[k] as number] as ScoringInput;
      const w = weightOf(input);
      shares[k] = certain > 0 ? (w >= 1 ? 1 : 0) : -Math.log1p(-w);
      groups[k] = input.group;
    }
    const parts = apportion(score, shares, groups);

    const contributions = new Array<number>(inputs.length).fill(0);
    for (let k = 0; k < chosen.length; k++) contributions[chosen[k] as number] = parts[k] as number;
    return { score, contributions, counted };
  },
};

/** A counted finding's weight as a probability, 0-1. */
const weightOf = (input: ScoringInput): number => Math.min(input.weight, 100) / 100;

/**
 * The index of each group's strongest active finding (the first of equals), in the order the groups first
 * have one. A screening has a handful of groups, so a list searched in place serves as the map.
 */
function strongestOfEachGroup(inputs: readonly ScoringInput[]): number[] {
  const chosen: number[] = [];
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index] as ScoringInput;
    if (!input.active || !(input.weight > 0)) continue;
    let slot = 0;
    while (slot < chosen.length && (inputs[chosen[slot] as number] as ScoringInput).group !== input.group)
      slot++;
    if (slot === chosen.length) chosen.push(index);
    else if (input.weight > (inputs[chosen[slot] as number] as ScoringInput).weight) chosen[slot] = index;
  }
  return chosen;
}

/**
 * Splits `total` whole points in proportion to `shares` by largest remainder. Ties go to the larger
 * share, then to the group that sorts first by name (each group appears once), so the result does not
 * depend on input order.
 */
function apportion(total: number, shares: readonly number[], groups: readonly string[]): number[] {
  const n = shares.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += shares[k] as number;
  const parts = new Array<number>(n).fill(0);
  if (total === 0 || sum === 0) return parts;
  const exact = new Array<number>(n);
  let left = total;
  for (let k = 0; k < n; k++) {
    exact[k] = (total * (shares[k] as number)) / sum;
    parts[k] = Math.floor(exact[k] as number);
    left -= parts[k] as number;
  }
  // The points left over go one each to the largest remainders: picked in turn from those not yet given
  // one, which is the head of the sorted order without sorting (a handful of groups).
  for (; left > 0; left--) {
    let best = -1;
    for (let k = 0; k < n; k++) {
      if ((parts[k] as number) > Math.floor(exact[k] as number)) continue;
      if (best < 0 || outranks(k, best, exact, shares, groups)) best = k;
    }
    if (best < 0) break;
    parts[best] = (parts[best] as number) + 1;
  }
  return parts;
}

/** Whether share `a` gets a left-over point before share `b`: larger remainder, larger share, group name. */
function outranks(
  a: number,
  b: number,
  exact: readonly number[],
  shares: readonly number[],
  groups: readonly string[],
): boolean {
  const restA = (exact[a] as number) - Math.floor(exact[a] as number);
  const restB = (exact[b] as number) - Math.floor(exact[b] as number);
  if (restA !== restB) return restA > restB;
  if (shares[a] !== shares[b]) return (shares[a] as number) > (shares[b] as number);
  // Code-unit order, not locale order: the result must be the same on every machine.
  return compareCodeUnits(groups[a] as string, groups[b] as string) < 0;
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
  let decision: Decision = 'clear';
  let scoreReason: string | undefined;
  if (score >= thresholds.escalate) {
    decision = 'escalate';
    scoreReason = `score ${score} is at or above the escalate threshold (${thresholds.escalate})`;
  } else if (score >= thresholds.review) {
    decision = 'review';
    scoreReason = `score ${score} is at or above the review threshold (${thresholds.review})`;
  }
  const criticalIds = criticalRuleIds(critical);
  let criticalReason: string | undefined;
  if (criticalIds !== undefined) {
    decision = 'escalate';
    criticalReason = `critical finding: ${criticalIds.join(', ')}`;
  }
  // Lists of exactly the reasons given: the list stays in the screening, and one grown by `push` keeps
  // room for 16.
  const reasons =
    scoreReason === undefined
      ? [criticalReason ?? `score ${score} is below the review threshold (${thresholds.review})`]
      : criticalReason === undefined
        ? [scoreReason]
        : [scoreReason, criticalReason];
  return { decision, reasons };
}

/** The ids of the rules with a critical finding, each once, in code-unit order; none: undefined. */
function criticalRuleIds(
  findings: ReadonlyArray<{ ruleId: string; severity: Severity }>,
): string[] | undefined {
  let ids: string[] | undefined;
  for (const { ruleId, severity } of findings) {
    if (severity !== 'critical') continue;
    if (ids === undefined) ids = [ruleId];
    else if (!ids.includes(ruleId)) ids.push(ruleId);
  }
  return ids && sortInPlace(ids, compareCodeUnits);
}
