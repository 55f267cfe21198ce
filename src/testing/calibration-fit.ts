import { compareCodeUnits } from '../_lib/sort-in-place.js';
import type { RuleSetConfig } from '../engine/rule-set.js';
import type { Screening } from '../engine/types.js';

/** One rule level's fit: how often it fired in each class, and the ratio that follows. */
export interface LevelCalibration {
  ruleId: string;
  level: string;
  /** The ratio the rule set used (documented, or configured). */
  documented: number;
  /** Profiles it fired on, by class. */
  firedFraud: number;
  firedLegitimate: number;
  /** Fire rates by class. */
  fraudRate: number;
  legitimateRate: number;
  /** (fraud rate) / (legitimate rate), with half a count added to each cell; null when it never fired. */
  empirical: number | null;
  /** A 95 % interval of the empirical ratio (log-normal approximation); null when it never fired. */
  interval: [number, number] | null;
  /** The empirical ratio shrunk toward the documented one in log space, by how many firings support it. */
  fitted: number;
}

export interface CalibrationFitOptions {
  /**
   * How many firings the documented ratio is worth (default 30): a level seen fewer times than this
   * stays closer to its documented ratio than to the data.
   */
  priorStrength?: number;
}

/** A screening with the outcome a person confirmed: fraud, or cleared. */
export interface LabelledScreening {
  screening: Screening;
  label: 'fraud' | 'legitimate';
}

const Z95 = 1.959964;

/**
 * Fits each rule level's likelihood ratio from labelled screenings (confirmed fraud, cleared reviews):
 * the ratio of its fire rates in the two classes, shrunk toward the ratio the screenings were scored
 * with when the level fired rarely. Returns one row per rule level seen and a rule-set layer that puts
 * the fitted ratios in place (`extends: [..., layer]`).
 *
 * @example
 * const { levels, config } = fitLikelihoodRatios(labelled);
 * createScreener({ rules: { extends: ['recommended', config] } });
 */
export function fitLikelihoodRatios(
  labelled: readonly LabelledScreening[],
  options: CalibrationFitOptions = {},
): { levels: LevelCalibration[]; config: RuleSetConfig } {
  const k = options.priorStrength ?? 30;
  let fraud = 0;
  const tallies = new Map<
    string,
    { ruleId: string; level: string; documented: number; fraud: number; legitimate: number }
  >();
  for (const { screening, label } of labelled) {
    if (label === 'fraud') fraud++;
    const seen = new Set<string>();
    for (const finding of screening.findings) {
      if (finding.suppressed) continue;
      const key = `${finding.ruleId}\u0000${finding.level}`;
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          ruleId: finding.ruleId,
          level: finding.level,
          documented: finding.likelihoodRatio,
          fraud: 0,
          legitimate: 0,
        };
        tallies.set(key, tally);
      }
      // A profile counts once per level, however many findings it has there.
      if (seen.has(key)) continue;
      seen.add(key);
      tally[label]++;
    }
  }
  const legitimate = labelled.length - fraud;
  const levels: LevelCalibration[] = [];
  const rules: Record<string, { likelihoodRatios: Record<string, number> }> = {};
  for (const tally of [...tallies.values()].sort(byRuleThenLevel)) {
    const fraudRate = fraud === 0 ? 0 : tally.fraud / fraud;
    const legitimateRate = legitimate === 0 ? 0 : tally.legitimate / legitimate;
    const fired = tally.fraud + tally.legitimate;
    let empirical: number | null = null;
    let interval: [number, number] | null = null;
    let fitted = tally.documented;
    if (fired > 0 && fraud > 0 && legitimate > 0) {
      const logRatio =
        Math.log((tally.fraud + 0.5) / (fraud + 1)) - Math.log((tally.legitimate + 0.5) / (legitimate + 1));
      const se = Math.sqrt(
        Math.max(
          0,
          1 / (tally.fraud + 0.5) - 1 / (fraud + 1) + 1 / (tally.legitimate + 0.5) - 1 / (legitimate + 1),
        ),
      );
      empirical = Math.exp(logRatio);
      interval = [Math.exp(logRatio - Z95 * se), Math.exp(logRatio + Z95 * se)];
      const shrunk = (fired * logRatio + k * Math.log(tally.documented)) / (fired + k);
      // A finding is never evidence of innocence: a level that fires more often on legitimate people is
      // worth nothing (ratio 1) and belongs in a review of the rule.
      fitted = Math.max(1, round3(Math.exp(shrunk)));
    }
    levels.push({
      ruleId: tally.ruleId,
      level: tally.level,
      documented: tally.documented,
      firedFraud: tally.fraud,
      firedLegitimate: tally.legitimate,
      fraudRate,
      legitimateRate,
      empirical,
      interval,
      fitted,
    });
    (rules[tally.ruleId] ??= { likelihoodRatios: {} }).likelihoodRatios[tally.level] = fitted;
  }
  return { levels, config: { rules } };
}

const round3 = (value: number): number => Number(value.toPrecision(3));

function byRuleThenLevel(a: { ruleId: string; level: string }, b: { ruleId: string; level: string }): number {
  return compareCodeUnits(a.ruleId, b.ruleId) || compareCodeUnits(a.level, b.level);
}

/** How a review threshold would perform on labelled screenings. */
export interface OperatingPoint {
  /** Profiles at or above this score would go to review. */
  threshold: number;
  /** Share of all profiles sent to review. */
  alertRate: number;
  /** Fraud profiles at or above the threshold / fraud profiles. */
  recall: number | null;
  /** Legitimate profiles at or above the threshold / legitimate profiles. */
  falsePositiveRate: number | null;
  /** Fraud among those sent to review, at the labelled set's own mix. */
  precision: number | null;
  /** Precision had fraud been `prevalence` of the profiles (from recall and the false-positive rate). */
  precisionAtPrevalence: number | null;
}

/**
 * Recall, false-positive rate, alert rate and precision at every whole-number score threshold from 1
 * to 100 (a profile is "sent" when its score reaches the threshold or its decision is `escalate` by a
 * critical finding), with precision restated at `prevalence` (default 0.005).
 *
 * @example
 * operatingPoints(labelled).find((p) => p.threshold === 20)?.precisionAtPrevalence
 */
export function operatingPoints(
  labelled: readonly LabelledScreening[],
  prevalence = 0.005,
): OperatingPoint[] {
  const fraud = labelled.filter((item) => item.label === 'fraud').length;
  const legitimate = labelled.length - fraud;
  const points: OperatingPoint[] = [];
  for (let threshold = 1; threshold <= 100; threshold++) {
    let sentFraud = 0;
    let sentLegitimate = 0;
    for (const { screening, label } of labelled) {
      const critical = screening.findings.some((f) => f.severity === 'critical' && f.counted);
      if (screening.score < threshold && !critical) continue;
      if (label === 'fraud') sentFraud++;
      else sentLegitimate++;
    }
    const recall = fraud === 0 ? null : sentFraud / fraud;
    const falsePositiveRate = legitimate === 0 ? null : sentLegitimate / legitimate;
    const sent = sentFraud + sentLegitimate;
    points.push({
      threshold,
      alertRate: labelled.length === 0 ? 0 : sent / labelled.length,
      recall,
      falsePositiveRate,
      precision: sent === 0 ? null : sentFraud / sent,
      precisionAtPrevalence:
        recall === null || falsePositiveRate === null || recall + falsePositiveRate === 0
          ? null
          : (prevalence * recall) / (prevalence * recall + (1 - prevalence) * falsePositiveRate),
    });
  }
  return points;
}

/** A review budget: the most profiles you can review, or the least precision you accept. */
export type ReviewBudget = { maxAlertRate: number } | { minPrecision: number; prevalence?: number };

/**
 * The lowest review threshold that keeps within a budget ("at most 1 % to review", or "at least 30 %
 * of reviews are fraud at 0.5 % prevalence"), from labelled screenings; undefined when none does.
 *
 * @example
 * reviewThresholdFor(labelled, { maxAlertRate: 0.01 }) // e.g. 24: pass as thresholds.review
 */
export function reviewThresholdFor(
  labelled: readonly LabelledScreening[],
  budget: ReviewBudget,
): number | undefined {
  const prevalence = 'prevalence' in budget && budget.prevalence !== undefined ? budget.prevalence : 0.005;
  for (const point of operatingPoints(labelled, prevalence)) {
    if (
      'maxAlertRate' in budget
        ? point.alertRate <= budget.maxAlertRate
        : (point.precisionAtPrevalence ?? 0) >= budget.minPrecision
    )
      return point.threshold;
  }
  return undefined;
}
