/**
 * Jaro similarity (Jaro 1989) over Unicode code points, with the standard match window
 * `floor(max(|a|, |b|) / 2) - 1`.
 */
export function jaro(a: string, b: string): number {
  // Without surrogate pairs a code unit is a code point: compare them in place. `Array.from` on both
  // strings, and two flag arrays, for every pair cost most of a company-name match against a
  // catalog (issue 16); the arithmetic below is the same, so the scores are the same to the bit.
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return jaroOfUnits(a, b);
  return jaroOfPoints(Array.from(a), Array.from(b));
}

const SURROGATE = /[\uD800-\uDFFF]/;

// Match flags reused across calls, grown on demand: one screening compares hundreds of pairs.
let leftFlags = new Uint8Array(64);
let rightFlags = new Uint8Array(64);

function jaroOfUnits(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (leftFlags.length < a.length) leftFlags = new Uint8Array(a.length * 2);
  if (rightFlags.length < b.length) rightFlags = new Uint8Array(b.length * 2);
  const leftMatched = leftFlags;
  const rightMatched = rightFlags;
  leftMatched.fill(0, 0, a.length);
  rightMatched.fill(0, 0, b.length);

  const window = Math.max(Math.floor(Math.max(a.length, b.length) / 2) - 1, 0);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    const code = a.charCodeAt(i);
    for (let j = from; j <= to; j += 1) {
      if (rightMatched[j] === 0 && code === b.charCodeAt(j)) {
        leftMatched[i] = 1;
        rightMatched[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;

  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (leftMatched[i] === 0) continue;
    while (rightMatched[j] === 0) j += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions += 1;
    j += 1;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
}

function jaroOfPoints(left: string[], right: string[]): number {
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;

  const window = Math.max(Math.floor(Math.max(left.length, right.length) / 2) - 1, 0);
  const leftMatched: boolean[] = new Array<boolean>(left.length).fill(false);
  const rightMatched: boolean[] = new Array<boolean>(right.length).fill(false);
  let matches = 0;
  for (let i = 0; i < left.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(right.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (!rightMatched[j] && left[i] === right[j]) {
        leftMatched[i] = true;
        rightMatched[j] = true;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;

  // Half-transpositions: matched characters that appear in a different order in the two strings.
  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < left.length; i += 1) {
    if (!leftMatched[i]) continue;
    while (!rightMatched[j]) j += 1;
    if (left[i] !== right[j]) halfTranspositions += 1;
    j += 1;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / left.length + matches / right.length + (matches - transpositions) / matches) / 3;
}

/** Winkler's scaling factor for the common prefix (0.1 in Winkler 1990; must stay <= 0.25). */
const PREFIX_SCALE = 0.1;
/** Winkler caps the rewarded common prefix at four characters. */
const MAX_PREFIX = 4;
/** Winkler only boosts pairs whose Jaro score is already above 0.7 (the "boost threshold"). */
const BOOST_THRESHOLD = 0.7;

/** Jaro-Winkler similarity: Jaro plus a bonus for a shared prefix of up to four characters. */
export function jaroWinklerScore(a: string, b: string): number {
  const base = jaro(a, b);
  if (base <= BOOST_THRESHOLD) return base;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) {
    let prefix = 0;
    const limit = Math.min(MAX_PREFIX, a.length, b.length);
    while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
    return base + prefix * PREFIX_SCALE * (1 - base);
  }
  const left = Array.from(a);
  const right = Array.from(b);
  let prefix = 0;
  const limit = Math.min(MAX_PREFIX, left.length, right.length);
  while (prefix < limit && left[prefix] === right[prefix]) prefix += 1;
  return base + prefix * PREFIX_SCALE * (1 - base);
}

/**
 * The shortest length ratio (shorter over longer, in code points) at which two strings can still reach
 * a Jaro-Winkler score of `threshold`: Jaro is at most (2 + ratio) / 3, and the prefix bonus adds at
 * most MAX_PREFIX x PREFIX_SCALE of what is left. Pairs below it need not be scored.
 *
 * @example
 * minLengthRatioFor(0.95); // 0.75
 */
export function minLengthRatioFor(threshold: number): number {
  const bonus = MAX_PREFIX * PREFIX_SCALE;
  // threshold <= jaro + bonus x (1 - jaro)  <=>  jaro >= (threshold - bonus) / (1 - bonus)
  const jaroNeeded = (threshold - bonus) / (1 - bonus);
  return Math.max(0, 3 * jaroNeeded - 2);
}

/**
 * Each code point of a text with how often it occurs, for {@link commonCharacters}.
 *
 * @example
 * characterCounts('abba'); // Map { 'a' => 2, 'b' => 2 }
 */
export function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

/** How many characters two texts share, counted with repetition: at most this many can match in Jaro. */
export function commonCharacters(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let common = 0;
  for (const [character, count] of a) common += Math.min(count, b.get(character) ?? 0);
  return common;
}

/**
 * The highest Jaro-Winkler score two texts of `left` and `right` code points can reach when they share
 * `common` characters ({@link commonCharacters}): Jaro matches only equal characters, each once, so it
 * is at most (common / left + common / right + 1) / 3, and the prefix bonus adds at most
 * MAX_PREFIX x PREFIX_SCALE of what is left. A pair whose bound is below a threshold need not be scored.
 *
 * @example
 * maxJaroWinkler(0, 5, 7); // 0.6: no character in common, yet the bound stays above Jaro's 0
 */
export function maxJaroWinkler(common: number, left: number, right: number): number {
  if (left === 0 || right === 0) return left === right ? 1 : 0;
  const jaroBound = Math.min(1, (common / left + common / right + 1) / 3);
  return jaroBound + MAX_PREFIX * PREFIX_SCALE * (1 - jaroBound);
}
