import { compareCodeUnits, sortInPlace } from '../_lib/sort-in-place.js';
import type { Decision, Severity } from '../engine/types.js';
import type { Thresholds } from './types.js';

/**
 * Routes a screening: `escalate` at or above the escalate threshold or on any counted critical
 * finding, `review` at or above the review threshold, else `clear`. There is no "reject": a person
 * always decides. `meaning`, when given, says what the score stands for (e.g. the posterior
 * probability) and is added to the score's reason.
 *
 * @example
 * decide(45, [], { review: 20, escalate: 80 }) // { decision: 'review', reasons: ['score 45 is at or above the review threshold (20)'] }
 */
export function decide(
  score: number,
  critical: ReadonlyArray<{ ruleId: string; severity: Severity }>,
  thresholds: Thresholds,
  meaning?: string,
): { decision: Decision; reasons: string[] } {
  let decision: Decision = 'clear';
  let scoreReason: string;
  const what = meaning === undefined ? `score ${score}` : `score ${score} (${meaning})`;
  if (score >= thresholds.escalate) {
    decision = 'escalate';
    scoreReason = `${what} is at or above the escalate threshold (${thresholds.escalate})`;
  } else if (score >= thresholds.review) {
    decision = 'review';
    scoreReason = `${what} is at or above the review threshold (${thresholds.review})`;
  } else scoreReason = `${what} is below the review threshold (${thresholds.review})`;
  const criticalIds = criticalRuleIds(critical);
  if (criticalIds === undefined) return { decision, reasons: [scoreReason] };
  const criticalReason = `critical finding: ${criticalIds.join(', ')}`;
  // A critical finding escalates whatever the score; a score below review then says nothing useful.
  return {
    decision: 'escalate',
    reasons: decision === 'clear' ? [criticalReason] : [scoreReason, criticalReason],
  };
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
