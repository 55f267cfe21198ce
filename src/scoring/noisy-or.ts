import { apportion, strongestOfEachGroup } from './_lib/apportion.js';
import type { ScoringInput, ScoringStrategy, Thresholds } from './types.js';

export { decide } from './decide.js';
export type { ScoringInput, ScoringOutput, ScoringStrategy, Thresholds } from './types.js';

/** The noisy-OR strategy's thresholds, in points. */
export const NOISY_OR_THRESHOLDS: Thresholds = Object.freeze({ review: 40, escalate: 70 });

/** @deprecated The noisy-OR thresholds under their 0.1 name; the default scoring's are `LOG_ODDS_THRESHOLDS`. */
export const DEFAULT_THRESHOLDS = NOISY_OR_THRESHOLDS;

/**
 * Noisy-OR over groups, the scoring of hirescreen 0.1: each group counts once, with its strongest
 * finding's weight, and the score is `100 * (1 - prod(1 - w_g / 100))`: bounded by 100, never lowered by
 * another finding, and independent of order. Each counted finding's contribution is its share of the
 * score in proportion to `-ln(1 - w_g / 100)` (its additive weight in log space), rounded to whole
 * points by largest remainder so the contributions add up to the rounded score exactly. Weights are
 * points chosen per rule, not calibrated: prefer the default `logOdds`.
 *
 * @example
 * noisyOr.score([{ group: 'a', weight: 50, likelihoodRatio: 1, active: true }, { group: 'b', weight: 50, likelihoodRatio: 1, active: true }])
 * // { score: 75, contributions: [38, 37], counted: [true, true] }
 */
export const noisyOr: ScoringStrategy = {
  name: 'noisy-or',
  defaultThresholds: NOISY_OR_THRESHOLDS,
  score(inputs) {
    // Most screenings have no finding at all.
    if (inputs.length === 0) return { score: 0, contributions: [], counted: [] };
    const chosen = strongestOfEachGroup(inputs, pointsOf);
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

const pointsOf = (input: ScoringInput): number => input.weight;

/** A counted finding's weight as a probability, 0-1. */
const weightOf = (input: ScoringInput): number => Math.min(input.weight, 100) / 100;
