import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import { graphModel, NODE_FIELDS, type ProfileFacts } from './_lib/graph-model.js';

/**
 * One CSV field: quoted when it holds a comma, quote or line break; and a leading `=`, `+`, `-`, `@`
 * is defused with `'`, because analysts open these files in spreadsheets as well as in Neo4j or Maltego.
 */
function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The clusters as a pair of CSV files, nodes and edges, for Neo4j's `LOAD CSV WITH HEADERS` and
 * Maltego's tabular import: `nodes.csv` has `id,type,label,` then every node attribute; `edges.csv`
 * has `id,source,target,type,severity`. Only display forms of keys appear (masked or digest).
 *
 * @example
 * const { nodes, edges } = formatGraphCsv(result.clusters, result.investigation);
 * await writeFile('graph/nodes.csv', nodes); await writeFile('graph/edges.csv', edges);
 */
export function formatGraphCsv(
  clusters: readonly Cluster[],
  investigation: Investigation,
  facts?: (profileId: string) => ProfileFacts | undefined,
): { nodes: string; edges: string } {
  const model = graphModel(clusters, investigation, facts);
  const nodes = [
    ['id', 'type', 'label', ...NODE_FIELDS].join(','),
    ...model.nodes.map((node) =>
      [node.id, node.type, node.label, ...NODE_FIELDS.map((f) => node.data[f])].map(field).join(','),
    ),
  ];
  const edges = [
    'id,source,target,type,severity',
    ...model.edges.map((e) => [e.id, e.source, e.target, e.type, e.severity].map(field).join(',')),
  ];
  return { nodes: `${nodes.join('\n')}\n`, edges: `${edges.join('\n')}\n` };
}
