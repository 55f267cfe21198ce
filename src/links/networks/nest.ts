import type { Cluster, ClusterTie } from '../cluster.js';
import { sortTies } from '../cluster.js';
import { continuityOf, type SameIdentity } from './continuity.js';
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

/** What the link index knows beyond the clusters' ties. */
export interface NestContext {
  /**
   * The records of one identity each (see {@link SameIdentity}): a person's records that no tie reached
   * join the group their other record sits in, so a network or farm may hold more members than its
   * flat cluster.
   */
  persons?: readonly SameIdentity[];
  /** Profiles that also sign in from a network no one else uses (see `corroborate`). */
  ownLine?: ReadonlySet<string>;
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
  context: NestContext = {},
): Investigation {
  const networks: Network[] = [];
  const alone: Farm[] = [];
  const { persons = [], ownLine } = context;
  const continuity = continuityOf(clusters, persons);
  clusters.forEach((cluster, at) => {
    const { extras = [], ties: sameIdentity = [] } = continuity.get(at) ?? {};
    const everyone = extras.length === 0 ? cluster.members : [...cluster.members, ...extras].sort();
    const farms = farmsOf(cluster.attributes, organizationOf, everyone, sameIdentity, ownLine);
    const inFarm = new Set(farms.flatMap((farm) => farm.members));
    const unaffiliated = everyone.filter((id) => !inFarm.has(id));
    const hex = cluster.id.slice(cluster.id.indexOf('-') + 1);
    if (farms.length === 1 && unaffiliated.length === 0) {
      alone.push({ ...(farms[0] as Farm), id: `farm-${hex}` });
      return;
    }
    const farmOf = new Map<string, number>();
    farms.forEach((farm, i) => farm.members.forEach((id) => farmOf.set(id, i)));
    // A tie inside one farm is that farm's corroboration; a tie across groups is what makes the network.
    const joining = cluster.attributes.filter((tie) => {
      const groups = new Set(tie.profileIds.map((id) => farmOf.get(id) ?? `u:${id}`));
      return groups.size > 1;
    });
    const id = `net-${hex}`;
    const corroboration = corroborate(cluster.attributes, cluster.members.length, ownLine);
    const sortedFarms = sortGroups(farms.map((farm) => ({ ...farm, networkId: id })));
    const organizations =
      extras.length === 0 ? cluster.organizations : organizationsOf(everyone, organizationOf);
    networks.push({
      id,
      headline: networkHeadline(
        sortedFarms.length,
        unaffiliated.length,
        { members: everyone, organizations },
        joining,
      ),
      members: everyone,
      farms: sortedFarms,
      unaffiliated,
      ties: joining,
      ...(sameIdentity.length > 0 && { sameIdentity }),
      organizations,
      corroboration,
      suspicion: corroboration.suspicion,
      severity: corroboration.severity,
      explanation: corroborationText(corroboration) + continuityText(extras.length),
    });
  });
  dedupeIds(alone);
  for (const network of networks) dedupeIds(network.farms);
  return { networks: sortGroups(networks), farms: sortGroups(alone) };
}

function farmsOf(
  ties: readonly ClusterTie[],
  organizationOf: (id: string) => string | undefined,
  everyone: readonly string[] = [],
  sameIdentity: readonly ClusterTie[] = [],
  ownLine?: ReadonlySet<string>,
): Farm[] {
  const groups = [...physicalGroups(ties).values()];
  attachByIdentity(ties, groups, everyone);
  const continued = attachByContinuity(sameIdentity, groups, everyone);
  const farms: Farm[] = [];
  for (const members of groups.values()) {
    members.sort();
    const inside = new Set(members);
    const own = within(ties, inside);
    const sorted = sortTies(own);
    // A record here by continuity alone never had a laptop or a line to share: it must not dilute the
    // coverage a farm's place or line needs to corroborate (corroborate()'s COVERAGE).
    const added = members.filter((id) => continued.has(id)).length;
    const corroboration = corroborate(sorted, members.length - added, ownLine);
    const organizations = organizationsOf(members, organizationOf);
    const reading = readingOf(corroboration);
    const same = within(sameIdentity, inside);
    farms.push({
      id: hashedId('farm', anchorOf(sorted) ?? `members\u0000${members[0] as string}`),
      reading,
      headline: farmHeadline(reading, members, organizations, sorted, corroboration),
      members,
      ties: sorted,
      ...(same.length > 0 && { sameIdentity: same }),
      organizations,
      corroboration,
      suspicion: corroboration.suspicion,
      severity: corroboration.severity,
      explanation: corroborationText(corroboration) + continuityText(added),
    });
  }
  return farms;
}

function organizationsOf(
  members: readonly string[],
  organizationOf: (id: string) => string | undefined,
): string[] {
  return [...new Set(members.flatMap((id) => organizationOf(id) ?? []))].sort();
}

/** Ties narrowed to the carriers inside a group, kept where two or more remain. */
function within(ties: readonly ClusterTie[], inside: ReadonlySet<string>): ClusterTie[] {
  const out: ClusterTie[] = [];
  for (const tie of ties) {
    const carriers = tie.profileIds.filter((id) => inside.has(id));
    if (carriers.length < 2) continue;
    out.push(carriers.length === tie.profileIds.length ? tie : { ...tie, profileIds: carriers });
  }
  return out;
}

function continuityText(records: number): string {
  if (records === 0) return '';
  return ` ${records === 1 ? '1 more record' : `${records} more records`} of the same people (same name and SSN: a candidate record, another employer) ${records === 1 ? 'belongs' : 'belong'} here by identity alone.`;
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
    const reach = reachThrough(
      ties.filter((tie) => !isPhysical(tie.attribute)),
      groupOf,
    );
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

/** For each record in no group, the groups its ties reach. */
function reachThrough(
  ties: readonly ClusterTie[],
  groupOf: ReadonlyMap<string, number>,
): Map<string, Set<number>> {
  const reach = new Map<string, Set<number>>();
  for (const tie of ties) {
    const touched = new Set(tie.profileIds.flatMap((id) => groupOf.get(id) ?? []));
    if (touched.size === 0) continue;
    for (const id of tie.profileIds) {
      if (groupOf.has(id)) continue;
      const set = reach.get(id) ?? new Set<number>();
      for (const g of touched) set.add(g);
      reach.set(id, set);
    }
  }
  return reach;
}

/**
 * Identity continuity: a record of a person whose other record sits in one group (the candidate record
 * of a farm's identity, the same identity at a second employer) joins that group. It only moves loose
 * records into groups that physical ties built; a record whose person sits in two groups stays loose.
 * Returns the records it moved.
 */
function attachByContinuity(
  sameIdentity: readonly ClusterTie[],
  groups: string[][],
  everyone: readonly string[],
): ReadonlySet<string> {
  const moved = new Set<string>();
  if (sameIdentity.length === 0) return moved;
  const groupOf = new Map<string, number>();
  groups.forEach((members, i) => members.forEach((id) => groupOf.set(id, i)));
  const reach = reachThrough(sameIdentity, groupOf);
  for (const id of everyone) {
    const set = reach.get(id);
    if (groupOf.has(id) || set?.size !== 1) continue;
    (groups[[...set][0] as number] as string[]).push(id);
    moved.add(id);
  }
  return moved;
}
