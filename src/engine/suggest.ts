import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `word`, when it is close enough to be a plausible typo.
 *
 * @example
 * suggest('shiping-address-not-home', ['shipping-address-not-home']) // 'shipping-address-not-home'
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word's length tolerates a couple of typos without suggesting unrelated ids.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
