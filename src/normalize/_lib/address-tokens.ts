import { FORMAT_CHARS_RE, foldLookalikes } from './lookalikes.js';

/** One word of an address and the comma-separated part of the input it came from. */
export interface Token {
  text: string;
  segment: number;
}

/** `a` and `b` joined by `separator`, or either alone when the other is empty: filter(Boolean).join without arrays. */
export const joinWords = (a: string, b: string, separator = ' '): string =>
  a && b ? `${a}${separator}${b}` : a || b;

/** No real address is this long; past it, inputs are keyed unparsed from this many characters. */
export const MAX_ADDRESS_LENGTH = 1000;

// NFKC turns "½" into "1⁄2" and glues it to the house number ("123½" -> "1231⁄2"), so vulgar
// fractions are spelled out with a leading space first.
const VULGAR_FRACTION: Readonly<Record<string, string>> = {
  '¼': ' 1/4',
  '½': ' 1/2',
  '¾': ' 3/4',
  '⅓': ' 1/3',
  '⅔': ' 2/3',
};

const PRINTABLE_ASCII = /^[\x20-\x7e\t\r\n]*$/;

/**
 * NFKC, format characters dropped, diacritics stripped, Cyrillic and Greek look-alikes folded to Latin,
 * upper case: the alphabet every later step works in. A zero-width space, a soft hyphen or a Cyrillic
 * "е" in a shared shipping line would otherwise give it a key of its own.
 */
export function foldText(text: string): string {
  // Most input is plain ASCII, where none of this changes anything but case.
  if (PRINTABLE_ASCII.test(text)) return text.toUpperCase();
  return foldLookalikes(
    text
      .replace(/[¼½¾⅓⅔]/g, (c) => VULGAR_FRACTION[c] ?? c)
      .normalize('NFKC')
      .replace(FORMAT_CHARS_RE, '')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  ).toUpperCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(c);
}
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

// Tokens are gathered here and copied out at their count: an array grown by push holds at least 16
// slots, several times what an address field's one to five words need. Its slots past the count are
// stale tokens, never read; tokenize does not call itself, so one array serves every call.
const SCRATCH: Token[] = [];

/**
 * Splits folded text into words in one pass. Periods join initialisms ("N.W." -> "NW",
 * "P.O." -> "PO") but split words ("ST.LOUIS"); a hyphen after a digit stays ("62701-1234",
 * "123-45", "4-B"), any other splits ("WILKES-BARRE", "US-101"); "/" stays only in fractions; "#" is a word;
 * commas, semicolons and line breaks start a new segment.
 */
export function tokenize(text: string, firstSegment = 0): Token[] {
  const folded = foldText(text);
  const tokens = SCRATCH;
  let count = 0;
  let segment = firstSegment;
  // The word in progress is `glued` followed by folded[runFrom, i): one slice per word, where adding
  // each character cost a string per character. Only a dropped apostrophe or initialism period glues.
  // It is ended inline, not by a closure: a closure per call was one more allocation on every address
  // normalised, and under tsx (the bench) a `__name` call each, 0.3 s of a 10k CLI run.
  let glued = '';
  let runFrom = 0;
  let pieceLength = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] as string;
    const next = folded[i + 1];
    if (isWordChar(c)) {
      pieceLength++;
      continue;
    }
    if (c === "'" || c === '’' || c === '`' || (c === '.' && pieceLength === 1 && isWordChar(next))) {
      glued += folded.slice(runFrom, i);
      runFrom = i + 1;
      if (c === '.') pieceLength = 0;
      continue;
    }
    const last = i > runFrom ? folded[i - 1] : glued[glued.length - 1];
    if ((c === '/' && isDigit(last) && isDigit(next)) || (c === '-' && isDigit(last) && isWordChar(next))) {
      continue;
    }
    if (glued || i > runFrom) tokens[count++] = { text: glued + folded.slice(runFrom, i), segment };
    glued = '';
    runFrom = i + 1;
    pieceLength = 0;
    if (c === '#') tokens[count++] = { text: '#', segment };
    else if (c === ',' || c === ';' || c === '\n' || c === '\r') {
      if (count > 0 && tokens[count - 1]?.segment === segment) segment++;
    }
  }
  if (glued || folded.length > runFrom) tokens[count++] = { text: glued + folded.slice(runFrom), segment };
  return tokens.slice(0, count);
}
