/**
 * The redactor's pattern for anything shaped like an SSN, in any digits: 3, 2 and 4 digits with one to
 * three separators (not letters, digits or line breaks) between the groups, and no letter or digit
 * either side. Kept beside {@link hasAsciiSsnShape}, which answers it for ASCII text, so that the two
 * and the test holding them equal read one pattern.
 */
export const SSN_SHAPE_SOURCE =
  '(?<![\\p{L}\\p{N}])\\p{Nd}{3}[^\\p{L}\\p{N}\\r\\n]{1,3}\\p{Nd}{2}[^\\p{L}\\p{N}\\r\\n]{1,3}\\p{Nd}{4}(?![\\p{L}\\p{N}])';

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/**
 * Whether text of ASCII and General Punctuation (U+2000-U+206F, which has no letter or digit) holds
 * what the redactor's Unicode SSN pattern finds: a run of exactly 3 digits, 1-3 other characters that
 * are not line breaks, exactly 2 digits, 1-3 others, exactly 4 digits, and no letter or digit either
 * side. In such text a letter or digit is an ASCII one, so a walk over the digit runs answers what the
 * pattern's lookbehind at every position did, at a tenth of its cost: a screening's timestamps and
 * messages sent 7 strings a screening through it, 23 µs of a 0.55 ms screening (docs/performance.md).
 * For any other text the answer means nothing: ask the pattern.
 *
 * @example
 * hasAsciiSsnShape('call 536.22.8147 today'); // true
 * hasAsciiSsnShape('2025-06-12T08:15:00Z'); // false
 */
export function hasAsciiSsnShape(text: string): boolean {
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    at = digitRunEnd(text, at);
    if (at - start === 3 && (start === 0 || !isLetter(text.charCodeAt(start - 1))) && restFollows(text, at))
      return true;
  }
  return false;
}

/** Whether a separator, 2 digits, a separator and 4 digits that no letter follows start at `at`. */
function restFollows(text: string, at: number): boolean {
  const second = afterSeparator(text, at);
  if (second < 0) return false;
  const secondEnd = digitRunEnd(text, second);
  if (secondEnd - second !== 2) return false;
  const third = afterSeparator(text, secondEnd);
  if (third < 0) return false;
  const thirdEnd = digitRunEnd(text, third);
  if (thirdEnd - third !== 4) return false;
  return thirdEnd === text.length || !isLetter(text.charCodeAt(thirdEnd));
}

/** Where the digit run starting at `at` ends. */
function digitRunEnd(text: string, at: number): number {
  while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The position of the digit after 1-3 characters from `at` that are neither letters, digits nor line
 * breaks, or -1. The pattern's separator cannot hold a digit, so it must reach the next digit whole.
 */
function afterSeparator(text: string, at: number): number {
  let position = at;
  while (position < text.length && position - at < 3) {
    const code = text.charCodeAt(position);
    if (isDigit(code)) break;
    if (isLetter(code) || isLineBreak(code)) return -1;
    position++;
  }
  if (position === at || position >= text.length || !isDigit(text.charCodeAt(position))) return -1;
  return position;
}
