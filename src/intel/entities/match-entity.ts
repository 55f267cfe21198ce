import { foldText } from '../../normalize/_lib/fold.js';
import {
  characterCounts,
  commonCharacters,
  jaroWinklerScore,
  maxJaroWinkler,
  minLengthRatioFor,
} from '../../normalize/_lib/jaro-winkler.js';
import { SkeletonIndex, skeletonOf } from './skeleton-index.js';
import type { KnownEntity, KnownEntityList } from './types.js';

/** How a name met a list entry, strongest first. */
export type EntityMatchStrength = 'domain' | 'exact' | 'alias' | 'transliteration' | 'close';

export interface EntityMatch {
  entity: KnownEntity;
  list: KnownEntityList;
  /** The entry's name or alias that matched. */
  matchedName: string;
  strength: EntityMatchStrength;
  /** 0..1: 1 for a domain or an exact name, the similarity for a close one. */
  score: number;
}

/** Legal-form words that say nothing about which company it is (LLC, Inc., Co., Ltd, ...). */
const LEGAL_FORMS = new Set(
  'llc inc incorporated co company corp corporation ltd limited plc gmbh llp lp sa ag bv pte pty oy ab jsc ooo sarl srl kk'.split(
    ' ',
  ),
);
/** Business words written in several forms: one form each. */
const WORD_FORMS: Record<string, string> = {
  technology: 'tech',
  technologies: 'tech',
  solution: 'solutions',
  system: 'systems',
  international: 'intl',
  labs: 'lab',
  laboratory: 'lab',
  laboratories: 'lab',
  '&': 'and',
};
/** Similarity of the joined names from which two names of two or more words are a close match. */
const CLOSE_SIMILARITY = 0.95;
/** Names whose lengths differ more than this cannot be that close; most pairs are skipped on length. */
const CLOSE_LENGTH_RATIO = minLengthRatioFor(CLOSE_SIMILARITY);
/**
 * Room for rounding between the bound and a score: the bound is exact arithmetic done in floating
 * point, so a pair is skipped only when its bound is short of the best score by more than this.
 */
const BOUND_MARGIN = 1e-9;

/**
 * A company name reduced to what identifies it: folded, punctuation and legal forms dropped, business
 * words in one form. "Hopana Technologies, L.L.C." and "HOPANA TECH LLC" both give "hopana tech".
 *
 * @example
 * entityNameKey('Taggcar, Inc.'); // 'taggcar'
 */
export function entityNameKey(name: string): string {
  const spelled = LLC_SPELLING.test(name) ? name.replace(LLC_SPELLINGS, 'llc') : name;
  return ASCII.test(spelled) ? asciiNameKey(spelled.toLowerCase()) : tokenNameKey(spelled);
}

/**
 * {@link entityNameKey} of a name whose L.L.C. spellings are already `llc`, by tokens: the general path,
 * taken by names outside ASCII. Exported for the property test, which holds the ASCII path equal to it.
 */
export function tokenNameKey(spelled: string): string {
  const tokens = foldText(spelled)
    .replace(/&/g, ' and ')
    .match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return '';
  const words = tokens.map((token) => WORD_FORMS[token] ?? token);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop();
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

// A global replace allocates even when nothing matches, so each is tested for first: most names have
// no L.L.C., no business word to rewrite and no punctuation.
const LLC_SPELLING = /\bl\.?\s?l\.?\s?c\b\.?/i;
const LLC_SPELLINGS = new RegExp(LLC_SPELLING.source, 'gi');
const ASCII = /^[\x00-\x7f]*$/;
/** Lower-case ASCII words with single spaces: the words are the tokens. */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const AMPERSANDS = /&/g;
const NON_WORD_RUNS = /[^a-z0-9]+/g;
const WORD_FORM_WORD = new RegExp(
  `\\b(?:${Object.keys(WORD_FORMS)
    .filter((word) => /^[a-z]+$/.test(word))
    .join('|')})\\b`,
);
const WORD_FORM_WORDS = new RegExp(WORD_FORM_WORD.source, 'g');
/** Legal forms ending a name; the first word is never one, having no space before it. */
const TRAILING_LEGAL_FORMS = new RegExp(`(?: (?:${[...LEGAL_FORMS].join('|')}))+$`);

/**
 * {@link entityNameKey} of folded ASCII text (folding ASCII is lower-casing), by a few passes over the
 * text instead of an array of tokens, another of mapped words and a join: those were most of what
 * matching a name allocated once the candidates' bound was cheap (issue 16).
 */
function asciiNameKey(lower: string): string {
  let text = lower;
  if (text.includes('&')) text = text.replace(AMPERSANDS, ' and ');
  // ASCII letters and digits are what the full path's [\p{L}\p{N}]+ tokens are made of here.
  if (!PLAIN.test(text)) text = text.replace(NON_WORD_RUNS, ' ').trim();
  if (WORD_FORM_WORD.test(text)) text = text.replace(WORD_FORM_WORDS, (word) => WORD_FORMS[word] as string);
  text = text.replace(TRAILING_LEGAL_FORMS, '');
  return text.startsWith('the ') ? text.slice(4) : text;
}

/** The registrable part of a URL, e-mail address or domain as people type it: `https://www.x.com/a` gives `x.com`. */
export function domainOf(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  let host = (at >= 0 ? text.slice(at + 1) : text).trim().toLowerCase().replace(SCHEME, '');
  const end = host.search(HOST_END);
  if (end >= 0) host = host.slice(0, end);
  if (host.startsWith('www.')) host = host.slice(4);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host && HOST.test(host) ? host : undefined;
}

// Module constants: a regular-expression literal is a new object each time it is evaluated, and a
// split makes an array; a screening takes the domain of every website and e-mail address it has.
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const HOST_END = /[/?#:]/;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

interface Entry {
  entity: KnownEntity;
  list: KnownEntityList;
  name: string;
  key: string;
  skeleton: string;
  alias: boolean;
}

/** An entry a name of two or more words may closely match, with what the similarity bound needs. */
interface CloseEntry {
  entry: Entry;
  length: number;
  counts: ReadonlyMap<string, number>;
  /** The entry's ASCII characters and how often each occurs, side by side: the bound for an ASCII name. */
  asciiCodes: Int32Array;
  asciiTimes: Int32Array;
}

function closeEntry(entry: Entry): CloseEntry {
  const counts = characterCounts(entry.key);
  const ascii = [...counts].filter(([character]) => character.charCodeAt(0) < 128);
  return {
    entry,
    length: codePoints(entry.key),
    counts,
    asciiCodes: Int32Array.from(ascii, ([character]) => character.charCodeAt(0)),
    asciiTimes: Int32Array.from(ascii, ([, times]) => times),
  };
}

/**
 * How often each ASCII character occurs in the name being matched, zero between calls (a count left
 * over could only raise a bound, never skip a pair). A Map of counts per name, and the entry arrays of
 * iterating it against each candidate's, were three quarters of the bytes a name's match allocated
 * (issue 16); almost every folded name is ASCII.
 */
const asciiCounts = new Int32Array(128);

/** Counts an ASCII key into asciiCounts; false, with nothing counted, if the key is not ASCII. */
function countAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= 128) {
      clearAscii(key, i);
      return false;
    }
    (asciiCounts[code] as number)++;
  }
  return true;
}

function clearAscii(key: string, end = key.length): void {
  for (let i = 0; i < end; i++) asciiCounts[key.charCodeAt(i)] = 0;
}

/** {@link commonCharacters} of an entry and the counted ASCII name: the name has no other character. */
function commonAscii(close: CloseEntry): number {
  const { asciiCodes, asciiTimes } = close;
  let common = 0;
  for (let i = 0; i < asciiCodes.length; i++)
    common += Math.min(asciiTimes[i] as number, asciiCounts[asciiCodes[i] as number] as number);
  return common;
}

/**
 * Matches company names and domains against known-entity lists. Individuals on a list never match by
 * name alone, since common personal names would: only a web or e-mail domain the list ties to them
 * matches.
 *
 * @example
 * const matcher = new EntityMatcher([KNOWN_ENTITIES]);
 * matcher.matchName('TAGGCAR INC')?.strength; // 'exact'
 */
export class EntityMatcher {
  private readonly byKey = new Map<string, Entry[]>();
  private readonly bySkeleton: SkeletonIndex<Entry>;
  private readonly byDomain = new Map<string, Entry>();
  private readonly closeEntries: CloseEntry[] = [];

  constructor(readonly lists: readonly KnownEntityList[]) {
    const named: [string, Entry][] = [];
    for (const list of lists)
      for (const entity of list.entities) {
        for (const domain of entity.domains) {
          const key = domainOf(domain);
          if (key) this.byDomain.set(key, { entity, list, name: domain, key, skeleton: key, alias: false });
        }
        if (entity.kind === 'individual') continue;
        for (const [name, alias] of [
          [entity.name, false] as const,
          ...entity.aliases.map((a) => [a, true] as const),
        ]) {
          const key = entityNameKey(name);
          if (key === '') continue;
          const entry = { entity, list, name, key, skeleton: skeletonOf(key), alias };
          if (key.includes(' ')) this.closeEntries.push(closeEntry(entry));
          push(this.byKey, key, entry);
          named.push([entry.skeleton, entry]);
        }
      }
    this.bySkeleton = new SkeletonIndex(named);
  }

  /** The strongest match of a company name, or undefined. */
  matchName(name: string): EntityMatch | undefined {
    const key = entityNameKey(name);
    if (key === '') return undefined;
    const exact = this.byKey.get(key)?.[0];
    if (exact) return result(exact, exact.alias ? 'alias' : 'exact', 1);
    const spelled = this.bySkeleton.find(key);
    if (spelled) return result(spelled, 'transliteration', 0.95);
    // A close match needs two words on both sides: one word ("Lab", "Tech") matches too much.
    if (!key.includes(' ')) return undefined;
    let best: Entry | undefined;
    let bestScore = CLOSE_SIMILARITY;
    const length = codePoints(key);
    // Counted on the first pair that passes the length bound: most names pass none. An ASCII key is
    // counted into asciiCounts, which must be cleared again before returning; any other into a Map.
    let counted: 'no' | 'ascii' | Map<string, number> = 'no';
    for (const close of this.closeEntries) {
      const entryLength = close.length;
      if (Math.min(length, entryLength) < CLOSE_LENGTH_RATIO * Math.max(length, entryLength)) continue;
      // Scoring a pair is O(length x window); most pairs share too few letters to come near the best
      // score, which the character counts show in a few reads (issue 16).
      if (counted === 'no') counted = countAscii(key) ? 'ascii' : characterCounts(key);
      const common = counted === 'ascii' ? commonAscii(close) : commonCharacters(close.counts, counted);
      const bound = maxJaroWinkler(common, length, entryLength);
      if (bound + BOUND_MARGIN < bestScore) continue;
      const score = jaroWinklerScore(key, close.entry.key);
      if (score >= bestScore) {
        best = close.entry;
        bestScore = score;
      }
    }
    if (counted === 'ascii') clearAscii(key);
    return best && result(best, 'close', Math.round(bestScore * 1000) / 1000);
  }

  /** A list entry tied to the domain of a URL, e-mail address or domain (or a parent domain of it). */
  matchDomain(text: string): EntityMatch | undefined {
    let domain = domainOf(text);
    while (domain?.includes('.')) {
      const entry = this.byDomain.get(domain);
      if (entry) return result(entry, 'domain', 1);
      domain = domain.slice(domain.indexOf('.') + 1);
    }
    return undefined;
  }
}

/** Length in code points, as Jaro-Winkler counts it; a string without surrogates needs no scan. */
function codePoints(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

const result = (entry: Entry, strength: EntityMatchStrength, score: number): EntityMatch => ({
  entity: entry.entity,
  list: entry.list,
  matchedName: entry.name,
  strength,
  score,
});
