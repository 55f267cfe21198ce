import { CollationRanks } from '../_lib/collation-ranks.js';
import { compareCodeUnits, sortInPlace } from '../_lib/sort-in-place.js';
import type { Profile } from '../schema/profile.js';
import { decide } from '../scoring/decide.js';
import type { ScoringInput, ScoringStrategy, Thresholds } from '../scoring/types.js';
import type { Evaluation } from './evaluate.js';
import { materialize } from './materialize.js';
import type { Redactor } from './redact.js';
import type { ResolvedRule } from './rule-set.js';
import type { DataGap, Finding, RuleResult, Screening, Suppression } from './types.js';
import { compareSeverity } from '../schema/severity.js';

// One collator for the screening's text orderings: the same order as localeCompare, without its
// per-call setup.
const collator = new Intl.Collator();

function compareFindings(a: Finding, b: Finding): number {
  return (
    b.contribution - a.contribution ||
    compareSeverity(b.severity, a.severity) ||
    b.likelihoodRatio - a.likelihoodRatio ||
    b.weight - a.weight ||
    compareCodeUnits(a.ruleId, b.ruleId) ||
    collator.compare(a.path ?? '', b.path ?? '') ||
    collator.compare(a.message, b.message)
  );
}

const byRuleId = (a: RuleResult, b: RuleResult): number => compareCodeUnits(a.ruleId, b.ruleId);

// Gap fields repeat from screening to screening: their collation order is kept, not recomputed.
const gapFieldOrder = new CollationRanks(collator);
const byField = (a: DataGap, b: DataGap): number => gapFieldOrder.compare(a.field, b.field);

const scoringInput = (finding: Finding): ScoringInput => ({
  group: finding.group,
  weight: finding.weight,
  likelihoodRatio: finding.likelihoodRatio,
  active: !finding.suppressed,
});

const isActive = (finding: Finding): boolean => !finding.suppressed;

/** The gap for `field`, if there is one yet (a screening has a handful: a list, not a map). */
function gapFor(gaps: readonly DataGap[], field: string): DataGap | undefined {
  for (const gap of gaps) if (gap.field === field) return gap;
  return undefined;
}

/** Notes that the rule `ruleId` lacked `field`, once, adding the gap in order of first mention. */
function addGap(gaps: DataGap[], field: string, ruleId: string): void {
  const gap = gapFor(gaps, field);
  // A new gap's list is a literal of one: an empty one grown by `push` would keep room for 16.
  if (gap === undefined) gaps.push({ field, rules: [ruleId] });
  else if (!gap.rules.includes(ruleId)) gap.rules.push(ruleId);
}

const errorResult = (ruleId: string, message: string): RuleResult => ({
  ruleId,
  status: 'error',
  findingCount: 0,
  error: { code: 'RULE_FAILED', message },
});

/**
 * A flagged rule's findings, or why they could not be made: what a rule put in its data can still
 * throw while its message is rendered (a value whose `toString` throws), and that is the rule's error,
 * not the screening's. Findings past the per-rule cap are counted on the last one kept.
 */
function materializeAll(
  evaluation: Extract<Evaluation, { status: 'flagged' }>,
  resolved: ResolvedRule,
  redact: Redactor,
): Finding[] | string {
  try {
    const made = evaluation.drafts.map((draft) => materialize(draft, resolved, redact));
    const last = made[made.length - 1];
    if (evaluation.omitted !== undefined && last !== undefined)
      last.evidence = { ...last.evidence, moreFindings: evaluation.omitted };
    return made;
  } catch (error) {
    return `rule returned a finding that could not be rendered: ${error instanceof Error ? error.message : 'unknown error'}`;
  }
}

/**
 * Assembles a screening from rule runs (`evaluations[i]` is the run of `rules[i]`): findings scored and
 * sorted, results listed, gaps named. Sorts are in place and allocation-free for the few findings and
 * gaps of a screening, and already-ordered lists (rules run in id order) cost one pass.
 */
export function buildScreening(input: {
  profile: Profile;
  rules: readonly ResolvedRule[];
  evaluations: readonly Evaluation[];
  redact: Redactor;
  /** The screening's as-of time, as an ISO timestamp. */
  asOf: string;
  thresholds: Thresholds;
  scoring: ScoringStrategy;
  rulesetVersion: string;
  suppressions: ReadonlyMap<string, Suppression>;
  failedProviders: readonly string[];
  /** Lookups that gave nothing (a domain's registration date), with the rules that wanted them. */
  lookupGaps?: readonly DataGap[];
  /** What the screening relied on besides the rules' findings, e.g. an employer's learned standard. */
  notes?: readonly string[];
}): Screening {
  const { rules, evaluations } = input;
  const findings: Finding[] = [];
  let anySuppressed = false;
  // Sized up front: one result per rule, and growing by `push` would allocate three arrays on the way.
  const ruleResults = new Array<RuleResult>(rules.length);
  const dataGaps: DataGap[] = [];

  for (let i = 0; i < rules.length; i++) {
    const resolved = rules[i] as ResolvedRule;
    const evaluation = evaluations[i] as Evaluation;
    const ruleId = resolved.rule.id;
    switch (evaluation.status) {
      case 'flagged': {
        const made = materializeAll(evaluation, resolved, input.redact);
        if (typeof made === 'string') {
          ruleResults[i] = errorResult(ruleId, input.redact(made));
          break;
        }
        const suppression = input.suppressions.get(ruleId);
        for (const finding of made) {
          if (suppression) {
            const { reason, reviewer, expiresOn } = suppression;
            finding.suppressed = { reason, reviewer, expiresOn };
            anySuppressed = true;
          }
          findings.push(finding);
        }
        const findingCount = evaluation.drafts.length + (evaluation.omitted ?? 0);
        ruleResults[i] = { ruleId, status: 'flagged', findingCount };
        break;
      }
      case 'clear':
        ruleResults[i] = { ruleId, status: 'clear', findingCount: 0 };
        break;
      case 'skipped':
        ruleResults[i] = { ruleId, status: 'skipped', findingCount: 0, missing: evaluation.missing };
        for (const field of evaluation.missing) addGap(dataGaps, field, ruleId);
        break;
      case 'error':
        ruleResults[i] = errorResult(ruleId, input.redact(evaluation.message));
        break;
    }
  }
  for (const provider of input.failedProviders) {
    const field = `IP intelligence from "${provider}" (the lookup failed)`;
    const gap = gapFor(dataGaps, field);
    if (gap === undefined) dataGaps.push({ field, rules: [] });
    else gap.rules = [];
  }

  if (input.lookupGaps !== undefined)
    for (const { field, rules } of input.lookupGaps)
      for (const ruleId of rules) addGap(dataGaps, field, ruleId);

  // Score in a canonical order so the result never depends on rule order.
  sortInPlace(findings, compareFindings);
  const scored = input.scoring.score(findings.map(scoringInput));
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    finding.contribution = scored.contributions[i] as number;
    finding.counted = scored.counted[i] as boolean;
  }
  sortInPlace(findings, compareFindings);

  // `decide` only reads the findings it is given; most screenings have none suppressed.
  const { decision, reasons } = decide(
    scored.score,
    anySuppressed ? findings.filter(isActive) : findings,
    input.thresholds,
    input.scoring.describe?.(scored),
  );
  for (const gap of dataGaps) sortInPlace(gap.rules, compareCodeUnits);
  sortInPlace(dataGaps, byField);

  return {
    profileId: input.profile.id,
    score: scored.score,
    decision,
    decisionReasons: reasons,
    findings,
    ruleResults: sortInPlace(ruleResults, byRuleId),
    dataGaps,
    rulesetVersion: input.rulesetVersion,
    asOf: input.asOf,
    ...(input.notes !== undefined && input.notes.length > 0 && { notes: [...input.notes] }),
  };
}
