/**
 * Jaro similarity (Jaro 1989) over Unicode code points, with the standard match window
 * `floor(max(|a|, |b|) / 2) - 1`.
 */
export function jaro(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
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
  const left = Array.from(a);
  const right = Array.from(b);
  let prefix = 0;
  const limit = Math.min(MAX_PREFIX, left.length, right.length);
  while (prefix < limit && left[prefix] === right[prefix]) prefix += 1;
  return base + prefix * PREFIX_SCALE * (1 - base);
}
