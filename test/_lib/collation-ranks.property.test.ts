import fc from 'fast-check';
import { CollationRanks } from '../../src/_lib/collation-ranks.js';

const collator = new Intl.Collator();

/**
 * Texts the collator orders in ways code-unit order does not: case, accents composed and decomposed
 * (equal to the collator, different strings), punctuation and digits, and the data-gap sentences.
 */
const text = fc.oneof(
  fc.constantFrom(
    'a',
    'A',
    'b',
    '\u00e1',
    'a\u0301',
    'resume',
    'r\u00e9sum\u00e9',
    're\u0301sume\u0301',
    'Resume',
    'at least 20 activity events in the last 28 days',
    'at least 5 located, non-VPN, non-corporate logins in the last 30 days',
    'link index (screen a roster, or pass `links`)',
    'references[].phone',
    'references',
    '10 days',
    '9 days',
    '',
  ),
  fc.string({ unit: fc.constantFrom('a', 'B', 'e', '\u00e9', '\u0301', ' ', '-', '1', '2'), maxLength: 6 }),
);

describe('CollationRanks', () => {
  it('compares and sorts as the collator does, with ranks for every text or for the first few only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 12 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 12 }),
        (lists, limit) => {
          // One instance over several lists, as the screenings of one process share it; each pair is
          // compared as it first meets, when one or both texts are new to it.
          const ranks = new CollationRanks(collator, limit);
          for (const list of lists) {
            for (let i = 1; i < list.length; i++) {
              const [a, b] = [list[i - 1] as string, list[i] as string];
              expect(Math.sign(ranks.compare(a, b))).toBe(Math.sign(collator.compare(a, b)));
            }
            expect([...list].sort(ranks.compare)).toEqual([...list].sort(collator.compare));
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('compares a new text with one ranked before it', () => {
    const ranks = new CollationRanks(collator);
    expect(ranks.compare('b', 'a')).toBeGreaterThan(0);
    expect(ranks.compare('c', 'a')).toBeGreaterThan(0);
    expect(ranks.compare('c', 'B')).toBeGreaterThan(0);
  });

  it('ranks texts the collator calls equal alike', () => {
    const ranks = new CollationRanks(collator);
    expect(collator.compare('\u00e1', 'a\u0301')).toBe(0);
    expect(ranks.compare('\u00e1', 'a\u0301')).toBe(0);
    expect(ranks.compare('a', 'b')).toBeLessThan(0);
    expect(ranks.compare('b', 'A')).toBeGreaterThan(0);
  });
});
