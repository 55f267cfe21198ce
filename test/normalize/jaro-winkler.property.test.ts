import fc from 'fast-check';
import {
  characterCounts,
  commonCharacters,
  jaro,
  jaroWinklerScore,
  maxJaroWinkler,
  minLengthRatioFor,
} from '../../src/normalize/_lib/jaro-winkler.js';

/** Jaro-Winkler as written before issue 16 (code-point arrays on every call): the oracle. */
function referenceJaro(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const window = Math.max(Math.floor(Math.max(left.length, right.length) / 2) - 1, 0);
  const leftMatched = new Array<boolean>(left.length).fill(false);
  const rightMatched = new Array<boolean>(right.length).fill(false);
  let matches = 0;
  for (let i = 0; i < left.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(right.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (!rightMatched[j] && left[i] === right[j]) {
        leftMatched[i] = true;
        rightMatched[j] = true;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let half = 0;
  let j = 0;
  for (let i = 0; i < left.length; i += 1) {
    if (!leftMatched[i]) continue;
    while (!rightMatched[j]) j += 1;
    if (left[i] !== right[j]) half += 1;
    j += 1;
  }
  return (matches / left.length + matches / right.length + (matches - half / 2) / matches) / 3;
}

function referenceJaroWinkler(a: string, b: string): number {
  const base = referenceJaro(a, b);
  if (base <= 0.7) return base;
  const left = Array.from(a);
  const right = Array.from(b);
  let prefix = 0;
  const limit = Math.min(4, left.length, right.length);
  while (prefix < limit && left[prefix] === right[prefix]) prefix += 1;
  return base + prefix * 0.1 * (1 - base);
}

/** Company-name-like text: a small alphabet makes near matches common; emoji and lone surrogates too. */
const word = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'o', 'n', ' ', 'h', 'g'), maxLength: 14 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    'hopana tech',
    'hopana tek',
    'taggcar',
    'korea sobaeksu trading',
    '\ud83d\ude00ab',
    'a\ud800b',
  ),
);

describe('jaro and jaroWinklerScore', () => {
  it('give the same score, to the bit, as the code-point version on any pair', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(Object.is(jaro(a, b), referenceJaro(a, b))).toBe(true);
        expect(Object.is(jaroWinklerScore(a, b), referenceJaroWinkler(a, b))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives the textbook scores for MARTHA and MARHTA (Jaro 0.944, Jaro-Winkler 0.961)', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinklerScore('martha', 'marhta')).toBeCloseTo(0.9611, 4);
  });
});

describe('minLengthRatioFor', () => {
  it("is 0.75 for the entity matcher's 0.95 and never excludes a pair that reaches the threshold", () => {
    expect(minLengthRatioFor(0.95)).toBeCloseTo(0.75, 12);
    // Strings from a small alphabet so that close pairs are common, lengths from 1 to 24.
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', ' ', '\u{1F600}'),
      minLength: 1,
      maxLength: 24,
    });
    fc.assert(
      fc.property(text, text, fc.double({ min: 0.7, max: 1, noNaN: true }), (a, b, threshold) => {
        const [la, lb] = [Array.from(a).length, Array.from(b).length];
        if (jaroWinklerScore(a, b) >= threshold)
          expect(Math.min(la, lb)).toBeGreaterThanOrEqual(
            minLengthRatioFor(threshold) * Math.max(la, lb) - 1e-9,
          );
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps a close pair of different lengths: a dropped word at the end', () => {
    const [a, b] = ['chosun expo', 'chosun expo co'];
    expect(jaroWinklerScore(a, b)).toBeGreaterThanOrEqual(0.95);
    expect(b.length * minLengthRatioFor(0.95)).toBeLessThanOrEqual(a.length);
  });
});

describe('maxJaroWinkler', () => {
  it('is never below the score of a pair, whatever their characters (emoji and lone surrogates too)', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const common = commonCharacters(characterCounts(a), characterCounts(b));
        const bound = maxJaroWinkler(common, Array.from(a).length, Array.from(b).length);
        expect(jaroWinklerScore(a, b)).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 10_000 },
    );
  });

  it('counts shared characters with repetition, in either order', () => {
    const [a, b] = [characterCounts('hopana tech'), characterCounts('hopana tek')];
    expect(commonCharacters(a, b)).toBe(9);
    expect(commonCharacters(b, a)).toBe(9);
    expect(maxJaroWinkler(10, 10, 10)).toBe(1);
  });
});
