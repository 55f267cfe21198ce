import fc from 'fast-check';
import type { NameLike } from '../../src/normalize/name.js';
import { primaryNameTokens, tokenize } from '../../src/normalize/_lib/name-tokens.js';

/** primaryNameTokens before it kept the last few names' tokens. */
function reference(name: string | NameLike | undefined): string[] {
  const like: NameLike = typeof name === 'string' ? { full: name } : (name ?? { full: '' });
  const fullTokens = tokenize(like.full);
  return fullTokens.length > 0 ? fullTokens : tokenize(`${like.given ?? ''} ${like.family ?? ''}`);
}

const word = fc.oneof(
  fc.constantFrom('John', 'JOHN', 'Smith', 'Dr', 'Jr', 'O\u2019Brien', 'Jos\u00e9', 'Mary-Ann', '', ' '),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(word, { maxLength: 3 }).map((ws) => ws.join(' '));
const name: fc.Arbitrary<string | NameLike | undefined> = fc.oneof(
  text,
  fc.record({ full: text, given: word, family: word }, { requiredKeys: [] }) as fc.Arbitrary<NameLike>,
  fc.constant(undefined),
);

describe('primaryNameTokens', () => {
  it('gives the tokens it always gave, over sequences of names longer than it remembers', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 12 }), (names) => {
        for (const n of names) expect(primaryNameTokens(n)).toEqual(reference(n));
      }),
    );
  });

  it('hands out frozen lists', () => {
    expect(Object.isFrozen(primaryNameTokens('Jane Doe'))).toBe(true);
    expect(Object.isFrozen(primaryNameTokens(undefined))).toBe(true);
  });
});
