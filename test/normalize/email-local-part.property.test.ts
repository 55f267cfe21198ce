import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { localPartNameSimilarity } from '../../src/normalize/email.js';
import { foldText } from '../../src/normalize/_lib/fold.js';
import type { NameLike } from '../../src/normalize/_lib/name-compare.js';
import { tokenize } from '../../src/normalize/_lib/name-tokens.js';
import { nicknameVariants } from '../../src/normalize/_lib/nicknames.js';

/** The similarity as first written: every handle spelling built and scored, no shortcut. */
function referenceSimilarity(address: string, name: string | NameLike): number {
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  if (local.length > 256) return 0;
  const parts = foldText(local.split('+')[0] ?? '')
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length > 0);
  const candidates = referenceCandidates(name);
  if (parts.length === 0 || candidates.length === 0) return 0;
  const text = parts.join('');
  let best = 0;
  for (const { text: candidate, weight } of candidates) {
    let score: number;
    if (text === candidate) score = 1;
    else if (candidate.length >= 4 && text.includes(candidate))
      score = 0.85 + (0.15 * candidate.length) / text.length;
    else score = 1 - distance(text, candidate) / Math.max(text.length, candidate.length);
    best = Math.max(best, weight * score);
  }
  return best;
}

function referenceCandidates(name: string | NameLike): { text: string; weight: number }[] {
  const like: NameLike = typeof name === 'string' ? { full: name } : name;
  const tokens =
    tokenize(like.full).length > 0
      ? tokenize(like.full)
      : tokenize(`${like.given ?? ''} ${like.family ?? ''}`);
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
    ])
      combined.add(c);
  }
  const candidates = [...combined].map((text) => ({ text, weight: 1 }));
  for (const text of single) if (!combined.has(text)) candidates.push({ text, weight: 0.8 });
  return candidates.filter((c) => c.text.length >= 2);
}

const WORDS = [
  'john',
  'Smith',
  'Robert',
  'bob',
  'J.',
  'Mary-Ann',
  'O\u2019Brien',
  'Jos\u00e9',
  'a',
  'Dr',
  'Jr',
  '',
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const fullName = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' '));
const nameLike = fc.record({ full: fullName, given: word, family: word }, { requiredKeys: ['full'] });
const separator = fc.constantFrom('', '.', '_', '-', '1', '+tag', '99');
/** Local parts built from the name's own words, so exact and near matches are common. */
const localPart = fc.oneof(
  fc.tuple(fc.array(word, { maxLength: 3 }), separator).map(([ws, sep]) => ws.join(sep)),
  fc.string({ maxLength: 12 }),
);

describe('localPartNameSimilarity', () => {
  it('equals scoring every handle spelling (the whole-name shortcut changes nothing)', () => {
    fc.assert(
      fc.property(localPart, fc.oneof(fullName, nameLike), (local, name) => {
        expect(localPartNameSimilarity(local, name)).toBe(referenceSimilarity(local, name));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['john.smith', 'John Smith'],
    ['JohnSmith+cv', 'John Smith'],
    ['j', 'J'],
    ['jj', 'J J'],
    ['', 'John Smith'],
    ['smith', 'John Smith'],
    ['maryannobrien', "Mary-Ann O'Brien"],
  ])('scores %j against %j as the reference does', (local, name) => {
    expect(localPartNameSimilarity(local, name)).toBe(referenceSimilarity(local, name));
  });

  it('scores a whole-name handle 1', () => {
    expect(localPartNameSimilarity('John.Smith+cv', { full: '', given: 'John', family: 'Smith' })).toBe(1);
  });
});
