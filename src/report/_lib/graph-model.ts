import type { Cluster } from '../../links/cluster.js';
import type { Investigation } from '../../links/networks/types.js';
import { kindOf } from '../../links/networks/tie-kinds.js';

/** One node of the exported graph: a profile, a shared key (masked), a farm or a network. */
export interface ExportNode {
  id: string;
  type: 'profile' | 'key' | 'farm' | 'network';
  label: string;
  /** Named attributes; absent ones are left out of GraphML and empty in CSV. */
  data: Partial<Record<NodeField, string | number>>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** `shares` (profile to key), `member-of` (profile to farm or network), `part-of` (farm to network). */
  type: 'shares' | 'member-of' | 'part-of';
  severity?: string;
}

export const NODE_FIELDS = [
  'organization',
  'farm',
  'network',
  'attribute',
  'kind',
  'value',
  'severity',
  'suspicion',
  'members',
  'headline',
  'score',
  'decision',
] as const;
export type NodeField = (typeof NODE_FIELDS)[number];

/** What a profile node may carry from its screening. */
export interface ProfileFacts {
  organization?: string;
  score?: number;
  decision?: string;
}

/**
 * The clusters as one graph for analysts' tools: profiles, the shared keys between them (display form
 * only: masked or digest), and the farms and networks they belong to. Deterministic order.
 *
 * @example
 * const { nodes, edges } = graphModel(result.clusters, result.investigation);
 */
export function graphModel(
  clusters: readonly Cluster[],
  investigation: Investigation,
  facts: (profileId: string) => ProfileFacts | undefined = () => undefined,
): { nodes: ExportNode[]; edges: ExportEdge[] } {
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  const farmOf = new Map<string, string>();
  const networkOf = new Map<string, string>();
  for (const network of investigation.networks) {
    nodes.push(group('network', network.id, network.headline, network));
    for (const id of network.members) networkOf.set(id, network.id);
    for (const id of network.unaffiliated) edges.push(edge(edges.length, `p:${id}`, network.id, 'member-of'));
    for (const farm of network.farms) {
      nodes.push(group('farm', farm.id, farm.headline, farm));
      edges.push(edge(edges.length, farm.id, network.id, 'part-of'));
    }
  }
  for (const farm of investigation.farms) nodes.push(group('farm', farm.id, farm.headline, farm));
  for (const farm of [...investigation.farms, ...investigation.networks.flatMap((n) => n.farms)])
    for (const id of farm.members) {
      farmOf.set(id, farm.id);
      edges.push(edge(edges.length, `p:${id}`, farm.id, 'member-of'));
    }
  let key = 0;
  // A network or farm may hold its members' other records that no tie reached (identity continuity):
  // they are nodes too, tied to their person's record by the SSN they share.
  const strays = new Set([...farmOf.keys(), ...networkOf.keys()]);
  for (const cluster of clusters) for (const id of cluster.members) strays.delete(id);
  const continuity = [...investigation.networks, ...investigation.farms].flatMap((g) => g.sameIdentity ?? []);
  for (const group of [...clusters, { members: [...strays].sort(), attributes: continuity }]) {
    for (const id of group.members) {
      const known = facts(id);
      nodes.push({
        id: `p:${id}`,
        type: 'profile',
        label: id,
        data: {
          ...(known?.organization !== undefined && { organization: known.organization }),
          ...(farmOf.has(id) && { farm: farmOf.get(id) }),
          ...(networkOf.has(id) && { network: networkOf.get(id) }),
          ...(known?.score !== undefined && { score: known.score }),
          ...(known?.decision !== undefined && { decision: known.decision }),
        },
      });
    }
    for (const tie of group.attributes) {
      const id = `k:${(key += 1)}`;
      nodes.push({
        id,
        type: 'key',
        label: tie.attribute === 'resume' ? tie.displayKey : `${tie.attribute} ${tie.displayKey}`,
        data: {
          attribute: tie.attribute,
          kind: kindOf(tie.attribute),
          value: tie.displayKey,
          severity: tie.severity,
          members: tie.profileIds.length,
        },
      });
      for (const member of tie.profileIds)
        edges.push({ ...edge(edges.length, `p:${member}`, id, 'shares'), severity: tie.severity });
    }
  }
  return { nodes, edges };
}

function group(
  type: 'farm' | 'network',
  id: string,
  headline: string,
  g: { suspicion: number; severity: string; members: readonly string[] },
): ExportNode {
  return {
    id,
    type,
    label: id,
    data: { headline, suspicion: g.suspicion, severity: g.severity, members: g.members.length },
  };
}

function edge(n: number, source: string, target: string, type: ExportEdge['type']): ExportEdge {
  return { id: `e${n}`, source, target, type };
}
