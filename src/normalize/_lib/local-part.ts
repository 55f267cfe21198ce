import { distance } from 'fastest-levenshtein';
import { foldText } from './fold.js';
import type { NameLike } from './name-compare.js';
import { primaryNameTokens, tokenize } from './name-tokens.js';
import { nicknameVariants } from './nicknames.js';

/**
 * A handle made of one name alone ("smith1987", "john.dev") shows the address belongs to someone
 * of that name less clearly than one that combines given and family names.
 */
const SINGLE_NAME_WEIGHT = 0.8;

interface Candidate {
  readonly text: string;
  readonly weight: number;
}

/**
 * Spellings of a name people commonly use as a mailbox name: john.smith, jsmith, smithj, ...
 * `tokens` are {@link primaryNameTokens} of `like`.
 */
function handleCandidates(like: NameLike, tokens: readonly string[]): Candidate[] {
  if (tokens.length === 0) return [];
  const givenToken = tokenize(like.given)[0] ?? tokens[0] ?? '';
  const family =
    tokenize(like.family).join('') || (tokens.length > 1 ? (tokens[tokens.length - 1] ?? '') : '');
  const middleInitials = tokens
    .slice(1, -1)
    .map((t) => t[0] ?? '')
    .join('');
  const combined = new Set<string>([tokens.join('')]);
  const single = new Set<string>(tokens.filter((t) => t.length >= 3));
  for (const given of nicknameVariants(givenToken)) {
    single.add(given);
    if (!family) continue;
    const g = given[0] ?? '';
    for (const c of [
      given + family,
      family + given,
      g + family,
      family + g,
      g + middleInitials + family,
      given + middleInitials + family,
    ]) {
      combined.add(c);
    }
  }
  const candidates = [...combined].map((text) => ({ text, weight: 1 }));
  for (const text of single) if (!combined.has(text)) candidates.push({ text, weight: SINGLE_NAME_WEIGHT });
  return candidates.filter((c) => c.text.length >= 2);
}

const LETTER_RUN_RE = /\p{L}+/gu;

/** Letters of a local part: tag dropped, folded, digits and separators removed ('' when none). */
function localLetters(local: string): string {
  const untagged = local.split('+')[0] ?? '';
  return (foldText(untagged).match(LETTER_RUN_RE) ?? []).join('');
}

function similarity(text: string, candidate: string): number {
  if (text === candidate) return 1;
  // "jsmithdev" contains "jsmith": the name is there, with a little extra around it.
  if (candidate.length >= 4 && text.includes(candidate))
    return 0.85 + (0.15 * candidate.length) / text.length;
  return 1 - distance(text, candidate) / Math.max(text.length, candidate.length);
}

export function localPartSimilarity(local: unknown, name: string | NameLike): number {
  if (typeof local !== 'string' || local.length > 256) return 0;
  const text = localLetters(local);
  if (text.length === 0) return 0;
  const like: NameLike = typeof name === 'string' ? { full: name } : (name ?? { full: '' });
  const tokens = primaryNameTokens(like);
  // The usual handle is the whole name run together (john.smith): that candidate scores the
  // maximum, 1, so the other spellings need not be built.
  if (text.length >= 2 && text === tokens.join('')) return 1;
  const candidates = handleCandidates(like, tokens);
  let best = 0;
  for (const candidate of candidates)
    best = Math.max(best, candidate.weight * similarity(text, candidate.text));
  return best;
}
