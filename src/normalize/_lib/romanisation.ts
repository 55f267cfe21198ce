import { boundedCache } from '../../_lib/bounded-memo.js';

/**
 * Spelling rules that differ between the romanisation systems in use for one name: German, French and
 * English renderings of Russian (Tschaikowski, Tchaikovsky, Chaykovskiy; Petroff, Petrov; Kouznetsov),
 * Wade-Giles and Pinyin for Chinese (Hsiao/Xiao, Chou/Zhou), and common Arabic renderings (Youssef,
 * Yusuf). They are rules about letters, applied to every name alike, never a list of names or origins.
 * Order matters: longer spellings are rewritten before their parts.
 */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsch|tch/g, 'ch'],
  [/^hs/g, 'x'],
  [/zh/g, 'ch'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/ou|oo/g, 'u'],
  [/y/g, 'i'],
  [/^ie/g, 'e'],
  [/(.)\1+/g, '$1'],
  [/of$/g, 'ov'],
];

/**
 * A letter skeleton of folded name text on which different romanisations of one name meet: the same
 * skeleton means the same name written by another system.
 *
 * @example
 * romanisationSkeleton('tschaikowski') === romanisationSkeleton('chaykovskiy'); // true
 */
export function romanisationSkeleton(token: string): string {
  return skeletons(token, rewrite);
}

function rewrite(token: string): string {
  let out = token;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  return out;
}

// Twelve regular-expression passes per token, and a roster repeats the same given names, family names
// and company words over and over: each token's skeleton is worked out once.
const skeletons = boundedCache<string>(50_000, { freeze: false });

/** Letters of joined skeleton per vowel that may be written differently (Youssef/Yusuf, Mohammed/Muhammad). */
const LETTERS_PER_VOWEL_CHANGE = 7;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Whether two names, as folded tokens in their written order, are one name romanised two ways: their
 * joined skeletons are equal, or (for long names) one vowel apart with the same first letter. Joining
 * the tokens first lets "Xiao Ming", "Hsiao-ming" and "Xiaoming", or "Abd El Rahman" and
 * "Abdelrahman", meet. The vowel allowance covers Yousef/Yusuf and Mohammed/Muhammad; a consonant,
 * an added letter (Daniel/Daniela, Petrov/Petrova) or a different first letter is another name.
 *
 * @example
 * sameRomanisedName(['zhou', 'xiaoming'], ['chou', 'hsiao', 'ming']); // true
 */
export function sameRomanisedName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const left = a.map(romanisationSkeleton).join('');
  const right = b.map(romanisationSkeleton).join('');
  if (left === right) return true;
  if (left.length !== right.length || left[0] !== right[0]) return false;
  let changes = 0;
  for (let i = 0; i < left.length; i++) {
    if (left[i] === right[i]) continue;
    if (!VOWELS.has(left[i] as string) || !VOWELS.has(right[i] as string)) return false;
    changes++;
  }
  return changes <= Math.floor(left.length / LETTERS_PER_VOWEL_CHANGE);
}
