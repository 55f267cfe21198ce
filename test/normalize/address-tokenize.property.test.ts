import fc from 'fast-check';
import { foldText, tokenize } from '../../src/normalize/_lib/address-tokens.js';

/** The tokenizer as it was written before issue 16 (a closure ending each word): the oracle. */
function reference(text: string, firstSegment = 0): Array<{ text: string; segment: number }> {
  const folded = foldText(text);
  const tokens: Array<{ text: string; segment: number }> = [];
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  let segment = firstSegment;
  let current = '';
  let pieceLength = 0;
  const flush = (): void => {
    if (current) tokens.push({ text: current, segment });
    current = '';
    pieceLength = 0;
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] as string;
    const next = folded[i + 1];
    if (word(c)) {
      current += c;
      pieceLength++;
    } else if (c === "'" || c === '\u2019' || c === '`') {
      continue;
    } else if (c === '.' && pieceLength === 1 && word(next)) {
      pieceLength = 0;
    } else if (c === '/' && digit(current[current.length - 1]) && digit(next)) {
      current += c;
    } else if (c === '-' && digit(current[current.length - 1]) && word(next)) {
      current += c;
    } else if (c === '#') {
      flush();
      tokens.push({ text: '#', segment });
    } else if (c === ',' || c === ';' || c === '\n' || c === '\r') {
      flush();
      if (tokens.length > 0 && tokens[tokens.length - 1]?.segment === segment) segment++;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

const piece = fc.oneof(
  fc.constantFrom('12', '4', 'B', 'N', 'W', 'Main', 'St', 'Apt', '62701', 'é', 'Ж'),
  fc.constantFrom('.', ',', ';', '\n', '\r', '#', '-', '/', "'", '\u2019', '`', ' ', '  ', '½'),
  fc.string({ maxLength: 3 }),
);
const address = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('splits any address text into the same tokens and segments as the closure-based version', () => {
    fc.assert(
      fc.property(address, fc.nat({ max: 3 }), (text, first) => {
        expect(tokenize(text, first)).toEqual(reference(text, first));
      }),
      { numRuns: 3_000 },
    );
  });

  it('splits a street line with a unit and a ZIP+4 into words and segments', () => {
    expect(tokenize('12 N.W. Main St., Apt #4-B; Springfield 62701-1234')).toEqual([
      { text: '12', segment: 0 },
      { text: 'NW', segment: 0 },
      { text: 'MAIN', segment: 0 },
      { text: 'ST', segment: 0 },
      { text: 'APT', segment: 1 },
      { text: '#', segment: 1 },
      { text: '4-B', segment: 1 },
      { text: 'SPRINGFIELD', segment: 2 },
      { text: '62701-1234', segment: 2 },
    ]);
  });
});
