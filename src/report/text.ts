import type { Finding, Screening } from '../engine/types.js';
import type { BatchReport, Reject } from './batch.js';

const DECISION_WORDS = {
  clear: 'CLEAR: no action needed',
  review: 'REVIEW: a person should look at this profile',
  escalate: 'ESCALATE: route to the security team before any access or equipment is granted',
} as const;

function evidenceLines(finding: Finding): string[] {
  return Object.entries(finding.evidence).map(
    ([key, value]) => `      ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
}

function findingLines(finding: Finding, index: number): string[] {
  const points = finding.suppressed
    ? `suppressed by ${finding.suppressed.reviewer} until ${finding.suppressed.expiresOn}: ${finding.suppressed.reason}`
    : finding.counted
      ? `+${finding.contribution} points`
      : `0 points (a stronger finding of group "${finding.group}" counts)`;
  const lines = [
    `  ${index + 1}. [${finding.severity.toUpperCase()}] ${finding.message}`,
    `     rule: ${finding.ruleId}${finding.path ? `   field: ${finding.path}` : ''}   ${points}`,
  ];
  if (finding.related) {
    lines.push(
      `     linked profiles: ${finding.related.profileIds.join(', ')}${finding.related.clusterId ? ` (cluster ${finding.related.clusterId})` : ''}`,
    );
  }
  const evidence = evidenceLines(finding);
  if (evidence.length > 0) lines.push('     evidence:', ...evidence);
  lines.push(`     what to do: ${finding.mitigation}`);
  return lines;
}

/**
 * Renders one screening as plain text an HR analyst can read: the decision and why, then each finding
 * with its evidence and what to do, then what could not be checked.
 *
 * @example
 * console.log(formatScreeningText(screening));
 */
export function formatScreeningText(screening: Screening): string {
  const lines = [
    `Profile ${screening.profileId}: score ${screening.score}/100, ${DECISION_WORDS[screening.decision]}`,
    `  why: ${screening.decisionReasons.join('; ')}`,
  ];
  if (screening.findings.length === 0) lines.push('  No findings.');
  else {
    lines.push('  Findings:');
    screening.findings.forEach((finding, index) => lines.push(...findingLines(finding, index)));
  }
  const counts = { clear: 0, skipped: 0, error: 0 };
  for (const result of screening.ruleResults) if (result.status !== 'flagged') counts[result.status] += 1;
  lines.push(
    `  Checks: ${screening.ruleResults.length} run, ${screening.findings.length} finding(s), ${counts.clear} clear, ${counts.skipped} skipped for missing data, ${counts.error} failed.`,
  );
  for (const gap of screening.dataGaps)
    lines.push(`  Not checked without ${gap.field}: ${gap.rules.join(', ') || 'IP-based checks'}`);
  for (const result of screening.ruleResults) {
    if (result.status === 'error')
      lines.push(`  Check ${result.ruleId} failed: ${result.error?.message ?? 'unknown error'}`);
  }
  return lines.join('\n');
}

function rejectLine(reject: Reject): string {
  const where = reject.line === undefined ? `record ${reject.position + 1}` : `line ${reject.line}`;
  const who = reject.profileId ? ` (id "${reject.profileId}")` : '';
  return `  ${where}${who}: ${reject.issues.map((issue) => `${issue.path || '(record)'}: ${issue.message}`).join('; ')}`;
}

/**
 * Renders a batch report as text: the counts (which add up), each non-clear profile in full, and every
 * rejected record with its position and field paths.
 *
 * @example
 * console.log(formatBatchText(report));
 */
export function formatBatchText(report: BatchReport): string {
  const { summary } = report;
  const lines = [
    `hirescreen: ${summary.input} record(s) read, ${summary.screened} screened, ${summary.rejected} rejected.`,
    `Decisions: ${summary.decisions.escalate} escalate, ${summary.decisions.review} review, ${summary.decisions.clear} clear.`,
    `Rule set ${report.rulesetVersion}, as of ${report.asOf}.`,
    '',
  ];
  const flagged = report.screenings
    .filter((s) => s.decision !== 'clear')
    .sort((a, b) => b.score - a.score || a.profileId.localeCompare(b.profileId));
  for (const screening of flagged) lines.push(formatScreeningText(screening), '');
  const clear = report.screenings.filter((s) => s.decision === 'clear');
  if (clear.length > 0)
    lines.push(`Clear (${clear.length}): ${clear.map((s) => s.profileId).join(', ')}`, '');
  if (report.rejects.length > 0) {
    lines.push(`Rejected records (${report.rejects.length}):`, ...report.rejects.map(rejectLine), '');
  }
  return lines.join('\n');
}
