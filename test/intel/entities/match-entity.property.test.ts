import fc from 'fast-check';
import { KNOWN_ENTITIES } from '../../../src/intel/catalogs/known-entities.js';
import { EntityMatcher, entityNameKey } from '../../../src/intel/entities/match-entity.js';
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
