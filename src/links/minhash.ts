import { fmix32, hash32 } from './_lib/hash.js';

/** Hash functions per signature. 32 keeps the index compact; the estimate's standard error is ~0.05. */
export const MINHASH_SIZE = 32;
/** LSH bands × rows = MINHASH_SIZE. With 8 bands of 4 rows a pair at Jaccard 0.9 is a candidate with p ≈ 0.9998. */
export const MINHASH_BANDS = 8;
export const MINHASH_ROWS = MINHASH_SIZE / MINHASH_BANDS;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** A résumé needs this many words before near-duplicate comparison means anything. */
export const MIN_RESUME_WORDS = 20;

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x51ed27 + i * 0x9e3779b9));

function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * MinHash signature of a text's word 3-shingles, or undefined when the text is too short to compare.
 *
 * @example
 * const a = resumeSignature(resumeA); const b = resumeSignature(resumeB);
 * if (a && b && minhashSimilarity(a, b) >= 0.9) { ... }
 */
export function resumeSignature(text: string): Uint32Array | undefined {
  const tokens = words(text);
  if (tokens.length < MIN_RESUME_WORDS) return undefined;
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const tokenHashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) tokenHashes[i] = hash32(tokens[i] as string, 0x2545f491);
  // The loops below spell fmix32 out instead of calling it: they run it 35 times per word, and where
  // V8 does not inline the call (extractKeys, into which this is inlined, can exhaust its budget)
  // every result above 2^30 comes back as a new heap number, measured at 6.5 KB per screening.
  // A repeated shingle leaves every minimum as it is, so repeats need no bookkeeping to skip them.
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) {
    // Order-sensitive combination of the three words' hashes: a shingle hash without building strings.
    let shingle = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) {
      let h = Math.imul(shingle, 0x01000193) ^ (tokenHashes[i + k] as number);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      shingle = (h ^ (h >>> 16)) >>> 0; // fmix32(combined)
    }
    for (let j = 0; j < MINHASH_SIZE; j++) {
      let h = shingle ^ (SEEDS[j] as number);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0; // fmix32(shingle ^ seed)
      if (h < (signature[j] as number)) signature[j] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two signatures: the share of positions that agree. */
export function minhashSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** The LSH band keys of a signature: texts sharing any band are candidates for comparison. */
export function bandKeys(signature: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let band = 0; band < MINHASH_BANDS; band++) {
    // `band.row0.row1.…`, each row's value in base 36.
    let key = String(band);
    for (let row = 0; row < MINHASH_ROWS; row++)
      key += `.${((signature[band * MINHASH_ROWS + row] as number) >>> 0).toString(36)}`;
    out.push(key);
  }
  return out;
}
