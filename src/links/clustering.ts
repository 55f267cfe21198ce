import type { Severity } from '../schema/primitives.js';
import {
  attributeLabel,
  explain,
  sortClusters,
  sortTies,
  suspicionOf,
  worstSeverity,
  type Cluster,
  type ClusterTie,
} from './cluster.js';
import type { IdentityArena } from './identity-arena.js';
import { KEY_SPACES, type KeySpace } from './keys.js';
import type { LinkAttribute } from './lookup.js';
import { minhashSimilarity } from './minhash.js';
import { personsOf, type SameIdentity } from './networks/continuity.js';
import { clusterHex, nestClusters } from './networks/nest.js';
import { dedupeIds } from './networks/stable-id.js';
import type { Investigation } from './networks/types.js';
import { postingFlags, postingPid, SHIPS } from './posting-code.js';
import type { PostingStore } from './store.js';
import { UnionFind } from './union-find.js';

const RESUME_SPACE = KEY_SPACES.indexOf('resume');
const ADDRESS_SPACE = KEY_SPACES.indexOf('address');
const SSN_SPACE = KEY_SPACES.indexOf('ssn');
const LINE_SPACE = KEY_SPACES.indexOf('login-network');

/** One live profile carrying a shared key, with its flags on it. */
export interface Carrier {
  pid: number;
  flags: number;
}

/** What clustering reads from an index: its profiles, its shared keys and its policy's verdicts. */
export interface ClusterInput {
  profiles: Pick<
    IdentityArena,
    'pidCount' | 'isLive' | 'idOf' | 'organizationOf' | 'signatureOf' | 'nameOf' | 'keysIn'
  >;
  store: Pick<PostingStore, 'forEachShared'>;
  /** Estimated Jaccard similarity from which two résumés are near-duplicates. */
  resumeThreshold: number;
  /** Résumé buckets with more carriers than this are a public template, not a tie. */
  resumeMaxCarriers: number;
  /** The severity with which a key ties its carriers into one cluster, or undefined when it does not. */
  tieSeverity(attribute: LinkAttribute, space: KeySpace, carriers: readonly Carrier[]): Severity | undefined;
}

/** Clusters most suspicious first, and each pid's position among them (-1: in none). */
export interface Clustering {
  /** Flat: one per connected group over every tie, each exactly one network or stand-alone farm. */
  clusters: Cluster[];
  byPid: Int32Array;
  /** The same groups nested: farms by physical ties, networks of farms by identity material. */
  investigation: Investigation;
}

interface Tie {
  attribute: LinkAttribute;
  display: string;
  pids: number[];
  severity: Severity;
}

/**
 * Groups profiles into clusters by union-find over every shared key the policy calls suspicious, and
 * explains each cluster by the keys that tie it.
 *
 * @example
 * const { clusters, byPid } = clusterProfiles({ profiles, store, resumeThreshold: 0.9, resumeMaxCarriers: 50, tieSeverity });
 */
export function clusterProfiles(input: ClusterInput): Clustering {
  const { profiles } = input;
  const n = profiles.pidCount;
  const sets = new UnionFind(n);
  const ties: Tie[] = [];
  const seenResume = new Set<string>();
  const persons: SameIdentity[] = [];
  const orgOf = new Map<string, string | undefined>();
  // Per pid, its sign-in networks that someone under another name uses too.
  const sharedLines = new Map<number, number>();
  input.store.forEachShared((spaceIndex, display, codes) => {
    const carriers: Carrier[] = [];
    for (const code of codes)
      if (profiles.isLive(postingPid(code)))
        carriers.push({ pid: postingPid(code), flags: postingFlags(code) });
    if (carriers.length < 2) return;
    if (spaceIndex === RESUME_SPACE) {
      resumeTies(input, carriers, seenResume, ties);
      return;
    }
    // Records of one person tie nothing (one identity), but follow their person into the investigation.
    if (spaceIndex === SSN_SPACE)
      for (const same of personsOf(
        carriers.map((c) => c.pid),
        (pid) => profiles.nameOf(pid),
      )) {
        for (const pid of same) orgOf.set(profiles.idOf(pid), profiles.organizationOf(pid));
        persons.push({ displayKey: display, profileIds: same.map((pid) => profiles.idOf(pid)).sort() });
      }
    if (spaceIndex === LINE_SPACE) countSharedLine(carriers, profiles, sharedLines);
    const space = KEY_SPACES[spaceIndex] as KeySpace;
    const attribute: LinkAttribute =
      spaceIndex === ADDRESS_SPACE
        ? carriers.some((c) => c.flags & SHIPS)
          ? 'shipping-address'
          : 'home-address'
        : (space as LinkAttribute);
    const severity = input.tieSeverity(attribute, space, carriers);
    if (severity) ties.push({ attribute, display, pids: carriers.map((c) => c.pid), severity });
  });
  for (const tie of ties) for (const pid of tie.pids) sets.union(tie.pids[0] as number, pid);

  const groups = new Map<number, { pids: Set<number>; ties: ClusterTie[] }>();
  for (const tie of ties) {
    const root = sets.find(tie.pids[0] as number);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { pids: new Set(), ties: [] }));
    for (const pid of tie.pids) group.pids.add(pid);
    group.ties.push({
      attribute: tie.attribute,
      displayKey: tie.display,
      profileIds: tie.pids.map((pid) => profiles.idOf(pid)).sort(),
      severity: tie.severity,
    });
  }
  const clusters: Cluster[] = [];
  const memberPids: number[][] = [];
  for (const group of groups.values()) {
    const members = [...group.pids].map((pid) => profiles.idOf(pid)).sort();
    const orgs = new Set<string>();
    for (const pid of group.pids) {
      const org = profiles.organizationOf(pid);
      orgOf.set(profiles.idOf(pid), org);
      if (org !== undefined) orgs.add(org);
    }
    const organizations = [...orgs].sort();
    const sorted = sortTies(group.ties);
    clusters.push({
      id: `cl-${clusterHex(sorted, members)}`,
      members,
      attributes: sorted,
      organizations,
      suspicion: suspicionOf(sorted),
      severity: worstSeverity(sorted),
      explanation: explain(members, organizations, sorted),
    });
    memberPids.push([...group.pids]);
  }
  dedupeIds(clusters);
  const sortedClusters = sortClusters([...clusters]);
  const position = new Map(sortedClusters.map((cluster, i) => [cluster, i]));
  const byPid = new Int32Array(n).fill(-1);
  clusters.forEach((cluster, i) => {
    for (const pid of memberPids[i] as number[]) byPid[pid] = position.get(cluster) as number;
  });
  const investigation = nestClusters(sortedClusters, (id) => orgOf.get(id), {
    persons,
    ownLine: ownLines(ties, profiles, sharedLines),
  });
  return { clusters: sortedClusters, byPid, investigation };
}

function countSharedLine(
  carriers: readonly Carrier[],
  profiles: ClusterInput['profiles'],
  sharedLines: Map<number, number>,
): void {
  const first = profiles.nameOf((carriers[0] as Carrier).pid);
  // One person's records (a second job) sharing their own home line share it with nobody else.
  if (first !== 0 && carriers.every((c) => profiles.nameOf(c.pid) === first)) return;
  for (const { pid } of carriers) sharedLines.set(pid, (sharedLines.get(pid) ?? 0) + 1);
}

/**
 * The carriers of shared-line ties who also sign in from a network no one else uses: their laptop is
 * at home, and the shared line is a place they visit (a coworking desk, an office, a café), not where
 * the laptop lives. At a farm the laptops sign in from the farm's line, or through a VPN.
 */
function ownLines(
  ties: readonly Tie[],
  profiles: ClusterInput['profiles'],
  sharedLines: ReadonlyMap<number, number>,
): Set<string> {
  const out = new Set<string>();
  for (const tie of ties) {
    if (tie.attribute !== 'login-network') continue;
    for (const pid of tie.pids)
      if (profiles.keysIn(pid, LINE_SPACE) > (sharedLines.get(pid) ?? 0)) out.add(profiles.idOf(pid));
  }
  return out;
}

/** Ties between pairs of near-identical résumés in one LSH bucket, each pair once across buckets. */
function resumeTies(input: ClusterInput, carriers: readonly Carrier[], seen: Set<string>, ties: Tie[]): void {
  if (carriers.length > input.resumeMaxCarriers) return;
  const { profiles } = input;
  for (let i = 0; i < carriers.length; i++) {
    const a = (carriers[i] as Carrier).pid;
    const sa = profiles.signatureOf(a);
    for (let j = i + 1; j < carriers.length; j++) {
      const b = (carriers[j] as Carrier).pid;
      const pairKey = a < b ? `${a}:${b}` : `${b}:${a}`;
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const sb = profiles.signatureOf(b);
      if (!sa || !sb || minhashSimilarity(sa, sb) < input.resumeThreshold) continue;
      const severity = input.tieSeverity('resume', 'resume', [
        carriers[i] as Carrier,
        carriers[j] as Carrier,
      ]);
      if (severity)
        ties.push({ attribute: 'resume', display: attributeLabel('resume'), pids: [a, b], severity });
    }
  }
}
