import fc from 'fast-check';
import { KNOWN_ENTITIES } from '../../../src/intel/catalogs/known-entities.js';
import {
  domainOf,
  EntityMatcher,
  entityNameKey,
  tokenNameKey,
} from '../../../src/intel/entities/match-entity.js';
import { jaroWinklerScore } from '../../../src/normalize/_lib/jaro-winkler.js';
import { romanisationSkeleton } from '../../../src/normalize/_lib/romanisation.js';

/** The matcher's name search as written before the character-count bound: every pair scored. */
function referenceMatchName(
  name: string,
): { matchedName: string; strength: string; score: number } | undefined {
  const entries = KNOWN_ENTITIES.entities
    .filter((entity) => entity.kind !== 'individual')
    .flatMap((entity) => [
      { name: entity.name, alias: false },
      ...entity.aliases.map((alias) => ({ name: alias, alias: true })),
    ])
    .map((entry) => ({ ...entry, key: entityNameKey(entry.name) }))
    .filter((entry) => entry.key !== '');
  const skeletonOf = (key: string) => key.split(' ').map(romanisationSkeleton).join('');
  const key = entityNameKey(name);
  if (key === '') return undefined;
  const exact = entries.find((entry) => entry.key === key);
  if (exact) return { matchedName: exact.name, strength: exact.alias ? 'alias' : 'exact', score: 1 };
  const spelled = entries.find((entry) => skeletonOf(entry.key) === skeletonOf(key));
  if (spelled) return { matchedName: spelled.name, strength: 'transliteration', score: 0.95 };
  if (!key.includes(' ')) return undefined;
  let best: (typeof entries)[number] | undefined;
  let bestScore = 0.95;
  for (const entry of entries) {
    if (!entry.key.includes(' ')) continue;
    const score = jaroWinklerScore(key, entry.key);
    if (score >= bestScore) [best, bestScore] = [entry, score];
  }
  return best && { matchedName: best.name, strength: 'close', score: Math.round(bestScore * 1000) / 1000 };
}

const matcher = new EntityMatcher([KNOWN_ENTITIES]);
const catalogNames = KNOWN_ENTITIES.entities.flatMap((entity) => [entity.name, ...entity.aliases]);
const letters = [...new Set(catalogNames.join('').toLowerCase())];

/** A catalog name with a few letters dropped, doubled, swapped or replaced: names near the threshold. */
const nearName = fc
  .tuple(
    fc.constantFrom(...catalogNames),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'replace'), fc.constantFrom(...letters)),
      { maxLength: 4 },
    ),
  )
  .map(([name, edits]) => {
    let out = name;
    for (const [at, edit, letter] of edits) {
      const i = at % Math.max(out.length, 1);
      if (edit === 'drop') out = out.slice(0, i) + out.slice(i + 1);
      else if (edit === 'double') out = out.slice(0, i + 1) + out.slice(i);
      else if (edit === 'swap')
        out = out.slice(0, i) + out.slice(i + 1, i + 2) + out.slice(i, i + 1) + out.slice(i + 2);
      else out = out.slice(0, i) + letter + out.slice(i + 1);
    }
    return out;
  });

describe('EntityMatcher.matchName', () => {
  it('finds what scoring every pair finds, on names near and far from the catalog', () => {
    const name = fc.oneof(
      nearName,
      fc.string({ unit: fc.constantFrom(...letters), maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    fc.assert(
      fc.property(name, (text) => {
        const got = matcher.matchName(text);
        const want = referenceMatchName(text);
        expect(got && { matchedName: got.matchedName, strength: got.strength, score: got.score }).toEqual(
          want,
        );
      }),
      { numRuns: 20_000 },
    );
  });
});

/** entityNameKey as written before its path for ASCII names: every name tokenised. */
const referenceNameKey = (name: string): string =>
  tokenNameKey(name.replace(/\bl\.?\s?l\.?\s?c\b\.?/gi, 'llc'));

describe('entityNameKey', () => {
  it('gives what tokenising every name gives, for plain names and others', () => {
    /** Words the key treats specially, in any case, alone or inside a longer word, and a few others. */
    const special = fc.constantFrom(
      ...'the The THE l L c C ll lc LLC llc Inc co Company GmbH kk sa Technologies technology Labs LABORATORY solution systems intl tech and'.split(
        ' ',
      ),
    );
    const word = fc.oneof(
      special,
      fc
        .tuple(fc.constantFrom('', 'x', 'A1'), special, fc.constantFrom('', 's', 'X', '9'))
        .map((parts) => parts.join('')),
      fc.string({ unit: fc.constantFrom(...'aAbcCelLostx09'), minLength: 1, maxLength: 6 }),
    );
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '. ', ', ', '.', '-', '&', ' & ', '_', '\t');
    const plainish = fc
      .tuple(fc.array(fc.tuple(word, separator), { maxLength: 6 }), word)
      .map(([pairs, last]) => pairs.map(([w, sep]) => w + sep).join('') + last);
    const name = fc.oneof(
      plainish,
      plainish.map((text) => ` ${text}`),
      fc.constantFrom(...catalogNames),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    fc.assert(
      fc.property(name, (text) => {
        expect(entityNameKey(text)).toBe(referenceNameKey(text));
      }),
      { numRuns: 50_000 },
    );
  });
});

/** domainOf as written before its split and regular-expression literals were taken out. */
function referenceDomainOf(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  const host = (at >= 0 ? text.slice(at + 1) : text)
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split(/[/?#:]/)[0]
    ?.replace(/^www\./, '')
    .replace(/\.$/, '');
  return host && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : undefined;
}

describe('domainOf', () => {
  it('gives what it gave before, for addresses, URLs and other text', () => {
    const part = fc.constantFrom(
      ...'a x Co 9 - . .. www www. WWW. http https:// HTTP:// ftp+x:// / ? # : @ example com .com'.split(' '),
      ' ',
      '\t',
    );
    const text = fc.oneof(
      fc.array(part, { maxLength: 10 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(domainOf(value)).toBe(referenceDomainOf(value));
      }),
      { numRuns: 50_000 },
    );
  });
});
