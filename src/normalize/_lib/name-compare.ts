import { alignTokens, meanBestSimilarity } from './name-align.js';
import type { TokenPair, TokenRules } from './name-align.js';
import { hyphenatedParts, tokenize } from './name-tokens.js';
import { sameRomanisedName } from './romanisation.js';

/** A name as a profile holds it; `given`/`family` are used when `full` is empty. */
export interface NameLike {
  full: string;
  given?: string;
  family?: string;
  /** Other names the person is known by: maiden or former surnames, or whole former names. */
  aliases?: string[];
}

export type NameMatchReason =
  'exact' | 'token-order' | 'nickname' | 'initials' | 'alias' | 'fuzzy' | 'surname-change' | 'mismatch';

export interface NameComparison {
  /** 0..1; a match always scores >= 0.85 and a mismatch always < 0.85. */
  score: number;
  match: boolean;
  reason: NameMatchReason;
  /** Stable codes for what was tolerated: 'reordered', 'extra-tokens', 'nickname', 'initial', 'fuzzy', 'alias', 'hyphenated-surname', 'alias-surname', 'romanisation'. */
  details: string[];
}

interface ParsedName {
  tokens: string[];
  /** Tokens of a multi-part surname (hyphenated, or a multi-token `family`). */
  surnameParts: Set<string>;
  aliases: string[][];
  sortKey: string;
}

/** The line between match and mismatch scores; the same 0.85 docs/indicators.md uses for idn-name-inconsistent. */
export const NAME_MATCH_FLOOR = 0.85;
const PER_EXTRA_TOKEN = 0.98;
const REORDER_FACTOR = 0.99;
const ALIAS_FACTOR = 0.95;
const SURNAME_CHANGE_FACTOR = 0.92;
const MISMATCH_SCALE = 0.84;
/** One name written by two romanisation systems: a match, scored like a close typo. */
const ROMANISATION_SCORE = 0.9;

export function parseName(input: string | NameLike): ParsedName {
  const like: NameLike = typeof input === 'string' ? { full: input } : (input ?? { full: '' });
  let tokens = tokenize(like.full);
  if (tokens.length === 0) tokens = tokenize(`${like.given ?? ''} ${like.family ?? ''}`);
  const family = tokenize(like.family);
  const surnameParts = new Set([...hyphenatedParts(like.full), ...(family.length > 1 ? family : [])]);
  const aliases = (Array.isArray(like.aliases) ? like.aliases : []).map(tokenize).filter((t) => t.length > 0);
  const sortKey = JSON.stringify([tokens, [...surnameParts].sort(), aliases.map((t) => t.join(' ')).sort()]);
  return { tokens, surnameParts, aliases, sortKey };
}

function clampMatch(score: number): number {
  return Math.min(1, Math.max(NAME_MATCH_FLOOR, score));
}

/** A direct comparison of two token lists, without aliases. */
function compareTokens(a: ParsedName, b: ParsedName, rules: TokenRules): NameComparison | undefined {
  if (a.tokens.length === 0 || b.tokens.length === 0) return undefined;
  if (a.tokens.join(' ') === b.tokens.join(' '))
    return { score: 1, match: true, reason: 'exact', details: [] };
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  // A single token ("Smith", "Bob") is too little to call two records the same person.
  if (short.tokens.length < 2) return undefined;
  const pairs = alignTokens(short.tokens, long.tokens, rules);
  if (!pairs || !pairs.some((p) => p.relation === 'exact' || p.relation === 'fuzzy')) return undefined;
  return describeAlignment(pairs, short, long);
}

function describeAlignment(pairs: TokenPair[], short: ParsedName, long: ParsedName): NameComparison {
  const details: string[] = [];
  const relations = new Set(pairs.map((p) => p.relation));
  const used = new Set(pairs.map((p) => p.long));
  const extra = long.tokens.filter((_, j) => !used.has(j));
  const reordered = pairs.some((p, k) => k > 0 && p.long < (pairs[k - 1]?.long ?? 0));
  if (reordered) details.push('reordered');
  if (extra.length > 0) details.push('extra-tokens');
  for (const relation of ['nickname', 'initial', 'fuzzy'] as const)
    if (relations.has(relation)) details.push(relation);
  const droppedSurnamePart =
    extra.some((t) => long.surnameParts.has(t)) && short.tokens.some((t) => long.surnameParts.has(t));
  if (droppedSurnamePart) details.push('hyphenated-surname');

  const mean = pairs.reduce((sum, p) => sum + p.score, 0) / pairs.length;
  let score = mean * PER_EXTRA_TOKEN ** extra.length * (reordered ? REORDER_FACTOR : 1);
  let reason: NameComparison['reason'] = 'token-order';
  if (droppedSurnamePart) {
    reason = 'surname-change';
    score *= SURNAME_CHANGE_FACTOR;
  } else if (relations.has('fuzzy')) reason = 'fuzzy';
  else if (relations.has('initial')) reason = 'initials';
  else if (relations.has('nickname')) reason = 'nickname';
  return { score: clampMatch(score), match: true, reason, details };
}

/** `a`'s surname is one of `b`'s former surnames: `a` aligns into `b` plus `b`'s alias tokens. */
function compareWithAliasSurnames(
  a: ParsedName,
  b: ParsedName,
  rules: TokenRules,
): NameComparison | undefined {
  const aliasTokens = [...new Set(b.aliases.flat())].filter((t) => !b.tokens.includes(t));
  if (a.tokens.length < 2 || aliasTokens.length === 0) return undefined;
  const pairs = alignTokens(a.tokens, [...b.tokens, ...aliasTokens], rules);
  if (!pairs) return undefined;
  const own = pairs.filter((p) => p.long < b.tokens.length);
  // The given name must still match the profile itself, and strongly (not by an initial alone).
  if (own.length === 0 || own.length === pairs.length || own.every((p) => p.relation === 'initial'))
    return undefined;
  const mean = pairs.reduce((sum, p) => sum + p.score, 0) / pairs.length;
  return {
    score: clampMatch(mean * SURNAME_CHANGE_FACTOR),
    match: true,
    reason: 'surname-change',
    details: ['alias-surname'],
  };
}

function compareParsed(a: ParsedName, b: ParsedName, rules: TokenRules): NameComparison {
  const direct = compareTokens(a, b, rules);
  if (direct) return direct;

  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const alias of y.aliases) {
      const viaAlias = compareTokens(x, { ...y, tokens: alias, surnameParts: new Set(), aliases: [] }, rules);
      if (viaAlias)
        return {
          score: clampMatch(viaAlias.score * ALIAS_FACTOR),
          match: true,
          reason: 'alias',
          details: ['alias', ...viaAlias.details],
        };
    }
  }
  const surname = compareWithAliasSurnames(a, b, rules) ?? compareWithAliasSurnames(b, a, rules);
  if (surname) return surname;

  if (sameRomanisedName(a.tokens, b.tokens))
    return { score: ROMANISATION_SCORE, match: true, reason: 'fuzzy', details: ['romanisation'] };

  const closeness = (meanBestSimilarity(a.tokens, b.tokens) + meanBestSimilarity(b.tokens, a.tokens)) / 2;
  return { score: MISMATCH_SCALE * closeness, match: false, reason: 'mismatch', details: [] };
}

/** Compares in a fixed order of the two inputs so that the result is symmetric by construction. */
export function compareNameInputs(
  a: string | NameLike,
  b: string | NameLike,
  rules: TokenRules,
): NameComparison {
  const left = parseName(a);
  const right = parseName(b);
  return left.sortKey <= right.sortKey
    ? compareParsed(left, right, rules)
    : compareParsed(right, left, rules);
}
