import { fmix32, hash32RangeInto } from './_lib/hash.js';

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

/**
 * Signs résumés. It keeps the word hashes of the résumé being signed in a buffer grown to the longest
 * résumé seen, so its owner (a key extractor, a link index's) signs each résumé without allocating
 * one; nothing is shared between signers.
 *
 * @example
 * const signer = new ResumeSigner();
 * signer.sign(resumeText)?.length; // 32
 */
export class ResumeSigner {
  /** One letter or digit at `lastIndex`; after a match `lastIndex` is past it (1 or 2 code units). */
  private readonly wordChar = /[\p{L}\p{N}]/uy;
  private wordHashes = new Uint32Array(256);

  /** Code units of the letter or digit at `i`, or 0 when the character there is neither. */
  private wordCharWidth(text: string, i: number): number {
    const code = text.charCodeAt(i);
    // ASCII, nearly every character of a résumé: the letters and digits are \p{L} and \p{N} there.
    if (code < 0x80)
      return (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39)
        ? 1
        : 0;
    this.wordChar.lastIndex = i;
    return this.wordChar.test(text) ? this.wordChar.lastIndex - i : 0;
  }

  /**
   * Hashes the words of a text (its runs of letters and digits, as `/[\p{L}\p{N}]+/gu` matches them,
   * after NFKC and lower-casing) into `wordHashes`, in place: no word strings and no list of them.
   * Returns the number of words.
   */
  private hashWords(text: string): number {
    const folded = text.normalize('NFKC').toLowerCase();
    let count = 0;
    let i = 0;
    while (i < folded.length) {
      const start = i;
      for (let width = this.wordCharWidth(folded, i); width > 0; width = this.wordCharWidth(folded, i))
        i += width;
      if (i === start) {
        // Not a word character: step over it whole (a surrogate pair is one character).
        i += (folded.codePointAt(i) as number) > 0xffff ? 2 : 1;
        continue;
      }
      if (count === this.wordHashes.length) {
        const grown = new Uint32Array(count * 2);
        grown.set(this.wordHashes);
        this.wordHashes = grown;
      }
      hash32RangeInto(folded, start, i, 0x2545f491, this.wordHashes, count++);
    }
    return count;
  }

  /** The MinHash signature of a text; see `resumeSignature`. */
  sign(text: string): Uint32Array | undefined {
    const words = this.hashWords(text);
    if (words < MIN_RESUME_WORDS) return undefined;
    const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
    const tokenHashes = this.wordHashes;
    // The loops below spell fmix32 out instead of calling it: they run it 35 times per word, and where
    // V8 does not inline the call (extractKeys, into which this is inlined, can exhaust its budget)
    // every result above 2^30 comes back as a new heap number, measured at 6.5 KB per screening.
    // A repeated shingle leaves every minimum as it is, so repeats need no bookkeeping to skip them.
    for (let i = 0; i + SHINGLE_WORDS <= words; i++) {
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
}

/**
 * MinHash signature of a text's word 3-shingles, or undefined when the text is too short to compare.
 *
 * @example
 * const a = resumeSignature(resumeA); const b = resumeSignature(resumeB);
 * if (a && b && minhashSimilarity(a, b) >= 0.9) { ... }
 */
export function resumeSignature(text: string): Uint32Array | undefined {
  return new ResumeSigner().sign(text);
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
