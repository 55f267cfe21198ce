import { attributeLabel } from '../cluster.js';
import type { LinkAttribute } from '../lookup.js';
import type { Stats, Tally } from '../tally.js';

/**
 * Keys with more posting entries than this are assessed once per change to the index and kept, instead
 * of once per carrier: 20,000 profiles sharing one e-mail tallied and sorted 20,000 ids for each of
 * them (issue 17, item 2). Below it the per-profile path is cheaper than a cache entry.
 */
export const WIDE_KEY = 64;

/**
 * A widely shared key: the stats of all its live carriers and enough of their ids for any match. Only
 * a short head of the sorted ids is kept, since a match names at most its policy's cap of them: in a
 * million-profile run the full lists of every wide key held 695,000 id strings (docs/performance.md).
 */
export interface WideKey {
  readonly stats: Readonly<Stats>;
  /** The first ids in sort order: the highest cap of the key's space plus one, or all when fewer. */
  readonly firstIds: readonly string[];
  /** The live carriers' pids in ascending order: their count, and a binary search for one of them. */
  readonly pids: Int32Array;
  /**
   * The carriers' tally, made on the first ask for a profile that is not indexed (a new candidate) and
   * kept, so the next one is added by probes, not a recount. Screening an indexed roster never makes it.
   */
  tally: Tally | undefined;
}

/** The numbers of a tally, copied out of it (the tally is reused for the next key). */
export function copyStats(stats: Readonly<Stats>): Stats {
  const { carriers, identities, names, organizations, residents, shipOnly, commercial } = stats;
  const { household, coResidents } = stats;
  return {
    carriers,
    identities,
    names,
    organizations,
    residents,
    shipOnly,
    commercial,
    household,
    coResidents,
  };
}

/** Whether the ascending `pids` hold `pid`. */
export function hasPid(pids: Int32Array, pid: number): boolean {
  let low = 0;
  let high = pids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = pids[middle] as number;
    if (at === pid) return true;
    if (at < pid) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** The first `limit` of the sorted `ids`, `self` left out: work bounded by `limit`, not by the list. */
export function firstIdsWithout(ids: readonly string[], self: string | undefined, limit: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length && out.length < limit; i++) {
    const id = ids[i] as string;
    if (id !== self) out.push(id);
  }
  return out;
}

/**
 * The notice a screening carries for a key shared by more identities than its policy judges: the key
 * is neither a finding nor a tie, and saying so keeps an allowlist candidate or an attack in view.
 *
 * @example
 * overCapNotice('email', 's***@example.com', 20_000, 20_000, 200);
 * // 'e-mail address s***@example.com is shared by 20,000 profiles (20,000 identities), over the cap of 200 …'
 */
export function overCapNotice(
  attribute: LinkAttribute,
  display: string,
  profiles: number,
  identities: number,
  cap: number,
): string {
  const count = (n: number): string => n.toLocaleString('en-US');
  return (
    `${attributeLabel(attribute)} ${display} is shared by ${count(profiles)} profiles ` +
    `(${count(identities)} identities), over the cap of ${count(cap)} for a link: it is not scored. ` +
    'Allowlist it if it is a placeholder or a known hub; otherwise investigate it as a possible attack.'
  );
}
