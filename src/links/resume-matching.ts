import type { Fingerprints } from './fingerprints.js';
import type { IdentityArena } from './identity-arena.js';
import { bandKeys, minhashSimilarity } from './minhash.js';
import { postingPid } from './posting-code.js';
import type { PostingStore } from './store.js';

/**
 * The live profiles whose résumés share an LSH band with `signature`, but `selfPid`, each with its
 * estimated similarity, in the order the bands find them; undefined when there is none. The caller
 * applies the threshold: a candidate below it is still a candidate here.
 *
 * @example
 * similarResumes(signature, -1, arena, fingerprints, store)?.get(pid); // 0.96875
 */
export function similarResumes(
  signature: Uint32Array,
  selfPid: number,
  arena: IdentityArena,
  fingerprints: Fingerprints,
  store: PostingStore,
): Map<number, number> | undefined {
  let similar: Map<number, number> | undefined;
  const pair = fingerprints.pair;
  for (const band of bandKeys(signature)) {
    fingerprints.key('resume', band);
    const codes = store.get(pair[0] as number, pair[1] as number);
    for (let i = 0; i < codes.length; i++) {
      const pid = postingPid(codes[i] as number);
      if (pid === selfPid || !arena.isLive(pid) || similar?.has(pid)) continue;
      const other = arena.signatureOf(pid);
      (similar ??= new Map()).set(pid, other ? minhashSimilarity(signature, other) : 0);
    }
  }
  return similar;
}
