import type { Finding, Screening } from '../engine/types.js';
import { attributeLabel, type Cluster, type ClusterTie } from '../links/cluster.js';
import type { Farm } from '../links/networks/types.js';
import { foldTies, groupOf } from './_lib/groups.js';
import { clusterTitle } from './_lib/ties.js';
import { escapeMarkdown as m } from './_lib/escape.js';
import { evidenceRows } from './_lib/evidence-labels.js';
import type { ReportDigest } from './digest.js';
import { gapCount, rejectLine } from './text.js';

const DECISION = { clear: 'CLEAR', review: 'REVIEW', escalate: 'ESCALATE' } as const;

function bar(count: number, max: number): string {
  return count === 0 ? '' : '█'.repeat(Math.max(1, Math.round((count / max) * 30)));
}

function findingLines(finding: Finding, index: number): string[] {
  const points = finding.suppressed
    ? `suppressed by ${finding.suppressed.reviewer} until ${finding.suppressed.expiresOn}`
    : finding.counted
      ? `+${finding.contribution} points`
      : `0 points (group ${finding.group} counts once)`;
  const lines = [
    `${index + 1}. **${finding.severity.toUpperCase()}** ${m(finding.message)}`,
    `   - rule \`${finding.ruleId}\`${finding.path ? `, field \`${finding.path.replace(/`/g, '')}\`` : ''}, ${m(points)}`,
  ];
  if (finding.related) lines.push(`   - linked profiles: ${m(finding.related.profileIds.join(', '))}`);
  for (const { label, value } of evidenceRows(finding.evidence)) lines.push(`   - ${m(label)}: ${m(value)}`);
  lines.push(`   - **What to do:** ${m(finding.mitigation)}`);
  return lines;
}

function profileLines(screening: Screening): string[] {
  return [
    `### ${m(screening.profileId)}: score ${screening.score}/100, ${DECISION[screening.decision]}`,
    '',
    `Why: ${m(screening.decisionReasons.join('; '))}`,
    '',
    ...screening.findings.flatMap(findingLines),
    ...(screening.dataGaps.length > 0 ? ['', `${m(gapCount(screening))}; see Data gaps below.`] : []),
    '',
  ];
}

function tieTable(ties: readonly ClusterTie[]): string[] {
  const { shown, folded } = foldTies(ties);
  return [
    '| shared | value (masked) | severity | profiles |',
    '| --- | --- | --- | --- |',
    ...shown.map(
      (tie) =>
        `| ${m(attributeLabel(tie.attribute))} | ${tie.attribute === 'resume' ? `${tie.pairs ?? 1} similar pair(s)` : m(tie.displayKey)} | ${tie.severity} | ${m(tie.profileIds.join(', '))} |`,
    ),
    ...(folded ? ['', m(folded)] : []),
    '',
  ];
}

function farmBlock(farm: Farm, level: string): string[] {
  return [
    `${level} ${m(farm.headline)}`,
    '',
    `Suspicion ${farm.suspicion}/100, ${farm.severity}; \`${farm.id}\`. ${m(farm.explanation)}`,
    '',
    `Members: ${m(farm.members.join(', '))}`,
    '',
    ...tieTable(farm.ties),
  ];
}

function clusterBlock(cluster: Cluster, investigation: ReportDigest['investigation']): string[] {
  const group = groupOf(investigation, cluster);
  const flat = `As a flat cluster: suspicion ${cluster.suspicion}/100, ${cluster.severity}; cluster \`${cluster.id}\`.`;
  if (group?.kind === 'farm') return [...farmBlock(group.farm, '###'), flat, ''];
  if (group?.kind === 'network') {
    const { network } = group;
    return [
      `### ${m(network.headline)}`,
      '',
      `Suspicion ${network.suspicion}/100, ${network.severity}; \`${network.id}\`. ${m(network.explanation)}`,
      '',
      flat,
      '',
      'Joined by:',
      '',
      ...tieTable(network.ties),
      ...network.farms.flatMap((farm) => farmBlock(farm, '####')),
      ...(network.unaffiliated.length > 0 ? [`In no farm: ${m(network.unaffiliated.join(', '))}`, ''] : []),
    ];
  }
  return [
    `### ${m(clusterTitle(cluster))}`,
    '',
    `Suspicion ${cluster.suspicion}/100, ${cluster.severity}; cluster \`${cluster.id}\`.`,
    '',
    `Members: ${m(cluster.members.join(', '))}`,
    '',
    ...tieTable(cluster.attributes),
  ];
}

/**
 * Renders a report digest as GitHub-flavoured Markdown (for tickets and wikis): counts, a score
 * histogram as a table, clusters with their shared attributes, and each flagged profile's findings.
 * All input text is escaped, so a profile cannot inject links, HTML or table breaks.
 *
 * @example
 * await writeFile('report.md', formatMarkdown(builder.finish(meta)));
 */
export function formatMarkdown(digest: ReportDigest): string {
  const { summary } = digest;
  const max = Math.max(1, ...digest.histogram);
  const lines = [
    '# hirescreen report',
    '',
    `Rule set \`${digest.rulesetVersion}\`, as of ${digest.asOf}. Every outcome is a prompt for human review.`,
    '',
    '| records read | screened | rejected | escalate | review | clear | clusters |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${summary.input} | ${summary.screened} | ${summary.rejected} | ${summary.decisions.escalate} | ${summary.decisions.review} | ${summary.decisions.clear} | ${digest.clusters.length} |`,
    '',
    '## Scores',
    '',
    '| score | profiles | |',
    '| --- | ---: | --- |',
    ...digest.histogram.map(
      (count, i) => `| ${i === 9 ? '90-100' : `${i * 10}-${i * 10 + 9}`} | ${count} | ${bar(count, max)} |`,
    ),
    '',
    '## Clusters',
    '',
  ];
  if (digest.clusters.length === 0)
    lines.push('No profiles are tied together by suspicious shared attributes.', '');
  for (const cluster of digest.clusters) lines.push(...clusterBlock(cluster, digest.investigation));
  lines.push(`## Flagged profiles (${digest.flagged.length})`, '');
  if (digest.flagged.length === 0) lines.push('No profile needs review.', '');
  for (const screening of digest.flagged) lines.push(...profileLines(screening));
  if (digest.belowReview) {
    const { count, screenings } = digest.belowReview;
    lines.push(`## Below review (${count})`, '');
    if (count === 0) lines.push('No clear profile has any finding.', '');
    else lines.push('Clear profiles with findings that did not add up to the review threshold.', '');
    for (const screening of screenings) lines.push(...profileLines(screening));
    if (count > screenings.length)
      lines.push(`And ${count - screenings.length} more in the JSON report.`, '');
  }
  if (digest.gaps.length > 0) {
    lines.push(
      '## Data gaps',
      '',
      'Checks that could not run because profiles lack the data.',
      '',
      '| missing data | profiles lacking it | checks it blocked |',
      '| --- | ---: | --- |',
      ...digest.gaps.map(
        (gap) =>
          `| ${m(gap.field)} | ${gap.profiles} of ${summary.screened} | ${m(gap.rules.join(', ') || 'IP-based checks')} |`,
      ),
      '',
    );
  }
  if (digest.clear.count > 0) {
    const more = digest.clear.count - digest.clear.ids.length;
    lines.push(
      `## Clear (${digest.clear.count})`,
      '',
      `${m(digest.clear.ids.join(', '))}${more > 0 ? `, and ${more} more` : ''}`,
      '',
    );
  }
  if (digest.rejects.length > 0) {
    lines.push(
      `## Rejected records (${digest.rejects.length})`,
      '',
      ...digest.rejects.map((r) => `- ${m(rejectLine(r).trim())}`),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
