import { distance } from 'fastest-levenshtein';
import { jaroWinklerScore } from './jaro-winkler.js';
import { areNicknames } from './nicknames.js';

/** How two single tokens relate; `initial` means one token is the first letter of the other. */
export type TokenRelation = 'exact' | 'nickname' | 'initial' | 'fuzzy';

export interface TokenPair {
  readonly short: number;
  readonly long: number;
  readonly relation: TokenRelation;
  readonly score: number;
}

export interface TokenRules {
  /** Minimum Jaro-Winkler similarity for a typo match between two tokens. */
  readonly tokenThreshold: number;
  /** Maximum Levenshtein distance for a typo match, so long shared prefixes alone do not match. */
  readonly maxTokenEdits: number;
}

/** Scores given to the non-fuzzy relations; a fuzzy pair scores its own Jaro-Winkler value. */
/** Longest token compared for typos; the longest single-word names run to a few dozen letters. */
const MAX_FUZZY_TOKEN = 64;

const RELATION_SCORE = { exact: 1, nickname: 0.95, initial: 0.9 } as const;

/**
 * "Paul"/"Paula", "Daniel"/"Daniela", "Eric"/"Erica" are different given names even though
 * Jaro-Winkler rates them above 0.95. A token that merely extends the other is therefore no typo,
 * except for a silent trailing "h" (Sara/Sarah, Hanna/Hannah).
 */
function isPrefixExtension(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!longer.startsWith(shorter)) return false;
  return longer.slice(shorter.length) !== 'h';
}

/**
 * Folding turns "Müller" into "muller", but the same name is often typed "Mueller"; Jaro-Winkler
 * rates Jurgen/Juergen only 0.895. Treating ae/oe/ue as a/o/u links these spellings; it is a
 * string rule, applied to every token alike. Short tokens and a vowel or "y" after the "e" are left
 * alone so that Joey/Joy and Noel/Nol stay apart.
 */
function collapseUmlautSpelling(token: string): string {
  return token.length < 5 ? token : token.replace(/([aou])e(?=[^aeiouy])/g, '$1');
}
const UMLAUT_SPELLING_SCORE = 0.95;

/** The strongest relation between two folded tokens, or undefined when they are unrelated. */
export function relateTokens(
  a: string,
  b: string,
  rules: TokenRules,
): { relation: TokenRelation; score: number } | undefined {
  if (a === b) return { relation: 'exact', score: RELATION_SCORE.exact };
  if (areNicknames(a, b)) return { relation: 'nickname', score: RELATION_SCORE.nickname };
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) {
    return { relation: 'initial', score: RELATION_SCORE.initial };
  }
  if (a.length < 2 || b.length < 2) return undefined;
  if (collapseUmlautSpelling(a) === collapseUmlautSpelling(b))
    return { relation: 'fuzzy', score: UMLAUT_SPELLING_SCORE };
  if (isPrefixExtension(a, b)) return undefined;
  // Levenshtein is at least the length difference, and Jaro-Winkler and Levenshtein are quadratic: a
  // token longer than any name's is never a typo of another (100k characters took minutes, issue 17).
  if (Math.abs(a.length - b.length) > rules.maxTokenEdits || Math.max(a.length, b.length) > MAX_FUZZY_TOKEN)
    return undefined;
  // In names of four letters or fewer a dropped or added letter usually makes another real name
  // (Joey/Joy, Joan/Jon), so short tokens only tolerate substitutions and transpositions.
  if (Math.min(a.length, b.length) <= 4 && a.length !== b.length) return undefined;
  const similarity = jaroWinklerScore(a, b);
  if (similarity < rules.tokenThreshold || distance(a, b) > rules.maxTokenEdits) return undefined;
  return { relation: 'fuzzy', score: similarity };
}

/** Names longer than this are compared on their first tokens only, bounding the search below. */
export const MAX_ALIGNED_TOKENS = 8;

/**
 * The best one-to-one assignment of every `short` token to a distinct `long` token (highest total
 * score; among equals, the first found, which keeps tokens in their written order), or undefined
 * when some short token has no partner. Exhaustive search is fine: at most 8 x 2^8 states.
 */
export function alignTokens(
  short: readonly string[],
  long: readonly string[],
  rules: TokenRules,
): TokenPair[] | undefined {
  const a = short.slice(0, MAX_ALIGNED_TOKENS);
  const b = long.slice(0, MAX_ALIGNED_TOKENS);
  if (a.length === 0 || a.length > b.length) return undefined;
  const relations = a.map((x) => b.map((y) => relateTokens(x, y, rules)));

  let best: TokenPair[] | undefined;
  let bestScore = -1;
  const chosen: TokenPair[] = [];
  const search = (i: number, used: number, total: number): void => {
    if (i === a.length) {
      if (total > bestScore + 1e-12) {
        bestScore = total;
        best = [...chosen];
      }
      return;
    }
    for (let j = 0; j < b.length; j += 1) {
      const rel = relations[i]?.[j];
      if (!rel || used & (1 << j)) continue;
      chosen.push({ short: i, long: j, relation: rel.relation, score: rel.score });
      search(i + 1, used | (1 << j), total + rel.score);
      chosen.pop();
    }
  };
  search(0, 0, 0);
  return best;
}

/**
 * Mean over `from` tokens of the best Jaro-Winkler similarity to any `to` token: a graded closeness
 * for names that did not match, used only to rank mismatches.
 */
export function meanBestSimilarity(from: readonly string[], to: readonly string[]): number {
  // Bounded like the alignment: the first tokens, each cut to the longest a typo is looked for in, so
  // the closeness of two 100k-character "names" costs what two long real names cost.
  const left = from.slice(0, MAX_SIMILARITY_TOKENS).map(cut);
  const right = to.slice(0, MAX_SIMILARITY_TOKENS).map(cut);
  if (left.length === 0 || right.length === 0) return 0;
  let sum = 0;
  for (const x of left) sum += Math.max(...right.map((y) => jaroWinklerScore(x, y)));
  return sum / left.length;
}

const MAX_SIMILARITY_TOKENS = 4 * MAX_ALIGNED_TOKENS;
const cut = (token: string): string =>
  token.length > MAX_FUZZY_TOKEN ? token.slice(0, MAX_FUZZY_TOKEN) : token;
