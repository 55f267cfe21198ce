// The batch record-linkage baseline: compare every pair of profiles on the same keys the link index
// uses (O(n²) pairs, each a merge of two sorted key lists) and union the pairs that share any key.
// It applies no policy (households, offices): it only has to find the same raw ties, faster it cannot.
import { extractKeys, spaceOf } from '../../src/links/keys.js';
import { bandKeys } from '../../src/links/minhash.js';
import { hash64 } from '../../src/links/_lib/hash.js';
import { UnionFind } from '../../src/links/union-find.js';
import type { Profile } from '../../src/schema/profile.js';

/** A profile's keys as sorted 53-bit numbers. */
export function keyNumbers(profile: Profile): Float64Array {
  const extracted = extractKeys(profile);
  const out: number[] = [];
  const add = (text: string): void => {
    const [hi, lo] = hash64(text);
    out.push(hi * 2 ** 21 + (lo >>> 11));
  };
  for (const key of extracted.keys) add(`${spaceOf(key.attribute)}\u0000${key.key}`);
  if (extracted.resume) for (const band of bandKeys(extracted.resume.signature)) add(`resume\u0000${band}`);
  return Float64Array.from(out).sort();
}

function shareAny(a: Float64Array, b: Float64Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/** Clusters (groups of 2+) found by comparing every pair; returns the group count and pairs compared. */
export function pairwiseClusters(profiles: readonly Profile[]): {
  clusters: number;
  pairs: number;
  linkedPairs: number;
} {
  const keys = profiles.map(keyNumbers);
  const sets = new UnionFind(profiles.length);
  let linkedPairs = 0;
  for (let i = 0; i < keys.length; i++) {
    const a = keys[i] as Float64Array;
    for (let j = i + 1; j < keys.length; j++) {
      if (shareAny(a, keys[j] as Float64Array)) {
        sets.union(i, j);
        linkedPairs++;
      }
    }
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const root = sets.find(i);
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  let clusters = 0;
  for (const size of sizes.values()) if (size >= 2) clusters++;
  return { clusters, pairs: (keys.length * (keys.length - 1)) / 2, linkedPairs };
}
