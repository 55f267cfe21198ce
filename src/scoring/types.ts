/** What a scoring strategy needs to know about one finding. */
export interface ScoringInput {
  group: string;
  /** 0-100 points, read by the noisy-OR strategy. */
  weight: number;
  /** P(finding | fraud) / P(finding | legitimate), at least 1; read by the log-odds strategy (absent: 1). */
  likelihoodRatio?: number;
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
  /** The probability of fraud given the counted findings, when the strategy computes one. */
  posterior?: number;
}

/** Score thresholds for the decisions; `review` must be below `escalate`. */
export interface Thresholds {
  review: number;
  escalate: number;
}

/** A replaceable scoring model: bounded, monotone, order-independent, with additive contributions. */
export interface ScoringStrategy {
  readonly name: string;
  /** The thresholds a screener uses with this strategy unless it is given others. */
  readonly defaultThresholds: Thresholds;
  score(inputs: readonly ScoringInput[]): ScoringOutput;
  /** Words for the decision reasons: what a score means under this strategy. */
  describe?(output: ScoringOutput): string;
}
