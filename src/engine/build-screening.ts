import { isoString } from '../_lib/iso-string.js';
import type { Profile } from '../schema/profile.js';
import { decide, type ScoringStrategy, type Thresholds } from '../scoring/noisy-or.js';
import type { Evaluation } from './evaluate.js';
import { materialize } from './materialize.js';
import type { Redactor } from './redact.js';
import type { ResolvedRule } from './rule-set.js';
import type { DataGap, Finding, RuleResult, Screening, Suppression } from './types.js';

export interface RuleRun {
  resolved: ResolvedRule;
  evaluation: Evaluation;
}

// One collator for the screening's text orderings: the same order as localeCompare, without its
// per-call setup.
const collator = new Intl.Collator();

const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 } as const;

function compareFindings(a: Finding, b: Finding): number {
  return (
    b.contribution - a.contribution ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.weight - a.weight ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    collator.compare(a.path ?? '', b.path ?? '') ||
    collator.compare(a.message, b.message)
  );
}

const byRuleId = (a: RuleResult, b: RuleResult): number =>
  a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;

/** Results in rule-id order; the screener runs rules in that order, so this is usually one pass. */
function inIdOrder(results: RuleResult[]): RuleResult[] {
  for (let i = 1; i < results.length; i++) {
    if (byRuleId(results[i - 1] as RuleResult, results[i] as RuleResult) > 0) return results.sort(byRuleId);
  }
  return results;
}

/** Assembles a screening from rule runs: findings scored and sorted, results listed, gaps named. */
export function buildScreening(input: {
  profile: Profile;
  runs: readonly RuleRun[];
  redact: Redactor;
  now: Date;
  thresholds: Thresholds;
  scoring: ScoringStrategy;
  rulesetVersion: string;
  suppressions: ReadonlyMap<string, Suppression>;
  failedProviders: readonly string[];
}): Screening {
  const findings: Finding[] = [];
  const ruleResults: RuleResult[] = [];
  const gaps = new Map<string, Set<string>>();

  for (const { resolved, evaluation } of input.runs) {
    const ruleId = resolved.rule.id;
    switch (evaluation.status) {
      case 'flagged': {
        const suppression = input.suppressions.get(ruleId);
        for (const draft of evaluation.drafts) {
          const finding = materialize(draft, resolved, input.redact);
          if (suppression) {
            const { reason, reviewer, expiresOn } = suppression;
            finding.suppressed = { reason, reviewer, expiresOn };
          }
          findings.push(finding);
        }
        ruleResults.push({ ruleId, status: 'flagged', findingCount: evaluation.drafts.length });
        break;
      }
      case 'clear':
        ruleResults.push({ ruleId, status: 'clear', findingCount: 0 });
        break;
      case 'skipped':
        ruleResults.push({ ruleId, status: 'skipped', findingCount: 0, missing: evaluation.missing });
        for (const field of evaluation.missing) gaps.set(field, (gaps.get(field) ?? new Set()).add(ruleId));
        break;
      case 'error':
        ruleResults.push({
          ruleId,
          status: 'error',
          findingCount: 0,
          error: { code: 'RULE_FAILED', message: input.redact(evaluation.message) },
        });
        break;
    }
  }
  for (const provider of input.failedProviders) {
    gaps.set(`IP intelligence from "${provider}" (the lookup failed)`, new Set());
  }

  // Score in a canonical order so the result never depends on rule order.
  findings.sort(compareFindings);
  const scored = input.scoring.score(
    findings.map((f) => ({ group: f.group, weight: f.weight, active: !f.suppressed })),
  );
  findings.forEach((finding, index) => {
    finding.contribution = scored.contributions[index] as number;
    finding.counted = scored.counted[index] as boolean;
  });
  findings.sort(compareFindings);

  const { decision, reasons } = decide(
    scored.score,
    findings.filter((f) => !f.suppressed),
    input.thresholds,
  );
  const dataGaps: DataGap[] = [...gaps]
    .map(([field, rules]) => ({ field, rules: [...rules].sort() }))
    .sort((a, b) => collator.compare(a.field, b.field));

  return {
    profileId: input.profile.id,
    score: scored.score,
    decision,
    decisionReasons: reasons,
    findings,
    ruleResults: inIdOrder(ruleResults),
    dataGaps,
    rulesetVersion: input.rulesetVersion,
    asOf: isoString(input.now),
  };
}
