import { ConfigError } from '../errors.js';
import { apportion, strongestOfEachGroup } from './_lib/apportion.js';
import type { ScoringInput, ScoringOutput, ScoringStrategy, Thresholds } from './types.js';

/**
 * The share of remote hires assumed fraudulent before any evidence: 1 in 200. Public figures put
 * DPRK IT-worker applicants at a fraction of a percent of remote applicants at most employers, with a
 * few heavily targeted ones far above (docs/scoring.md); set your own from your outcomes.
 */
export const DEFAULT_BASE_RATE = 0.005;

/**
 * Decisions by posterior probability, in percent above the base rate: review at 20 % (about one review
 * in five is fraud at the default base rate), escalate at 80 %.
 */
export const LOG_ODDS_THRESHOLDS: Thresholds = Object.freeze({ review: 20, escalate: 80 });

export interface LogOddsOptions {
  /** The prior probability that a screened profile is fraudulent, 0-1 exclusive. */
  baseRate?: number;
}

/**
 * Bayesian scoring in log-odds. Each finding carries a likelihood ratio (how much likelier it is for a
 * fraudulent hire than for a legitimate one); findings of one group are the same underlying evidence,
 * so each group counts once, with its strongest ratio; groups combine by multiplying their ratios onto
 * the prior odds. The score is the posterior probability's rise above the base rate, in percent of
 * the way to certainty: `100 * (P - p0) / (1 - p0)`, so a profile with no finding scores 0. Bounded,
 * monotone and order-independent; contributions are each counted group's share of the score in
 * proportion to its log ratio, rounded by largest remainder so they add up to the score exactly.
 *
 * @example
 * const scoring = createLogOddsScoring({ baseRate: 0.005 });
 * scoring.score([{ group: 'a', weight: 0, likelihoodRatio: 8, active: true }, { group: 'b', weight: 0, likelihoodRatio: 8, active: true }]);
 * // { score: 24, contributions: [12, 12], counted: [true, true], posterior: 0.2434... }
 */
export function createLogOddsScoring(options: LogOddsOptions = {}): ScoringStrategy {
  const baseRate = options.baseRate ?? DEFAULT_BASE_RATE;
  if (typeof baseRate !== 'number' || !(baseRate > 0 && baseRate < 1)) {
    throw new ConfigError([
      {
        path: 'baseRate',
        code: 'out_of_range',
        message: 'must be a probability between 0 and 1, like 0.005',
      },
    ]);
  }
  const priorLogOdds = Math.log(baseRate / (1 - baseRate));
  return {
    name: 'log-odds',
    defaultThresholds: LOG_ODDS_THRESHOLDS,
    score(inputs) {
      if (inputs.length === 0) return { score: 0, contributions: [], counted: [], posterior: baseRate };
      const chosen = strongestOfEachGroup(inputs, logRatioOf);
      const counted = new Array<boolean>(inputs.length).fill(false);
      const shares = new Array<number>(chosen.length);
      const groups = new Array<string>(chosen.length);
      let evidence = 0;
      for (let k = 0; k < chosen.length; k++) {
        const index = chosen[k] as number;
        const input = inputs[index] as ScoringInput;
        counted[index] = true;
        shares[k] = logRatioOf(input);
        groups[k] = input.group;
        evidence += shares[k] as number;
      }
      // No evidence leaves the prior exactly where it was (the logistic round trip would move its last bit).
      const posterior = evidence === 0 ? baseRate : 1 / (1 + Math.exp(-(priorLogOdds + evidence)));
      const exact = (100 * (posterior - baseRate)) / (1 - baseRate);
      const score = Math.min(100, Math.max(0, Math.round(exact)));
      const parts = apportion(score, shares, groups);
      const contributions = new Array<number>(inputs.length).fill(0);
      for (let k = 0; k < chosen.length; k++) contributions[chosen[k] as number] = parts[k] as number;
      return { score, contributions, counted, posterior };
    },
    describe(output: ScoringOutput) {
      const posterior = output.posterior ?? baseRate;
      return `probability of fraud ${percent(posterior)} from a base rate of ${percent(baseRate)}`;
    },
  };
}

/** The log-odds strategy at the default base rate. */
export const logOdds: ScoringStrategy = createLogOddsScoring();

/** A finding's weight of evidence in natural-log units; ratios under 1 count as no evidence. */
const logRatioOf = ({ likelihoodRatio }: ScoringInput): number =>
  likelihoodRatio !== undefined && likelihoodRatio > 1 && Number.isFinite(likelihoodRatio)
    ? Math.log(likelihoodRatio)
    : 0;

function percent(p: number): string {
  const value = p * 100;
  return `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toPrecision(1)} %`;
}
