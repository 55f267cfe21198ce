import type { Finding, Screening } from '../engine/types.js';
import { attributeLabel, type Cluster } from '../links/cluster.js';
import { escapeHtml as e } from './_lib/escape.js';
import { evidenceRows } from './_lib/evidence-labels.js';
import { clusterTitle, shownTies, type ShownTie } from './_lib/ties.js';
import { foldTies, groupOf } from './_lib/groups.js';
import type { Farm, Network } from '../links/networks/types.js';
import type { ClusterTie } from '../links/cluster.js';
import { layoutBipartite, type GraphEdge, type GraphNode, type PlacedNode } from './_lib/graph-layout.js';
import type { ReportDigest } from './digest.js';
import { gapCount, rejectLine } from './text.js';

/** Clusters drawn as graphs, members per graph, and flagged profiles written out, before a note says "more". */
export const HTML_LIMITS = { clusters: 12, members: 60, profiles: 1000, rejects: 1000 };

const SEVERITY_FILL = {
  critical: '#a4161a',
  high: '#d1495b',
  medium: '#c77d00',
  low: '#3d7ea6',
  info: '#5b6475',
} as const;

const DECISION = {
  clear: 'Clear: no action needed',
  review: 'Review: a person should look at this profile',
  escalate: 'Escalate: route to the security team before any access or equipment is granted',
} as const;

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;margin:0;background:#f6f7f9}
main{max-width:1400px;margin:0 auto;padding:24px 32px;box-sizing:border-box}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #d9dde5;padding-bottom:4px}
h3{font-size:16px;margin:0 0 6px}.muted{color:#5b6475;font-size:13px}.ref{color:#5b6475;font-size:12px;font-weight:400;font-family:ui-monospace,monospace}
.overview{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,660px);gap:16px 24px;align-items:start}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:10px}.card{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:10px 14px}
.card b{display:block;font-size:22px}.escalate{color:#a4161a}.review{color:#9a6700}.clear{color:#1a7f37}
svg{background:#fff;border:1px solid #d9dde5;border-radius:6px;max-width:100%;height:auto;display:block}
.profile-card,.cluster{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:12px 16px;margin:12px 0}
.cluster-body{display:grid;grid-template-columns:minmax(0,760px) minmax(0,1fr);gap:16px;align-items:start}
.badge{display:inline-block;white-space:nowrap;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff;background:#5b6475}
.sev-critical{background:#a4161a}.sev-high{background:#d1495b}.sev-medium{background:#c77d00}.sev-low{background:#3d7ea6}.sev-info{background:#5b6475}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #d9dde5;padding:4px 8px;text-align:left;vertical-align:top;font-size:14px;overflow-wrap:break-word}th{background:#eef0f4}
ol.findings{padding-left:24px}ol.findings>li{margin:10px 0;padding-top:8px;border-top:1px solid #eef0f4}
.finding{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:4px 24px}.finding>:not(.evidence){grid-column:1}.finding>.evidence{grid-column:2;grid-row:1 / span 4;align-self:start;align-content:start}
dl{margin:0;display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 10px;font-size:13px;background:#f8f9fb;border-radius:4px;padding:6px 10px}dt{color:#5b6475}dd{margin:0;overflow-wrap:anywhere}
.todo{background:#eef4ff;border-left:3px solid #3d7ea6;padding:4px 8px;margin-top:4px}
.ids{overflow-wrap:anywhere}
/* A 20k roster's report holds ~600 flagged profiles and 4,000 findings: Chromium lays out only those near the viewport. */
.profile-card,section.cluster{content-visibility:auto;contain-intrinsic-size:auto 600px}
details.farm{border:1px solid #d9dde5;border-radius:6px;padding:6px 10px;margin:8px 0;background:#fbfbfd}details.farm>summary{cursor:pointer;font-weight:600}
h4{font-size:14px;margin:12px 0 4px}.dot{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px}
table.members{font-size:13px}table.members td,table.members th{padding:2px 6px;font-size:13px}
@media (max-width:1100px){.overview,.cluster-body,.finding{grid-template-columns:minmax(0,1fr)}.finding>.evidence{grid-column:1;grid-row:auto}main{padding:16px}}
`;

function histogramSvg(histogram: readonly number[]): string {
  const width = 640;
  const height = 220;
  const left = 40;
  const bottom = 30;
  const top = 20;
  const max = Math.max(1, ...histogram);
  const slot = (width - left - 10) / histogram.length;
  const bars = histogram.map((count, i) => {
    const h = count === 0 ? 0 : Math.max(2, ((height - top - bottom) * count) / max);
    const x = left + i * slot + 4;
    const y = height - bottom - h;
    const color = i >= 7 ? '#a4161a' : i >= 4 ? '#c77d00' : '#1a7f37';
    const band = i === 9 ? '90-100' : `${i * 10}-${i * 10 + 9}`;
    return (
      `<g class="bar"><title>${e(`score ${band}: ${count} profile(s)`)}</title>` +
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot - 8).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"/>` +
      `<text x="${(x + (slot - 8) / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="11">${count}</text>` +
      `<text x="${(x + (slot - 8) / 2).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle" font-size="11">${band}</text></g>`
    );
  });
  return (
    `<svg id="histogram" role="img" aria-label="Profiles per score band" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<line x1="${left}" y1="${height - bottom}" x2="${width - 6}" y2="${height - bottom}" stroke="#5b6475"/>` +
    `<text x="${left}" y="${height - 4}" font-size="11" fill="#5b6475">score</text>` +
    `<text x="4" y="${top}" font-size="11" fill="#5b6475">profiles</text>` +
    `${bars.join('')}</svg>`
  );
}

function clusterSvg(cluster: Cluster, decisions: ReadonlyMap<string, Screening>): string {
  return tieGraphSvg(cluster.id, cluster.members, shownTies(cluster), decisions);
}

/** A graph's edges as SVG lines between their laid-out ends. */
function edgeLines(edges: readonly GraphEdge[], at: ReadonlyMap<string, PlacedNode>): string[] {
  return edges.map((edge) => {
    const a = at.get(edge.from);
    const b = at.get(edge.to);
    return a && b
      ? `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#9aa3b2" stroke-width="1.5"/>`
      : '';
  });
}

/** One shared key as a graph node: a square in its severity's colour, named, with its value shortened. */
function tieNode(
  tie: Pick<ShownTie, 'attribute' | 'displayKey' | 'profileIds' | 'severity'> & { pairs?: number },
  node: PlacedNode | undefined,
): string {
  if (!node) return '';
  const name = attributeLabel(tie.attribute);
  const value = tie.attribute === 'resume' ? `${tie.pairs ?? 1} similar pair(s)` : tie.displayKey;
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return (
    `<g class="node attribute"><title>${e(`${name}: ${value} (${tie.profileIds.length} profiles, ${tie.severity})`)}</title>` +
    `<rect x="${node.x - 9}" y="${node.y - 9}" width="18" height="18" rx="3" fill="${SEVERITY_FILL[tie.severity]}"/>` +
    `<text x="${node.x - 16}" y="${node.y - 2}" text-anchor="end" font-size="12" font-weight="600">${e(name)}</text>` +
    `<text x="${node.x - 16}" y="${node.y + 12}" text-anchor="end" font-size="11" fill="#5b6475">${e(short)}</text></g>`
  );
}

function tieGraphSvg(
  groupId: string,
  allMembers: readonly string[],
  ties: readonly ShownTie[],
  decisions: ReadonlyMap<string, Screening>,
): string {
  const cluster = { id: groupId, members: allMembers };
  const members = allMembers.slice(0, HTML_LIMITS.members);
  const shown = new Set(members);
  const nodes: GraphNode[] = [
    ...ties.map((_, i) => ({ id: `tie-${i}`, kind: 'attribute' as const })),
    ...members.map((id) => ({ id: `p-${id}`, kind: 'profile' as const })),
  ];
  const edges: GraphEdge[] = ties.flatMap((tie, i) =>
    tie.profileIds.filter((id) => shown.has(id)).map((id) => ({ from: `p-${id}`, to: `tie-${i}` })),
  );
  const width = 760;
  const layout = layoutBipartite(nodes, edges, {
    width,
    rowHeight: 34,
    margin: 16,
    columns: { attribute: 300, profile: 540 },
  });
  const at = new Map(layout.nodes.map((node) => [node.id, node]));
  const lines = edgeLines(edges, at);
  const tieNodes = ties.map((tie, i) => tieNode(tie, at.get(`tie-${i}`)));
  const profiles = members.map((id) => {
    const node = at.get(`p-${id}`);
    if (!node) return '';
    const screening = decisions.get(id);
    const fill =
      screening?.decision === 'escalate'
        ? '#a4161a'
        : screening?.decision === 'review'
          ? '#c77d00'
          : '#1a7f37';
    const label = `${id}${screening ? ` (${screening.score}, ${screening.decision})` : ' (clear)'}`;
    return (
      `<g class="node profile" data-profile="${e(id)}"><title>${e(label)}</title>` +
      `<circle cx="${node.x}" cy="${node.y}" r="10" fill="${fill}" stroke="#fff" stroke-width="2"/>` +
      `<text x="${node.x + 16}" y="${node.y + 4}" font-size="12">${e(label)}</text></g>`
    );
  });
  return (
    `<svg class="cluster-graph" data-cluster="${e(cluster.id)}" role="img" aria-label="${e(`Cluster ${cluster.id}: ${cluster.members.length} linked profiles`)}" viewBox="0 0 ${width} ${layout.height}" width="${width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg">` +
    `${lines.join('')}${tieNodes.join('')}${profiles.join('')}</svg>`
  );
}

function clusterSection(cluster: Cluster, decisions: ReadonlyMap<string, Screening>): string {
  const more = cluster.members.length - HTML_LIMITS.members;
  const rows = shownTies(cluster)
    .map(
      (tie) =>
        `<tr><td>${e(attributeLabel(tie.attribute))}</td><td>${e(tie.attribute === 'resume' ? `${tie.pairs ?? 1} similar pair(s)` : tie.displayKey)}</td><td><span class="badge sev-${e(tie.severity)}">${e(tie.severity)}</span></td><td>${e(tie.profileIds.join(', '))}</td></tr>`,
    )
    .join('');
  return (
    `<section class="cluster" id="${e(cluster.id)}"><h3 class="cluster-title">${e(clusterTitle(cluster))} <span class="badge sev-${e(cluster.severity)}">${e(cluster.severity)}</span></h3>` +
    `<p class="muted">Suspicion ${cluster.suspicion}/100 <span class="ref">cluster ${e(cluster.id)}</span></p>` +
    `<div class="cluster-body"><div>${clusterSvg(cluster, decisions)}` +
    (more > 0
      ? `<p class="muted">The graph shows ${HTML_LIMITS.members} of ${cluster.members.length} members; the table lists all.</p>`
      : '') +
    `</div><table><thead><tr><th>shared</th><th>value (masked)</th><th>severity</th><th>profiles</th></tr></thead><tbody>${rows}</tbody></table></div></section>`
  );
}

function decisionFill(screening: Screening | undefined): string {
  return screening?.decision === 'escalate'
    ? '#a4161a'
    : screening?.decision === 'review'
      ? '#c77d00'
      : '#1a7f37';
}

/** A network at a glance: its farms as boxes, the identity material joining them as squares. */
function networkSvg(network: Network): string {
  const groups = [
    ...network.farms.map((farm) => ({
      id: farm.id,
      label: `${farm.members.length} profiles, ${farm.reading}`,
      members: new Set(farm.members),
      severity: farm.severity,
    })),
    ...(network.unaffiliated.length > 0
      ? [
          {
            id: 'loose',
            label: `${network.unaffiliated.length} in no farm`,
            members: new Set(network.unaffiliated),
            severity: 'info' as const,
          },
        ]
      : []),
  ];
  const { shown: ties } = foldTies(network.ties, 12);
  const nodes: GraphNode[] = [
    ...ties.map((_, i) => ({ id: `tie-${i}`, kind: 'attribute' as const })),
    ...groups.map((g) => ({ id: `g-${g.id}`, kind: 'profile' as const })),
  ];
  const edges: GraphEdge[] = ties.flatMap((tie, i) =>
    groups
      .filter((g) => tie.profileIds.some((id) => g.members.has(id)))
      .map((g) => ({ from: `g-${g.id}`, to: `tie-${i}` })),
  );
  const width = 760;
  const layout = layoutBipartite(nodes, edges, {
    width,
    rowHeight: 40,
    margin: 18,
    columns: { attribute: 300, profile: 520 },
  });
  const at = new Map(layout.nodes.map((node) => [node.id, node]));
  const lines = edgeLines(edges, at);
  const tieNodes = ties.map((tie, i) => tieNode(tie, at.get(`tie-${i}`)));
  const boxes = groups.map((g) => {
    const node = at.get(`g-${g.id}`);
    if (!node) return '';
    return (
      `<g class="node group" data-group="${e(g.id)}"><title>${e(`${g.id}: ${g.label}`)}</title>` +
      `<rect x="${node.x - 10}" y="${node.y - 14}" width="220" height="28" rx="6" fill="#fff" stroke="${SEVERITY_FILL[g.severity]}" stroke-width="2"/>` +
      `<text x="${node.x}" y="${node.y + 4}" font-size="12">${e(`${g.id === 'loose' ? '' : `${g.id.slice(0, 13)}… `}${g.label}`)}</text></g>`
    );
  });
  return (
    `<svg class="network-graph" data-network="${e(network.id)}" role="img" aria-label="${e(`Network ${network.id}: ${network.farms.length} farms`)}" viewBox="0 0 ${width} ${layout.height}" width="${width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg">` +
    `${lines.join('')}${tieNodes.join('')}${boxes.join('')}</svg>`
  );
}

function tieRows(ties: readonly ClusterTie[]): string {
  const { shown, folded } = foldTies(ties);
  return (
    `<table class="ties"><thead><tr><th>shared</th><th>value (masked)</th><th>severity</th><th>profiles</th></tr></thead><tbody>` +
    shown
      .map(
        (tie) =>
          `<tr><td>${e(attributeLabel(tie.attribute))}</td><td>${e(tie.attribute === 'resume' ? `${tie.pairs ?? 1} similar pair(s)` : tie.displayKey)}</td><td><span class="badge sev-${e(tie.severity)}">${e(tie.severity)}</span></td><td>${tie.profileIds.length}</td></tr>`,
      )
      .join('') +
    `</tbody></table>${folded ? `<p class="muted">${e(folded)}</p>` : ''}`
  );
}

function farmDetails(farm: Farm, decisions: ReadonlyMap<string, Screening>, open: boolean): string {
  const more = farm.members.length - HTML_LIMITS.members;
  return (
    `<details class="farm" id="${e(farm.id)}"${open ? ' open' : ''}><summary><span class="badge sev-${e(farm.severity)}">${e(farm.severity)}</span> ${e(farm.headline)}</summary>` +
    `<p class="muted">Suspicion ${farm.suspicion}/100. ${e(farm.explanation)} <span class="ref">${e(farm.id)}</span></p>` +
    tieGraphSvg(farm.id, farm.members, foldTies(farm.ties, 8).shown, decisions) +
    (more > 0
      ? `<p class="muted">The graph shows ${HTML_LIMITS.members} of ${farm.members.length} members; the table lists all.</p>`
      : '') +
    tieRows(farm.ties) +
    `</details>`
  );
}

function memberTable(
  rows: ReadonlyArray<{ id: string; group: string }>,
  decisions: ReadonlyMap<string, Screening>,
): string {
  return (
    `<table class="members"><thead><tr><th>profile</th><th>farm</th><th>decision</th><th>score</th></tr></thead><tbody>` +
    rows
      .map(({ id, group }) => {
        const screening = decisions.get(id);
        return `<tr><td><span class="dot" style="background:${decisionFill(screening)}"></span>${e(id)}</td><td class="ref">${e(group)}</td><td>${e(screening?.decision ?? 'clear')}</td><td>${screening?.score ?? ''}</td></tr>`;
      })
      .join('') +
    `</tbody></table>`
  );
}

/** A flat cluster as the network or stand-alone farm it is: farms collapsible, a member table beside. */
function groupSection(
  cluster: Cluster,
  decisions: ReadonlyMap<string, Screening>,
  investigation: ReportDigest['investigation'],
): string | undefined {
  const group = groupOf(investigation, cluster);
  if (!group) return undefined;
  const flat = `<span class="ref">cluster ${e(cluster.id)}, flat suspicion ${cluster.suspicion}/100</span>`;
  if (group.kind === 'farm') {
    const { farm } = group;
    return (
      `<section class="cluster" id="${e(cluster.id)}"><h3 class="cluster-title">${e(farm.headline)} <span class="badge sev-${e(farm.severity)}">${e(farm.severity)}</span></h3>` +
      `<p class="muted">Suspicion ${farm.suspicion}/100. ${e(farm.explanation)} ${flat}</p>` +
      `<div class="cluster-body"><div>${tieGraphSvg(farm.id, farm.members, foldTies(farm.ties, 8).shown, decisions)}${tieRows(farm.ties)}</div>` +
      `${memberTable(
        farm.members.map((id) => ({ id, group: farm.id })),
        decisions,
      )}</div></section>`
    );
  }
  const { network } = group;
  const rows = [
    ...network.farms.flatMap((farm) => farm.members.map((id) => ({ id, group: farm.id }))),
    ...network.unaffiliated.map((id) => ({ id, group: 'in no farm' })),
  ];
  return (
    `<section class="cluster network" id="${e(cluster.id)}"><h3 class="cluster-title">${e(network.headline)} <span class="badge sev-${e(network.severity)}">${e(network.severity)}</span></h3>` +
    `<p class="muted">Suspicion ${network.suspicion}/100. ${e(network.explanation)} ${flat}</p>` +
    `<div class="cluster-body"><div>${networkSvg(network)}` +
    `<h4>Joined by</h4>${tieRows(network.ties)}` +
    `<h4>Farms (${network.farms.length})</h4>${network.farms.map((farm, i) => farmDetails(farm, decisions, i < 3)).join('')}</div>` +
    `${memberTable(rows, decisions)}</div></section>`
  );
}

function findingItem(finding: Finding): string {
  const points = finding.suppressed
    ? `suppressed by ${finding.suppressed.reviewer} until ${finding.suppressed.expiresOn}: ${finding.suppressed.reason}`
    : finding.counted
      ? `+${finding.contribution} points`
      : `0 points (a stronger finding of group "${finding.group}" counts)`;
  const evidence = evidenceRows(finding.evidence)
    .map(({ label, value }) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`)
    .join('');
  const linked = finding.related
    ? `<div class="muted">linked profiles: ${e(finding.related.profileIds.join(', '))}${finding.related.clusterId ? ` (cluster ${e(finding.related.clusterId)})` : ''}</div>`
    : '';
  return (
    `<li class="finding"><div><span class="badge sev-${e(finding.severity)}">${e(finding.severity)}</span> ${e(finding.message)}</div>` +
    (evidence ? `<dl class="evidence">${evidence}</dl>` : '') +
    `<div class="muted">rule ${e(finding.ruleId)}${finding.path ? `, field ${e(finding.path)}` : ''}, ${e(points)}</div>${linked}` +
    `<div class="todo"><b>What to do:</b> ${e(finding.mitigation)}</div></li>`
  );
}

function profileSection(screening: Screening): string {
  return (
    `<section class="profile-card" id="profile-${e(screening.profileId)}"><h3>${e(screening.profileId)}: score ${screening.score}/100, <span class="${screening.decision}">${e(DECISION[screening.decision])}</span></h3>` +
    `<p class="muted">Why: ${e(screening.decisionReasons.join('; '))}</p>` +
    `<ol class="findings">${screening.findings.map(findingItem).join('')}</ol>` +
    (screening.dataGaps.length > 0
      ? `<p class="muted">${e(gapCount(screening))}; see Data gaps below.</p>`
      : '') +
    `</section>`
  );
}

function belowReviewSection(digest: ReportDigest): string {
  if (!digest.belowReview) return '';
  const { count, screenings } = digest.belowReview;
  const shown = screenings.slice(0, HTML_LIMITS.profiles);
  return (
    `<h2 id="below-review">Below review (${count})</h2>` +
    (count === 0
      ? '<p>No clear profile has any finding.</p>'
      : `<p>Clear profiles with findings that did not add up to the review threshold: what fired, and how many points it added.</p>${shown.map(profileSection).join('\n')}`) +
    (count > shown.length ? `<p class="muted">${count - shown.length} more in the JSON report.</p>` : '')
  );
}

function gapsSection(digest: ReportDigest): string {
  if (digest.gaps.length === 0) return '';
  const rows = digest.gaps
    .map(
      (gap) =>
        `<tr><td>${e(gap.field)}</td><td>${gap.profiles} of ${digest.summary.screened}</td><td>${e(gap.rules.join(', ') || 'IP-based checks')}</td></tr>`,
    )
    .join('');
  return (
    `<h2 id="data-gaps">Data gaps</h2><p>Checks that could not run because profiles lack the data, once for the whole roster.</p>` +
    `<table class="gaps"><thead><tr><th>missing data</th><th>profiles lacking it</th><th>checks it blocked</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

/**
 * Renders a report digest as one self-contained HTML page: counts and decisions, a score histogram and
 * each cluster as a graph (inline SVG, laid out deterministically here), then every flagged profile's
 * findings, evidence and what to do. No scripts, fonts, images or requests (a CSP forbids them); every
 * piece of text is escaped; it opens offline.
 *
 * @example
 * await writeFile('report.html', formatHtml(builder.finish(meta)));
 */
export function formatHtml(digest: ReportDigest): string {
  const { summary } = digest;
  const decisions = new Map(digest.flagged.map((s) => [s.profileId, s]));
  const profiles = digest.flagged.slice(0, HTML_LIMITS.profiles);
  const clusters = digest.clusters.slice(0, HTML_LIMITS.clusters);
  const card = (label: string, value: number, cls = ''): string =>
    `<div class="card"><b class="${cls}">${value.toLocaleString('en-US')}</b>${e(label)}</div>`;
  const clearMore = digest.clear.count - digest.clear.ids.length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hirescreen report</title><style>${STYLE}</style></head>
<body><main>
<h1>hirescreen report</h1>
<p class="muted">Rule set ${e(digest.rulesetVersion)}, as of ${e(digest.asOf)}. Every outcome is a prompt for human review, not a verdict.</p>
<div class="overview"><section><h2>Summary</h2>
<div class="cards">${card('records read', summary.input)}${card('screened', summary.screened)}${card('rejected', summary.rejected)}${card('escalate', summary.decisions.escalate, 'escalate')}${card('review', summary.decisions.review, 'review')}${card('clear', summary.decisions.clear, 'clear')}${card('clusters', digest.clusters.length)}</div></section>
<section><h2>Scores</h2>
${histogramSvg(digest.histogram)}</section></div>
<h2 id="clusters-heading">Clusters</h2>
${clusters.length === 0 ? '<p>No profiles are tied together by suspicious shared attributes.</p>' : `<p>Profiles tied together by shared attributes (squares), a sign of one operator or a laptop farm. Circles are profiles: red escalate, amber review, green clear.</p>${clusters.map((c) => groupSection(c, decisions, digest.investigation) ?? clusterSection(c, decisions)).join('\n')}`}
${digest.clusters.length > clusters.length ? `<p class="muted">${digest.clusters.length - clusters.length} more cluster(s) in the JSON report.</p>` : ''}
<h2>Flagged profiles (${digest.flagged.length})</h2>
${profiles.length === 0 ? '<p>No profile needs review.</p>' : profiles.map(profileSection).join('\n')}
${digest.flagged.length > profiles.length ? `<p class="muted">${digest.flagged.length - profiles.length} more flagged profile(s): see the text or JSON report.</p>` : ''}
${belowReviewSection(digest)}
${gapsSection(digest)}
${digest.clear.count > 0 ? `<h2>Clear (${digest.clear.count})</h2><p class="ids">${e(digest.clear.ids.join(', '))}${clearMore > 0 ? e(`, and ${clearMore} more`) : ''}</p>` : ''}
${
  digest.rejects.length > 0
    ? `<h2>Rejected records (${digest.rejects.length})</h2><ul>${digest.rejects
        .slice(0, HTML_LIMITS.rejects)
        .map((r) => `<li>${e(rejectLine(r).trim())}</li>`)
        .join('')}</ul>`
    : ''
}
</main></body></html>
`;
}
