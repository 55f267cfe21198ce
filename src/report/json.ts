import type { DataGap, Decision, Finding, RuleStatusResult, Screening } from '../engine/types.js';
import type { BatchReport } from './batch.js';

/**
 * How much of each screening a JSON report carries: `compact` (decision, findings, gaps and counts of
 * rule outcomes) or `full` (every rule's result as well).
 */
export type ReportDetail = 'compact' | 'full';

/** A screening without its per-rule results: what a reviewer and most programs read. */
export interface CompactScreening {
  profileId: string;
  score: number;
  decision: Decision;
  decisionReasons: string[];
  findings: Finding[];
  /** How many rules ended in each status; they add up to the rules in the rule set. */
  ruleCounts: Record<RuleStatusResult, number>;
  /** Rules that failed on this profile, with what went wrong; absent when none did. */
  ruleErrors?: Array<{ ruleId: string; message: string }>;
  dataGaps: DataGap[];
  notes?: string[];
}

/**
 * Serialises a screening or a batch report as stable JSON: keys in a fixed order, so the same input
 * gives the same bytes. The shape is documented in docs/report-format.md.
 *
 * @example
 * process.stdout.write(formatJson(screening));
 */
export function formatJson(value: Screening | BatchReport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A screening in the compact report form: `ruleResults` become `ruleCounts` (a clear or skipped rule is
 * a count, a failed one is listed), and the report-wide `rulesetVersion` and `asOf` are left to the
 * report's head. A 45-rule screening's results are most of its bytes, and all but a few say "clear" or
 * "skipped"; the skipped rules' missing data is still in `dataGaps`.
 *
 * @example
 * const compact = compactScreening(screening);
 * compact.ruleCounts; // { flagged: 2, clear: 31, skipped: 12, error: 0 }
 */
export function compactScreening(screening: Screening): CompactScreening {
  const ruleCounts: Record<RuleStatusResult, number> = { flagged: 0, clear: 0, skipped: 0, error: 0 };
  let ruleErrors: CompactScreening['ruleErrors'];
  for (const result of screening.ruleResults) {
    ruleCounts[result.status] += 1;
    if (result.status === 'error') {
      (ruleErrors ??= []).push({ ruleId: result.ruleId, message: result.error?.message ?? 'failed' });
    }
  }
  return {
    profileId: screening.profileId,
    score: screening.score,
    decision: screening.decision,
    decisionReasons: screening.decisionReasons,
    findings: screening.findings,
    ruleCounts,
    ...(ruleErrors && { ruleErrors }),
    dataGaps: screening.dataGaps,
    ...(screening.notes && { notes: screening.notes }),
  };
}
