import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import { graphModel, NODE_FIELDS, type ProfileFacts } from './_lib/graph-model.js';

const NUMERIC = new Set(['suspicion', 'members', 'score']);

// XML 1.0 forbids most C0 controls even as references; a value carrying one keeps the rest.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function x(value: string | number): string {
  return String(value)
    .replace(XML_INVALID, '\ufffd')
    .replace(/[&<>"']/g, (c) => XML[c] as string);
}

/**
 * The clusters as GraphML (Gephi, yEd, Cytoscape, NetworkX `read_graphml`): profile, key, farm and
 * network nodes with typed attributes, and `shares`, `member-of` and `part-of` edges. Only display
 * forms of keys appear (masked values or digest labels), never a raw SSN, account, phone or e-mail.
 *
 * @example
 * await writeFile('clusters.graphml', formatGraphml(result.clusters, result.investigation));
 */
export function formatGraphml(
  clusters: readonly Cluster[],
  investigation: Investigation,
  facts?: (profileId: string) => ProfileFacts | undefined,
): string {
  const { nodes, edges } = graphModel(clusters, investigation, facts);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_FIELDS.map(
      (field) =>
        `  <key id="${field}" for="node" attr.name="${field}" attr.type="${NUMERIC.has(field) ? 'int' : 'string'}"/>`,
    ),
    '  <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="edge_severity" for="edge" attr.name="severity" attr.type="string"/>',
    '  <graph id="hirescreen-clusters" edgedefault="undirected">',
  ];
  for (const node of nodes) {
    const data = [
      `<data key="type">${node.type}</data>`,
      `<data key="label">${x(node.label)}</data>`,
      ...NODE_FIELDS.flatMap((field) => {
        const value = node.data[field];
        return value === undefined ? [] : [`<data key="${field}">${x(value)}</data>`];
      }),
    ];
    out.push(`    <node id="${x(node.id)}">${data.join('')}</node>`);
  }
  for (const edge of edges)
    out.push(
      `    <edge id="${edge.id}" source="${x(edge.source)}" target="${x(edge.target)}"><data key="edge_type">${edge.type}</data>${edge.severity ? `<data key="edge_severity">${x(edge.severity)}</data>` : ''}</edge>`,
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
