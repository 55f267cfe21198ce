import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { runCli } from '../../src/cli/run-cli.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import { formatGraphCsv } from '../../src/report/graph-csv.js';
import { formatGraphml } from '../../src/report/graphml.js';

const root = resolve(__dirname, '../..');
const ROSTER = join(root, 'examples/data/roster.json');
const FARM = ['emp-1001', 'emp-1002', 'emp-1003', 'emp-1004', 'emp-1005'];

interface XmlData {
  key: string;
  '#text': string | number;
}
interface XmlNode {
  id: string;
  data: XmlData[];
}
interface XmlEdge {
  id: string;
  source: string;
  target: string;
  data: XmlData[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
});
const dataOf = (item: { data: XmlData[] }) =>
  Object.fromEntries(item.data.map((d) => [d.key, String(d['#text'])]));

async function example() {
  const roster = JSON.parse(readFileSync(ROSTER, 'utf8')) as unknown[];
  return screenRoster(roster, { now: '2026-02-01T00:00:00Z' });
}

describe('graph export', () => {
  it('writes GraphML that an XML parser reads back into profiles, masked keys, farms and their edges', async () => {
    const result = await example();
    const xml = formatGraphml(result.clusters, result.investigation);
    const doc = parser.parse(xml) as {
      graphml: {
        key: { id: string; for: string }[];
        graph: { edgedefault: string; node: XmlNode[]; edge: XmlEdge[] };
      };
    };
    const { graph } = doc.graphml;
    expect(graph.edgedefault).toBe('undirected');
    expect(doc.graphml.key.map((k) => k.id)).toEqual(
      expect.arrayContaining(['type', 'label', 'severity', 'suspicion', 'edge_type']),
    );
    const nodes = new Map(graph.node.map((n) => [n.id, dataOf(n)]));
    for (const id of FARM) expect(nodes.get(`p:${id}`)?.type).toBe('profile');
    const farm = result.investigation.farms.find((f) => f.members.includes('emp-1001'));
    expect(farm).toBeDefined();
    expect(nodes.get(farm?.id as string)).toMatchObject({ type: 'farm', headline: farm?.headline });
    expect(nodes.get('p:emp-1001')?.farm).toBe(farm?.id);
    const keys = [...nodes.values()].filter((n) => n.type === 'key');
    expect(keys.map((k) => k.attribute)).toEqual(
      expect.arrayContaining(['shipping-address', 'bank-account']),
    );
    for (const edge of graph.edge) {
      expect(nodes.has(edge.source)).toBe(true);
      expect(nodes.has(edge.target)).toBe(true);
    }
    const memberships = graph.edge.filter(
      (e) => dataOf(e).edge_type === 'member-of' && e.target === farm?.id,
    );
    expect(memberships.map((e) => e.source).sort()).toEqual(farm?.members.map((id) => `p:${id}`));
    // The example's payroll account and phone numbers never appear in full.
    expect(xml).not.toContain('7001234567');
    expect(xml).not.toContain('5550110');
  });

  it('writes a nodes and edges CSV pair whose edges point at listed nodes', async () => {
    const result = await example();
    const { nodes, edges } = formatGraphCsv(result.clusters, result.investigation);
    const nodeLines = nodes.trimEnd().split('\n');
    expect(nodeLines[0]).toBe(
      'id,type,label,organization,farm,network,attribute,kind,value,severity,suspicion,members,headline,score,decision',
    );
    const ids = new Set(nodeLines.slice(1).map((line) => line.split(',')[0]));
    const edgeLines = edges.trimEnd().split('\n');
    expect(edgeLines[0]).toBe('id,source,target,type,severity');
    for (const line of edgeLines.slice(1)) {
      const [, source, target] = line.split(',');
      expect(ids.has(source)).toBe(true);
      expect(ids.has(target)).toBe(true);
    }
    expect(nodes).not.toContain('7001234567');
  });

  it('writes both files from hirescreen screen --graph and --graph-csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hirescreen-graph-'));
    try {
      const code = await runCli(
        [
          'screen',
          ROSTER,
          '--as-of',
          '2026-02-01T00:00:00Z',
          '--graph',
          join(dir, 'clusters.graphml'),
          '--graph-csv',
          join(dir, 'csv'),
        ],
        { stdout: () => {}, stderr: () => {} },
      );
      expect(code).toBe(0);
      const doc = parser.parse(readFileSync(join(dir, 'clusters.graphml'), 'utf8')) as {
        graphml: { graph: { node: XmlNode[] } };
      };
      const emp = doc.graphml.graph.node.find((n) => n.id === 'p:emp-1001');
      expect(emp && dataOf(emp).decision).toBe('escalate');
      expect(readFileSync(join(dir, 'csv', 'edges.csv'), 'utf8').split('\n')[0]).toBe(
        'id,source,target,type,severity',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
