import fc from 'fast-check';
import {
  compareNames,
  DEFAULT_NAME_TOKEN_MAX_EDITS,
  DEFAULT_NAME_TOKEN_THRESHOLD,
} from '../../src/normalize/name.js';
import type { NameLike } from '../../src/normalize/name.js';
import { compareNameInputs } from '../../src/normalize/_lib/name-compare.js';

const RULES = { tokenThreshold: DEFAULT_NAME_TOKEN_THRESHOLD, maxTokenEdits: DEFAULT_NAME_TOKEN_MAX_EDITS };

const WORDS = [
  'John',
  'JOHN',
  'jon',
  'Smith',
  'Bob',
  'Robert',
  'J.',
  'Mary-Ann',
  'O\u2019Brien',
  'Jos\u00e9',
  'Jr',
  'Dr',
  '',
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 5 }));
const fullName = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' '));
const nameLike: fc.Arbitrary<NameLike> = fc.record(
  { full: fullName, given: word, family: word, aliases: fc.array(fullName, { maxLength: 2 }) },
  { requiredKeys: ['full'] },
);
const anyName = fc.oneof(fullName, nameLike);

describe('compareNames exact-name shortcut', () => {
  it('answers as the full matcher does, for related and unrelated names', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(compareNames(a, b)).toEqual(compareNameInputs(a, b, RULES));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as the full matcher does when one name is copied from the other', () => {
    const copies = nameLike.chain((like) =>
      fc.tuple(
        fc.constant(like),
        fc.constantFrom<string | NameLike>(like.full, like, { full: like.full.toUpperCase() }),
      ),
    );
    fc.assert(
      fc.property(copies, ([a, b]) => {
        expect(compareNames(a, b)).toEqual(compareNameInputs(a, b, RULES));
        expect(compareNames(b, a)).toEqual(compareNameInputs(b, a, RULES));
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string | NameLike, string | NameLike]>([
    ['John Smith', 'john  SMITH'],
    ['Dr. John Smith Jr.', 'John Smith'],
    [{ full: '', given: 'John', family: 'Smith' }, 'John Smith'],
    [{ full: '', given: '', family: '' }, ''],
    ['', ''],
    ['Smith', 'Smith'],
    [{ full: 'Jane Doe', aliases: ['Jane Roe'] }, 'Jane Doe'],
    [undefined as unknown as string, 'John Smith'],
  ])('compares %j with %j as the full matcher does', (a, b) => {
    expect(compareNames(a, b)).toEqual(compareNameInputs(a, b, RULES));
  });
});
