import type { Severity } from '../schema/primitives.js';

/**
 * Where a likelihood ratio comes from, so a reader can check it:
 * - `source`: a public source's figure (the reference names it);
 * - `baseline`: the rate measured on ordinary, legitimate profiles (the benign baseline);
 * - `benchmark`: fire rates in the labelled benchmark's fraudulent and legitimate profiles;
 * - `judgement`: an analyst's reasoned estimate, until outcomes calibrate it (`calibrate`).
 */
export type EvidenceBasisKind = 'source' | 'baseline' | 'benchmark' | 'judgement';

export interface EvidenceBasis {
  kind: EvidenceBasisKind;
  /** The reasoning or the figures, in a sentence or two. */
  note: string;
}

/**
 * One strength of evidence a rule can report, chosen from what was seen (e.g. a remote-desktop tool
 * installed within hours of delivery vs one install months later).
 */
export interface EvidenceLevel {
  /** What was seen that puts a finding at this level, in words for the rule's page. */
  description: string;
  /**
   * How much likelier this finding is for a fraudulent hire than for a legitimate one:
   * P(finding | fraud) / P(finding | legitimate). At least 1: a finding is never evidence of innocence.
   */
  likelihoodRatio: number;
  basis: EvidenceBasis;
  /** The severity of findings at this level, when it differs from the rule's. */
  severity?: Severity;
}

/** The level a finding has when its rule declares none. */
export const DEFAULT_LEVEL = 'default';

/**
 * Likelihood ratios for rules that declare no levels (custom rules written before levels existed), from
 * the finding's severity. They keep what each severity meant: `high` alone reaches review at the default
 * base rate and thresholds, `medium` needs corroboration, `critical` escalates.
 */
export const SEVERITY_LIKELIHOOD_RATIO: Readonly<Record<Severity, number>> = Object.freeze({
  info: 1.5,
  low: 3,
  medium: 8,
  high: 60,
  critical: 1_000,
});

/**
 * How evidence reads in words, from its likelihood ratio: `weak` (under 4), `moderate` (under 50: needs
 * a second, independent finding to reach review at the default base rate), `strong` (reaches review
 * alone), `decisive` (1,000 or more).
 */
export type EvidenceBand = 'weak' | 'moderate' | 'strong' | 'decisive';

/**
 * The band of a likelihood ratio.
 *
 * @example
 * bandOf(8) // 'moderate'
 */
export function bandOf(likelihoodRatio: number): EvidenceBand {
  if (likelihoodRatio >= 1_000) return 'decisive';
  if (likelihoodRatio >= 50) return 'strong';
  if (likelihoodRatio >= 4) return 'moderate';
  return 'weak';
}

/** One evidence level as a rule's page shows it: its ratio, how that reads, and whether it is the default. */
export interface LevelRow extends EvidenceLevel {
  id: string;
  isDefault: boolean;
  band: EvidenceBand;
}

/**
 * A rule's evidence levels as its pages show them, in declared order; `undefined` for a rule that
 * declares none, whose one level `default` takes its ratio from the severity ({@link impliedRatioText}).
 *
 * @example
 * levelRows(voipPhoneNumber.meta)?.[0]; // { id: 'carrier-voip', isDefault: true, likelihoodRatio: 4, band: 'moderate', ... }
 */
export function levelRows(meta: {
  levels?: Readonly<Record<string, EvidenceLevel>>;
  defaultLevel?: string;
}): LevelRow[] | undefined {
  if (!meta.levels) return undefined;
  return Object.entries(meta.levels).map(([id, level]) => ({
    id,
    isDefault: id === meta.defaultLevel,
    ...level,
    basis: { ...level.basis },
    band: bandOf(level.likelihoodRatio),
  }));
}

/**
 * What a rule without levels weighs, in words: "One level, default: likelihood ratio 8 (moderate), from
 * the finding's severity; the rule declares no levels of its own." `formatId` marks the level id up.
 */
export function impliedRatioText(severity: Severity, formatId: (id: string) => string = (id) => id): string {
  const ratio = SEVERITY_LIKELIHOOD_RATIO[severity];
  return `One level, ${formatId(DEFAULT_LEVEL)}: likelihood ratio ${ratio} (${bandOf(ratio)}), from the finding's severity; the rule declares no levels of its own.`;
}
