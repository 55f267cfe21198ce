// Why screenings come out as they do against the scenario's labels: per-mode rates, precision at a
// realistic prevalence, what the false reviews are made of, and each rule's empirical likelihood ratio.
import type { Screening } from '../../src/engine/types.js';
import type { ScenarioLabel } from './generate.js';

/** Prevalence at which precision is quoted: 1 fraudulent hire in 200. */
export const PREVALENCE = 0.005;

export interface RuleRates {
  /** `rule@level`. */
  ruleId: string;
  /** The likelihood ratio the level was scored with. */
  documented: number;
  fraudFired: number;
  legitimateFired: number;
  /** (fraudFired + 0.5) / (fraud + 1) over (legitimateFired + 0.5) / (legitimate + 1). */
  likelihoodRatio: number;
}

export interface ModeQuality {
  fraud: number;
  legitimate: number;
  recallAtReview: number;
  recallAtEscalate: number;
  /** Share of legitimate profiles at review or escalate. */
  legitimateAtReview: number;
  legitimateAtEscalate: number;
  /** p·recall / (p·recall + (1-p)·fpr) at review, p = {@link PREVALENCE}. */
  precisionAtReview: number;
  falseReviews: {
    count: number;
    /** Legitimate profiles at review or above with a counted finding of the rule. */
    byRule: Record<string, number>;
    /** The same by `rule/messageId@level`. */
    byMessage: Record<string, number>;
    /** The 15 commonest sets of counted rule ids. */
    combinations: Array<{ rules: string; profiles: number }>;
  };
  /** Legitimate profiles by unit and look-alike tag: [profiles, at review or above]. */
  byConfounder: Record<string, [number, number]>;
  rules: RuleRates[];
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Precision at prevalence `p` from recall and the false-positive rate.
 *
 * @example
 * precisionAt(0.005, 0.97, 0.01); // 0.327
 */
export function precisionAt(p: number, recall: number, fpr: number): number {
  const hits = p * recall;
  const total = hits + (1 - p) * fpr;
  return total === 0 ? 0 : hits / total;
}

/**
 * Accumulates screenings against labels, one at a time, so a roster never needs its screenings kept.
 *
 * @example
 * const d = new Diagnosis(); d.add(label, screening); d.report();
 */
export class Diagnosis {
  private fraud = 0;
  private legitimate = 0;
  private fraudReview = 0;
  private fraudEscalate = 0;
  private legitReview = 0;
  private legitEscalate = 0;
  private readonly fired = new Map<string, [number, number]>();
  private readonly documented = new Map<string, number>();
  private readonly byRule: Record<string, number> = {};
  private readonly byMessage: Record<string, number> = {};
  private readonly combos: Record<string, number> = {};
  private readonly byConfounder: Record<string, [number, number]> = {};

  add(label: ScenarioLabel, screening: Screening): void {
    const flagged = screening.decision !== 'clear';
    // Fire rates per rule level (`rule@level`, with its documented ratio), each profile counted once.
    const levels = new Set<string>();
    for (const finding of screening.findings) {
      if (finding.suppressed) continue;
      const key = `${finding.ruleId}@${finding.level}`;
      levels.add(key);
      this.documented.set(key, finding.likelihoodRatio);
    }
    for (const key of levels) {
      const entry = this.fired.get(key) ?? [0, 0];
      entry[label.fraud ? 0 : 1]++;
      this.fired.set(key, entry);
    }
    if (label.fraud) {
      this.fraud++;
      if (flagged) this.fraudReview++;
      if (screening.decision === 'escalate') this.fraudEscalate++;
      return;
    }
    this.legitimate++;
    if (flagged) this.legitReview++;
    if (screening.decision === 'escalate') this.legitEscalate++;
    for (const tag of new Set([`unit:${label.unit}`, ...label.confounders])) {
      const entry = (this.byConfounder[tag] ??= [0, 0]);
      entry[0]++;
      if (flagged) entry[1]++;
    }
    if (!flagged) return;
    const counted = new Set<string>();
    const messages = new Set<string>();
    for (const finding of screening.findings) {
      if (!finding.counted) continue;
      counted.add(finding.ruleId);
      messages.add(`${finding.ruleId}/${finding.messageId}@${finding.level}`);
    }
    for (const ruleId of counted) bump(this.byRule, ruleId);
    for (const message of messages) bump(this.byMessage, message);
    bump(this.combos, [...counted].sort().join(' + ') || '(none counted)');
  }

  report(): ModeQuality {
    const recallAtReview = this.fraudReview / this.fraud;
    const legitimateAtReview = this.legitReview / this.legitimate;
    const sorted = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
    return {
      fraud: this.fraud,
      legitimate: this.legitimate,
      recallAtReview,
      recallAtEscalate: this.fraudEscalate / this.fraud,
      legitimateAtReview,
      legitimateAtEscalate: this.legitEscalate / this.legitimate,
      precisionAtReview: precisionAt(PREVALENCE, recallAtReview, legitimateAtReview),
      falseReviews: {
        count: this.legitReview,
        byRule: sorted(this.byRule),
        byMessage: sorted(this.byMessage),
        combinations: Object.entries(this.combos)
          .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
          .slice(0, 15)
          .map(([rules, profiles]) => ({ rules, profiles })),
      },
      byConfounder: this.byConfounder,
      rules: [...this.fired]
        .map(([ruleId, [fraudFired, legitimateFired]]) => ({
          ruleId,
          documented: this.documented.get(ruleId) ?? 1,
          fraudFired,
          legitimateFired,
          likelihoodRatio:
            (fraudFired + 0.5) / (this.fraud + 1) / ((legitimateFired + 0.5) / (this.legitimate + 1)),
        }))
        .sort((a, b) => b.likelihoodRatio - a.likelihoodRatio || a.ruleId.localeCompare(b.ruleId)),
    };
  }
}
