import fc from 'fast-check';
import { SkeletonIndex, skeletonOf } from '../../../src/intel/entities/skeleton-index.js';

/** Name keys from a few letters that the romanisation rules rewrite, so skeletons share beginnings. */
const word = fc.string({ unit: fc.constantFrom(...'aostchxywkz'), minLength: 1, maxLength: 5 });
const key = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

describe('SkeletonIndex', () => {
  it('finds what a map from each joined skeleton to its first value finds', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 30 }), fc.array(key, { maxLength: 30 }), (listed, names) => {
        const entries = listed.map((listedKey, i) => [skeletonOf(listedKey), i] as const);
        const index = new SkeletonIndex(entries);
        const reference = new Map<string, number>();
        for (const [skeleton, value] of entries) if (!reference.has(skeleton)) reference.set(skeleton, value);
        // Names written like the listed ones, and others.
        for (const name of [...listed, ...listed.map((k) => k.replace(/ /g, '')), ...names])
          expect(index.find(name)).toBe(reference.get(skeletonOf(name)));
      }),
      { numRuns: 5_000 },
    );
  });
});
