const SEED_HI = 0x9747b28c;
const SEED_LO = 0x5bd1e995;

/** One MurmurHash3 round: mixes a UTF-16 code unit into the running state. */
function mixCode(state: number, code: number): number {
  let k = Math.imul(code, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const h = state ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/**
 * Non-cryptographic 32-bit string hash (MurmurHash3-style mixing over UTF-16 code units). Used for
 * plain-mode index keys and MinHash shingles; HMAC mode replaces it for keys with a keyed digest.
 */
export function hash32(text: string, seed: number): number {
  return hash32Joined('', text, seed);
}

/** `hash32(prefix + text, seed)` without building the joined string (the index's name fingerprints). */
export function hash32Joined(prefix: string, text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < prefix.length; i++) h = mixCode(h, prefix.charCodeAt(i));
  for (let i = 0; i < text.length; i++) h = mixCode(h, text.charCodeAt(i));
  return fmix32(h ^ (prefix.length + text.length));
}

/**
 * `hash32(text.slice(start, end), seed)` written to `out[at]`: the MinHash shingler hashes each word
 * of a résumé where it stands, without slicing it out or returning a number that may be boxed.
 */
export function hash32RangeInto(
  text: string,
  start: number,
  end: number,
  seed: number,
  out: Uint32Array,
  at: number,
): void {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) h = mixCode(h, text.charCodeAt(i));
  out[at] = fmix32(h ^ (end - start));
}

/** MurmurHash3's finaliser: a bijective avalanche on 32 bits. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two independent 32-bit hashes of one string: a 64-bit key as [hi, lo]. */
export function hash64(text: string): [number, number] {
  return hash64Joined('', text);
}

/**
 * `hash64(prefix + text)` in one pass and without building the joined string: the index hashes every
 * key under its key space's prefix, once per key of every profile it adds.
 */
export function hash64Joined(prefix: string, text: string): [number, number] {
  const halves = new Uint32Array(2);
  hash64Into(prefix, text, halves);
  return [halves[0] as number, halves[1] as number];
}

/**
 * `hash64Joined(prefix, text)` written to `out[0]` (hi) and `out[1]` (lo) instead of returned. A
 * returned pair is an array per key, and each half above 2^30 a heap number wherever the call is not
 * inlined; a screening hashes every key of the profile for each link rule.
 */
export function hash64Into(prefix: string, text: string, out: Uint32Array): void {
  let hi = SEED_HI | 0;
  let lo = SEED_LO | 0;
  for (let i = 0; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    hi = mixCode(hi, code);
    lo = mixCode(lo, code);
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    hi = mixCode(hi, code);
    lo = mixCode(lo, code);
  }
  const length = prefix.length + text.length;
  out[0] = fmix32(hi ^ length);
  out[1] = fmix32(lo ^ length);
}
