import { compareNames } from '../../src/normalize/name.js';
import { meanBestSimilarity, relateTokens } from '../../src/normalize/_lib/name-align.js';

const rules = { tokenThreshold: 0.9, maxTokenEdits: 2 };

describe('compareNames on hostile lengths (issue 17, item 8)', () => {
  it('compares two 100,000-character names as a mismatch without quadratic work', () => {
    // The bound is on work, not time: tokens past 64 characters are never typo-compared, and the
    // mismatch closeness reads at most 32 tokens of 64 characters each.
    const result = compareNames('a'.repeat(100_000), 'b'.repeat(100_000));
    expect(result).toEqual({ score: 0, match: false, reason: 'mismatch', details: [] });
  });

  it('still matches a 100,000-character name with itself exactly', () => {
    const name = `Ana ${'x'.repeat(100_000)}`;
    expect(compareNames(name, name).reason).toBe('exact');
  });

  it('does not look for a typo in a token longer than any name', () => {
    const long = 'abcdefgh'.repeat(9);
    expect(relateTokens(long, `${long.slice(0, -1)}z`, rules)).toBeUndefined();
    expect(relateTokens('jonathon', 'jonathan', rules)?.relation).toBe('fuzzy');
  });

  it('reads the mismatch closeness from the first 32 tokens only', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `t${i}`);
    expect(meanBestSimilarity(many, many)).toBe(1);
  });
});
