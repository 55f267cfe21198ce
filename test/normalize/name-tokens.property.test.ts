import fc from 'fast-check';
import { foldText, foldUnicode } from '../../src/normalize/_lib/fold.js';
import { hyphenatedParts, tokenize } from '../../src/normalize/_lib/name-tokens.js';

/** Characters that exercise every branch: ASCII, accents, special folds, marks, apostrophes, dashes. */
const NAME_CHARS = [
  ...'abcXYZ019 .,-_\'`"\t\n',
  ...'éÉñÑüÜøØßẞæœłđþı',
  '\u0301', // combining acute
  '\u2019', // right single quote
  '\u2013', // en dash
  '\uff21', // full-width A
  '\ufb01', // fi ligature
  '\u00a0', // no-break space
  '\u0130', // İ, whose lower case grows a combining dot
  '\ufe63', // small hyphen-minus, NFKC '-'
  '\u207b', // superscript minus, NFKC U+2212
];
const nameText = fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 24 }).map((cs) => cs.join(''));
const anyText = fc.oneof(nameText, fc.string(), fc.string({ unit: 'grapheme' }));

/** The tokenizer as first written (replace, split, filter), the reference for the faster one. */
function referenceTokens(input: string): string[] {
  const tokens = foldUnicode(input.replace(/['\u2018\u2019\u02bc\u02bb`\uff07]/gu, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((token) => token.length > 0);
  const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev']);
  const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
  while (tokens.length > 1 && honorifics.has(tokens[0] ?? '')) tokens.shift();
  while (tokens.length > 1 && suffixes.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

/** Hyphenated compounds found by the full regex search alone, the reference for the dash pre-check. */
function referenceHyphenatedParts(input: string): string[] {
  const compounds =
    foldUnicode(input).match(
      /[\p{L}\p{N}]+(?:[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d][\p{L}\p{N}]+)+/gu,
    ) ?? [];
  return compounds.flatMap((compound) => referenceTokens(compound));
}

describe('foldText ASCII fast path', () => {
  it('equals the full Unicode fold on any input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldText(text)).toBe(foldUnicode(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['', ' ', 'JOHN smith', 'O\u2019Brien', 'Jos\u00e9', '\u0130stanbul', '\x00\x7f'])(
    'folds %j like the full fold',
    (text) => {
      expect(foldText(text)).toBe(foldUnicode(text));
    },
  );
});

describe('tokenize', () => {
  it('equals the replace/split/filter reference', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenize(text)).toEqual(referenceTokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds hyphenated parts like the plain regex search', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(hyphenatedParts(text)).toEqual(referenceHyphenatedParts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    'Smith-Jones',
    'Smith \u2013 Jones',
    'a\ufe63b',
    'x\u207by',
    'Jean-Luc Picard-Smith',
    'no dash',
    '-',
  ])('finds the hyphenated parts of %j like the regex search', (text) => {
    expect(hyphenatedParts(text)).toEqual(referenceHyphenatedParts(text));
  });

  it('returns a fresh array each call, and [] for non-strings', () => {
    const first = tokenize('Mary Smith');
    first.push('changed');
    expect(tokenize('Mary Smith')).toEqual(['mary', 'smith']);
    expect(tokenize(undefined)).toEqual([]);
    expect(tokenize(42)).toEqual([]);
    expect(hyphenatedParts(undefined)).toEqual([]);
  });
});
