import type { Cluster, ClusterTie } from '../cluster.js';

/**
 * Records of one person: carriers of one SSN under one full name (a candidate record and the employee
 * record it became, or one identity hired by two employers). The link policy counts them as one identity,
 * so they tie nothing together, and nothing should: one person holding two jobs is not a network. But
 * when one of those records sits in a cluster, the others belong to the same investigation.
 */
export interface SameIdentity {
  /** The shared SSN's display-safe key. */
  displayKey: string;
  /** The person's records, sorted. */
  profileIds: string[];
}

/** The records that identity continuity adds to one flat cluster, and the ties that add them. */
export interface Continuity {
  /** Records in no flat cluster that join this one, sorted. */
  extras: string[];
  /** Same-identity ties touching this cluster (as `ssn` ties at `info`: they never count as corroboration). */
  ties: ClusterTie[];
}

/**
 * Groups one SSN's carriers by full name: each name held by two records or more is one person.
 *
 * @example
 * personsOf([3, 8, 9], (pid) => (pid === 9 ? 77 : 41)); // [[3, 8]]
 */
export function personsOf(pids: readonly number[], nameOf: (pid: number) => number): number[][] {
  const byName = new Map<number, number[]>();
  for (const pid of pids) {
    const name = nameOf(pid);
    // An unnamed record could be anyone's: it is nobody's continuation.
    if (name === 0) continue;
    const same = byName.get(name);
    if (same) same.push(pid);
    else byName.set(name, [pid]);
  }
  return [...byName.values()].filter((same) => same.length >= 2);
}

/**
 * Which flat cluster each person's stray records belong to: a person with records in exactly one
 * cluster brings the rest along. A person in no cluster brings nothing (continuity never builds a
 * group), and a person in two stays split (it never merges them); a record two people would bring to
 * two clusters goes to neither.
 *
 * @example
 * continuityOf(clusters, [{ displayKey: '***-**-6789', profileIds: ['cand-1', 'emp-7'] }]).get(0)?.extras; // ['cand-1']
 */
export function continuityOf(
  clusters: readonly Pick<Cluster, 'members'>[],
  persons: readonly SameIdentity[],
): Map<number, Continuity> {
  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, i) => cluster.members.forEach((id) => clusterOf.set(id, i)));
  const out = new Map<number, Continuity>();
  const claimed = new Map<string, number>();
  for (const person of persons) {
    const touched = new Set(person.profileIds.flatMap((id) => clusterOf.get(id) ?? []));
    if (touched.size !== 1) continue;
    const at = [...touched][0] as number;
    let entry = out.get(at);
    if (!entry) out.set(at, (entry = { extras: [], ties: [] }));
    entry.ties.push({
      attribute: 'ssn',
      displayKey: person.displayKey,
      profileIds: person.profileIds,
      severity: 'info',
    });
    for (const id of person.profileIds) {
      if (clusterOf.has(id)) continue;
      const before = claimed.get(id);
      claimed.set(id, before === undefined || before === at ? at : -1);
    }
  }
  for (const [id, at] of claimed) if (at >= 0) out.get(at)?.extras.push(id);
  for (const entry of out.values()) entry.extras.sort();
  return out;
}
