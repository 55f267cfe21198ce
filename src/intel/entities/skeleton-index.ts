import { romanisationSkeleton } from '../../normalize/_lib/romanisation.js';

/**
 * The romanisation skeleton of a name key: each word's skeleton, joined without spaces, so that
 * "xiao ming" and "hsiaoming" meet.
 */
export const skeletonOf = (key: string) => key.split(' ').map(romanisationSkeleton).join('');

/**
 * Values by the {@link skeletonOf} of a name key, found without building the key's skeleton. Almost no
 * name has an entry's skeleton, and most part from every entry at their first word: walking the sorted
 * skeletons word by word stops there, where joining would split the key, map each word and join them
 * for every name (issue 16).
 *
 * @example
 * const index = new SkeletonIndex([['tonivang', 'Tony Wang']]);
 * index.find('tony wang'); // 'Tony Wang'
 */
export class SkeletonIndex<V> {
  private readonly sorted: string[];
  private readonly values = new Map<string, V>();

  /** The first value given for a skeleton is the one found for it. */
  constructor(entries: Iterable<readonly [skeleton: string, value: V]>) {
    for (const [skeleton, value] of entries) if (!this.values.has(skeleton)) this.values.set(skeleton, value);
    this.sorted = [...this.values.keys()].sort();
  }

  /** The value whose skeleton is `skeletonOf(key)`, or undefined. */
  find(key: string): V | undefined {
    const sorted = this.sorted;
    // sorted[lo..hi) are the skeletons that begin with the words walked so far, `length` letters.
    let lo = 0;
    let hi = sorted.length;
    let length = 0;
    let start = 0;
    while (lo < hi) {
      const space = key.indexOf(' ', start);
      const word = romanisationSkeleton(space < 0 ? key.slice(start) : key.slice(start, space));
      lo = firstFrom(sorted, lo, hi, word, length, 0);
      hi = firstFrom(sorted, lo, hi, word, length, 1);
      length += word.length;
      if (space < 0) break;
      start = space + 1;
    }
    // The skeleton itself, if present, sorts before the longer ones it begins.
    const found = lo < hi ? sorted[lo] : undefined;
    return found !== undefined && found.length === length ? this.values.get(found) : undefined;
  }
}

/**
 * The first index in sorted[lo..hi), all alike in their first `at` letters, whose letters from `at`
 * compare with `word` at least `least` (0: equal or after, 1: after), looking at as many as it has.
 */
function firstFrom(
  sorted: readonly string[],
  lo: number,
  hi: number,
  word: string,
  at: number,
  least: number,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(sorted[mid] as string, at, word) < least) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compares text's letters from `at` (at most word.length of them) with word, as string order does. */
function compareAt(text: string, at: number, word: string): number {
  const end = Math.min(text.length - at, word.length);
  for (let i = 0; i < end; i++) {
    const difference = text.charCodeAt(at + i) - word.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return end < word.length ? -1 : 0;
}
