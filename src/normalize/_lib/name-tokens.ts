import { foldText } from './fold.js';
import type { NameLike } from './name-compare.js';

/** Courtesy titles dropped from the start of a name. */
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'rev',
]);
/**
 * Generational and professional suffixes dropped from the end of a name. A lone "v" is left alone
 * because it is far more often a middle initial than "the fifth".
 */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Apostrophes inside a name join its parts ("O'Brien" is one token, "obrien"). */
const APOSTROPHES_RE = /['\u2018\u2019\u02bc\u02bb`\uff07]/gu;
/** A name token is a run of letters and digits; everything else separates tokens. */
const NAME_TOKEN_RE = /[\p{L}\p{N}]+/gu;
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d';
const HYPHENATED_RE = new RegExp(`[\\p{L}\\p{N}]+(?:[${DASHES}][\\p{L}\\p{N}]+)+`, 'gu');
/** Most names have no dash; testing for one is far cheaper than HYPHENATED_RE's backtracking search. */
const DASH_RE = new RegExp(`[${DASHES}]`, 'u');

/** The tokens of a folded name, honorifics and suffixes removed, never emptied by that removal. */
export function tokenize(input: unknown): string[] {
  if (typeof input !== 'string') return [];
  const tokens = foldText(input.replace(APOSTROPHES_RE, '')).match(NAME_TOKEN_RE) ?? [];
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens.shift();
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

/** Tokens that belong to a hyphenated compound in `input` ("Smith-Jones" gives smith and jones). */
export function hyphenatedParts(input: unknown): string[] {
  if (typeof input !== 'string') return [];
  const folded = foldText(input);
  if (!DASH_RE.test(folded)) return [];
  const parts: string[] = [];
  for (const compound of folded.match(HYPHENATED_RE) ?? []) parts.push(...tokenize(compound));
  return parts;
}

/**
 * The tokens a name is compared on: those of `full`, else of `given` and `family`. A string is a
 * `full` name; a missing name has none. Shared between callers and frozen: read them only.
 */
export function primaryNameTokens(name: string | NameLike | undefined): readonly string[] {
  const full = typeof name === 'string' ? name : name?.full;
  const fullTokens = typeof full === 'string' ? tokensOfName(full) : NO_TOKENS;
  if (fullTokens.length > 0 || typeof name === 'string' || !name) return fullTokens;
  return tokensOfName(`${name.given ?? ''} ${name.family ?? ''}`);
}

const NO_TOKENS: readonly string[] = Object.freeze([]);

// A screening compares the profile's name with the document's, the payroll holder's and the e-mail
// handles', usually the same text each time: the last few names' tokens are kept by text.
const RECENT_NAMES = 4;
const recentNames: string[] = [];
const recentTokens: (readonly string[])[] = [];
let nextRecent = 0;

function tokensOfName(text: string): readonly string[] {
  for (let i = 0; i < recentNames.length; i++) {
    if (recentNames[i] === text) return recentTokens[i] as readonly string[];
  }
  const tokens = Object.freeze(tokenize(text));
  recentNames[nextRecent] = text;
  recentTokens[nextRecent] = tokens;
  nextRecent = (nextRecent + 1) % RECENT_NAMES;
  return tokens;
}
