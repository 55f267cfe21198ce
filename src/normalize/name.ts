import { jaroWinklerScore } from './_lib/jaro-winkler.js';
import { compareNameInputs } from './_lib/name-compare.js';
import type { NameComparison, NameLike } from './_lib/name-compare.js';
import { primaryNameTokens, tokenize } from './_lib/name-tokens.js';

export type { NameComparison, NameLike, NameMatchReason } from './_lib/name-compare.js';
export { NAME_MATCH_FLOOR } from './_lib/name-compare.js';

/**
 * Default minimum Jaro-Winkler similarity for two name tokens to count as a typo of each other.
 * Measured on the labelled table in test/normalize/name.test.ts: same-person typo pairs score
 * 0.91-0.98 per token, the closest different-name pairs that are not prefix extensions score
 * 0.88-0.89 (Mark/Mary, Jana/Jane, Smith/Smyth), so 0.9 separates them with no errors.
 */
export const DEFAULT_NAME_TOKEN_THRESHOLD = 0.9;
/** Default maximum edit distance for a typo: two edits cover a transposition or a doubled letter. */
export const DEFAULT_NAME_TOKEN_MAX_EDITS = 2;

export interface CompareNamesOptions {
  /** Minimum Jaro-Winkler similarity for a token typo (default {@link DEFAULT_NAME_TOKEN_THRESHOLD}). */
  tokenThreshold?: number;
  /** Maximum Levenshtein distance for a token typo (default {@link DEFAULT_NAME_TOKEN_MAX_EDITS}). */
  maxTokenEdits?: number;
}

/**
 * Folds a personal name to a comparison form: NFKC, lower case, diacritics removed (é→e, ß→ss,
 * ø→o), apostrophes joined, other punctuation turned into single spaces, and leading honorifics
 * (Mr, Dr, ...) and trailing suffixes (Jr, III, PhD, ...) dropped. Never throws; non-strings give ''.
 *
 * @example
 * normalizeName('  Dr. José  Álvarez-Núñez, Jr. '); // 'jose alvarez nunez'
 */
export function normalizeName(input: string): string {
  return tokenize(input).join(' ');
}

/**
 * The tokens of {@link normalizeName}'s result.
 *
 * @example
 * nameTokens("Mary O'Brien-Smith"); // ['mary', 'obrien', 'smith']
 */
export function nameTokens(input: string): string[] {
  return tokenize(input);
}

/**
 * Standard Jaro-Winkler similarity in [0, 1] on the strings as given (normalise first if case or
 * accents should not count): match window floor(max length / 2) - 1, common prefix up to 4
 * characters, prefix scale 0.1, prefix bonus only above a Jaro score of 0.7 (Winkler 1990).
 *
 * @example
 * jaroWinkler('MARTHA', 'MARHTA'); // 0.9611...
 */
export function jaroWinkler(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') return 0;
  return jaroWinklerScore(a, b);
}

/**
 * Decides whether two names plausibly belong to the same person, tolerating token order, missing
 * middle names, initials, nicknames (Bob/Robert), typos, diacritics, hyphenated surnames and a
 * surname listed among the other record's aliases. Compares strings only: it never considers
 * where a name comes from. Symmetric; never throws.
 *
 * A single-token name only matches an identical one; every token of the shorter name must pair
 * with a distinct token of the longer one, and at least one pair must be exact or a typo (so
 * "J. S." alone never matches). Match scores lie in [0.85, 1], mismatch scores in [0, 0.85).
 *
 * @example
 * compareNames('Bob Smith', 'Robert J. Smith');
 * // { score: 0.95..., match: true, reason: 'nickname', details: ['extra-tokens', 'nickname'] }
 * compareNames('John Smith', 'Mary Smith').match; // false
 */
export function compareNames(
  a: string | NameLike,
  b: string | NameLike,
  options: CompareNamesOptions = {},
): NameComparison {
  // Most comparisons are of one name copied twice (a document or payroll name from the profile).
  // Identical tokens are the matcher's first test and answer 'exact', so skip its full parse.
  const left = primaryNameTokens(a);
  if (left.length > 0 && sameTokens(left, primaryNameTokens(b)))
    return { score: 1, match: true, reason: 'exact', details: [] };
  return compareNameInputs(a, b, {
    tokenThreshold: options.tokenThreshold ?? DEFAULT_NAME_TOKEN_THRESHOLD,
    maxTokenEdits: options.maxTokenEdits ?? DEFAULT_NAME_TOKEN_MAX_EDITS,
  });
}

/**
 * Whether two token lists are the same words in the same order: what comparing them joined by spaces
 * says, since no token holds a space, without building the joined strings.
 */
function sameTokens(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}
