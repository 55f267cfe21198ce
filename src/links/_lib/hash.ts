/**
 * Non-cryptographic 32-bit string hash (MurmurHash3-style mixing over UTF-16 code units). Used for
 * plain-mode index keys and MinHash shingles; HMAC mode replaces it for keys with a keyed digest.
 */
export function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ text.length);
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
  return [hash32(text, 0x9747b28c), hash32(text, 0x5bd1e995)];
}
