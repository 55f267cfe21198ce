import type { Cluster, ClusterTie } from '../cluster.js';
import { sortTies } from '../cluster.js';
import { corroborate, corroborationText, type Corroboration } from './corroboration.js';
import { farmHeadline, networkHeadline } from './headline.js';
import { anchorOf, dedupeIds, hashedId } from './stable-id.js';
import { isPhysical } from './tie-kinds.js';
import type { Farm, FarmReading, Investigation, Network } from './types.js';

/** The hex part of a flat cluster's id, shared with the network or stand-alone farm it is. */
export function clusterHex(ties: readonly ClusterTie[], members: readonly string[]): string {
  const anchor = largestPhysicalAnchor(ties) ?? anchorOf(ties) ?? `members\u0000${members[0] ?? ''}`;
  return hashedId('x', anchor).slice(2);
}

/**
 * Splits each flat cluster into farms (components under physical ties) and, where identity material
 * joins several farms or extra profiles, a network around them.
 *
 * @example
 * const { networks, farms } = nestClusters(index.clusters(), (id) => orgs.get(id));
 */
export function nestClusters(
  clusters: readonly Cluster[],
  organizationOf: (profileId: string) => string | undefined,
): Investigation {
  const networks: Network[] = [];
  const alone: Farm[] = [];
  for (const cluster of clusters) {
    const farms = farmsOf(cluster.attributes, organizationOf, cluster.members);
    const inFarm = new Set(farms.flatMap((farm) => farm.members));
    const unaffiliated = cluster.members.filter((id) => !inFarm.has(id));
    const hex = cluster.id.slice(cluster.id.indexOf('-') + 1);
    if (farms.length === 1 && unaffiliated.length === 0) {
      alone.push({ ...(farms[0] as Farm), id: `farm-${hex}` });
      continue;
    }
    const farmOf = new Map<string, number>();
    farms.forEach((farm, i) => farm.members.forEach((id) => farmOf.set(id, i)));
    // A tie inside one farm is that farm's corroboration; a tie across groups is what makes the network.
    const joining = cluster.attributes.filter((tie) => {
      const groups = new Set(tie.profileIds.map((id) => farmOf.get(id) ?? `u:${id}`));
      return groups.size > 1;
    });
    const id = `net-${hex}`;
    const corroboration = corroborate(cluster.attributes, cluster.members.length);
    const sortedFarms = sortGroups(farms.map((farm) => ({ ...farm, networkId: id })));
    networks.push({
      id,
      headline: networkHeadline(sortedFarms.length, unaffiliated.length, cluster, joining),
      members: cluster.members,
      farms: sortedFarms,
      unaffiliated,
      ties: joining,
      organizations: cluster.organizations,
      corroboration,
      suspicion: corroboration.suspicion,
      severity: corroboration.severity,
      explanation: corroborationText(corroboration),
    });
  }
  dedupeIds(alone);
  for (const network of networks) dedupeIds(network.farms);
  return { networks: sortGroups(networks), farms: sortGroups(alone) };
}

function farmsOf(
  ties: readonly ClusterTie[],
  organizationOf: (id: string) => string | undefined,
  everyone: readonly string[] = [],
): Farm[] {
  const groups = [...physicalGroups(ties).values()];
  attachByIdentity(ties, groups, everyone);
  const farms: Farm[] = [];
  for (const members of groups.values()) {
    members.sort();
    const inside = new Set(members);
    const own: ClusterTie[] = [];
    for (const tie of ties) {
      const carriers = tie.profileIds.filter((id) => inside.has(id));
      if (carriers.length < 2) continue;
      own.push(carriers.length === tie.profileIds.length ? tie : { ...tie, profileIds: carriers });
    }
    const sorted = sortTies(own);
    const corroboration = corroborate(sorted, members.length);
    const organizations = [...new Set(members.flatMap((id) => organizationOf(id) ?? []))].sort();
    const reading = readingOf(corroboration);
    farms.push({
      id: hashedId('farm', anchorOf(sorted) ?? `members\u0000${members[0] as string}`),
      reading,
      headline: farmHeadline(reading, members, organizations, sorted, corroboration),
      members,
      ties: sorted,
      organizations,
      corroboration,
      suspicion: corroboration.suspicion,
      severity: corroboration.severity,
      explanation: corroborationText(corroboration),
    });
  }
  return farms;
}

function readingOf(c: Corroboration): FarmReading {
  const counted = c.has.filter((k) => k.corroborates);
  if (counted.length >= 2) return 'farm';
  const only = counted[0]?.kind;
  return only === 'place' ? 'shared-address' : only === 'line' ? 'shared-line' : 'linked';
}

/** The anchor of the cluster's largest physical component, so a network keeps its id as farms join. */
function largestPhysicalAnchor(ties: readonly ClusterTie[]): string | undefined {
  const farms = farmsOf(ties, () => undefined);
  farms.sort(
    (a, b) => b.members.length - a.members.length || (a.members[0] ?? '').localeCompare(b.members[0] ?? ''),
  );
  const largest = farms[0];
  return largest && anchorOf(largest.ties);
}

function sortGroups<T extends { suspicion: number; members: readonly string[]; id: string }>(
  groups: T[],
): T[] {
  return groups.sort(
    (a, b) => b.suspicion - a.suspicion || b.members.length - a.members.length || a.id.localeCompare(b.id),
  );
}

/** Components under physical ties, keyed by root. */
function physicalGroups(ties: readonly ClusterTie[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let node = x;
    while (parent.get(node) !== node) {
      const up = parent.get(node) as string;
      parent.set(node, parent.get(up) as string);
      node = up;
    }
    return node;
  };
  for (const tie of ties) {
    if (!isPhysical(tie.attribute)) continue;
    for (const id of tie.profileIds) if (!parent.has(id)) parent.set(id, id);
    const first = find(tie.profileIds[0] as string);
    for (const id of tie.profileIds) {
      const root = find(id);
      if (root !== first) parent.set(root, first);
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = groups.get(root);
    if (members) members.push(id);
    else groups.set(root, [id]);
  }
  return groups;
}

/**
 * A profile tied by identity material to one farm only (a candidate record with the farm's reused photo,
 * a hire who signs in through a VPN and had the laptop sent elsewhere) is that farm's: it joins it, and
 * only profiles tied to two farms or more, or to none, stay loose in the network.
 */
function attachByIdentity(
  ties: readonly ClusterTie[],
  groups: string[][],
  everyone: readonly string[],
): void {
  const groupOf = new Map<string, number>();
  groups.forEach((members, i) => members.forEach((id) => groupOf.set(id, i)));
  let loose = everyone.filter((id) => !groupOf.has(id));
  for (let changed = true; changed && loose.length > 0;) {
    changed = false;
    const reach = new Map<string, Set<number>>();
    for (const tie of ties) {
      if (isPhysical(tie.attribute)) continue;
      const touched = new Set(tie.profileIds.flatMap((id) => groupOf.get(id) ?? []));
      if (touched.size === 0) continue;
      for (const id of tie.profileIds) {
        if (groupOf.has(id)) continue;
        const set = reach.get(id) ?? new Set<number>();
        for (const g of touched) set.add(g);
        reach.set(id, set);
      }
    }
    const still: string[] = [];
    for (const id of loose) {
      const set = reach.get(id);
      if (set?.size === 1) {
        const g = [...set][0] as number;
        (groups[g] as string[]).push(id);
        groupOf.set(id, g);
        changed = true;
      } else still.push(id);
    }
    loose = still;
  }
}
