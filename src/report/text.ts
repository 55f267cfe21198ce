import type { Finding, Screening } from '../engine/types.js';
import type { Cluster, ClusterTie } from '../links/cluster.js';
import type { Farm } from '../links/networks/types.js';
import { foldTies, groupOf } from './_lib/groups.js';
import { visibleControls } from './_lib/escape.js';
import { evidenceRows } from './_lib/evidence-labels.js';
import { clusterTitle, shownTies, tieText } from './_lib/ties.js';
import type { BatchReport, Reject } from './batch.js';
import { digestOf, type DigestOptions, type ReportDigest, type RosterGap } from './digest.js';

const DECISION_WORDS = {
  clear: 'CLEAR: no action needed',
  review: 'REVIEW: a person should look at this profile',
  escalate: 'ESCALATE: route to the security team before any access or equipment is granted',
} as const;

function evidenceLines(finding: Finding): string[] {
  return evidenceRows(finding.evidence).map(({ label, value }) => `      ${label}: ${value}`);
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

export interface ScreeningTextOptions {
  /**
   * `list` (the default) names each missing field and the checks it blocked; `count` gives one line
   * and points at the roster's "Data gaps" section, for roster reports.
   */
  dataGaps?: 'list' | 'count';
}

/**
 * Renders one screening as plain text an HR analyst can read: the decision and why, then each finding
 * with its evidence and what to do, then what could not be checked.
 *
 * @example
 * console.log(formatScreeningText(screening));
 */
export function formatScreeningText(screening: Screening, options: ScreeningTextOptions = {}): string {
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
  if (options.dataGaps === 'count') {
    if (screening.dataGaps.length > 0) lines.push(`  ${gapCount(screening)}; see "Data gaps" below.`);
  } else {
    for (const gap of screening.dataGaps)
      lines.push(`  Not checked without ${gap.field}: ${gap.rules.join(', ') || 'IP-based checks'}`);
  }
  for (const result of screening.ruleResults) {
    if (result.status === 'error')
      lines.push(`  Check ${result.ruleId} failed: ${result.error?.message ?? 'unknown error'}`);
  }
  return lines.map(visibleControls).join('\n');
}

/** "Data missing for 7 check(s): 8 field(s) absent" for one profile. */
export function gapCount(screening: Screening): string {
  const rules = new Set(screening.dataGaps.flatMap((gap) => gap.rules));
  return `Data missing: ${screening.dataGaps.length} field(s) absent, ${rules.size} check(s) not run`;
}

/** "claimed.lat: missing in 11 of 11 profiles; blocks login-far-from-home" */
export function rosterGapLine(gap: RosterGap, screened: number): string {
  return `${gap.field}: missing in ${gap.profiles} of ${screened} profile(s); blocks ${gap.rules.join(', ') || 'IP-based checks'}`;
}

/** One rejected record in words: where it was and which fields were wrong. */
export function rejectLine(reject: Reject): string {
  const where = reject.line === undefined ? `record ${reject.position + 1}` : `line ${reject.line}`;
  const who = reject.profileId ? ` (id "${reject.profileId}")` : '';
  return `  ${where}${who}: ${reject.issues.map((issue) => `${issue.path || '(record)'}: ${issue.message}`).join('; ')}`;
}

function tieLines(ties: readonly ClusterTie[], indent: string): string[] {
  const { shown, folded } = foldTies(ties);
  return [
    ...shown.map((tie) => `${indent}shared ${visibleControls(tieText(tie))}: ${tie.profileIds.join(', ')}`),
    ...(folded ? [`${indent}${visibleControls(folded)}`] : []),
  ];
}

function farmLines(farm: Farm, indent: string): string[] {
  return [
    `${indent}${visibleControls(farm.headline)}`,
    `${indent}  suspicion ${farm.suspicion}/100, ${farm.severity.toUpperCase()} (${farm.id}): ${farm.explanation}`,
    `${indent}  members: ${farm.members.join(', ')}`,
    ...tieLines(farm.ties, `${indent}  `),
  ];
}

function clusterLines(cluster: Cluster, investigation: ReportDigest['investigation']): string[] {
  const group = groupOf(investigation, cluster);
  const old = `suspicion ${cluster.suspicion}/100, ${cluster.severity.toUpperCase()} (cluster ${cluster.id})`;
  const flat = group ? `    as a flat cluster: ${old}` : `    ${old}`;
  if (group?.kind === 'farm')
    return [`  ${visibleControls(group.farm.headline)}`, ...farmLines(group.farm, '  ').slice(1), flat];
  if (group?.kind === 'network') {
    const { network } = group;
    return [
      `  ${visibleControls(network.headline)}`,
      `    suspicion ${network.suspicion}/100, ${network.severity.toUpperCase()} (${network.id}): ${network.explanation}`,
      flat,
      ...tieLines(network.ties, '    joined by: '),
      ...network.farms.flatMap((farm) => farmLines(farm, '    ')),
      ...(network.unaffiliated.length > 0 ? [`    in no farm: ${network.unaffiliated.join(', ')}`] : []),
    ];
  }
  return [
    `  ${clusterTitle(cluster)}`,
    flat,
    `    members: ${cluster.members.join(', ')}`,
    ...shownTies(cluster).map((tie) => `    shared ${tieText(tie)}: ${tie.profileIds.join(', ')}`),
  ];
}

/**
 * Renders a report digest as text: the counts (which add up), the clusters of linked profiles, each
 * non-clear profile in full, the clear profiles' ids and every rejected record with its position and
 * field paths.
 *
 * @example
 * console.log(formatDigestText(builder.finish(meta)));
 */
export function formatDigestText(digest: ReportDigest): string {
  const { summary } = digest;
  const lines = [
    `hirescreen: ${summary.input} record(s) read, ${summary.screened} screened, ${summary.rejected} rejected.`,
    `Decisions: ${summary.decisions.escalate} escalate, ${summary.decisions.review} review, ${summary.decisions.clear} clear.`,
    `Rule set ${digest.rulesetVersion}, as of ${digest.asOf}.`,
    '',
  ];
  if (digest.clusters.length > 0) {
    lines.push(
      `Clusters (${digest.clusters.length}): profiles tied together by shared attributes, a sign of one operator or a laptop farm`,
    );
    for (const cluster of digest.clusters) lines.push(...clusterLines(cluster, digest.investigation));
    lines.push('');
  }
  // A screening's text has its controls made visible already, so its only newlines are the report's own.
  const screeningLines = (screening: Screening): string[] =>
    formatScreeningText(screening, { dataGaps: 'count' }).split('\n');
  for (const screening of digest.flagged) lines.push(...screeningLines(screening), '');
  if (digest.belowReview?.count === 0) lines.push('Below review: no clear profile has any finding.', '');
  if (digest.belowReview && digest.belowReview.count > 0) {
    const { count, screenings } = digest.belowReview;
    lines.push(
      `Below review (${count}): clear profiles with findings that did not add up to the review threshold`,
      '',
    );
    for (const screening of screenings) lines.push(...screeningLines(screening), '');
    if (count > screenings.length)
      lines.push(`  and ${count - screenings.length} more (--format json lists every finding)`, '');
  }
  if (digest.gaps.length > 0) {
    lines.push(
      `Data gaps (${digest.gaps.length} field(s)): checks that could not run because the roster lacks the data`,
      ...digest.gaps.map((gap) => `  ${rosterGapLine(gap, summary.screened)}`),
      '',
    );
  }
  const { clear } = digest;
  if (clear.count > 0) {
    const more = clear.count - clear.ids.length;
    lines.push(
      `Clear (${clear.count}): ${clear.ids.join(', ')}${more > 0 ? `, and ${more} more (--format json lists every profile)` : ''}`,
      '',
    );
  }
  if (digest.rejects.length > 0) {
    lines.push(`Rejected records (${digest.rejects.length}):`, ...digest.rejects.map(rejectLine), '');
  }
  return lines.map(visibleControls).join('\n');
}

/**
 * Renders a batch report as text (see {@link formatDigestText}).
 *
 * @example
 * console.log(formatBatchText(report));
 */
export function formatBatchText(report: BatchReport, options: DigestOptions = {}): string {
  return formatDigestText(digestOf(report, options));
}
