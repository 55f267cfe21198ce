/** No dotted quad: {@link dottedQuadValue}'s answer for anything else. */
export const NOT_A_QUAD = -1;

/**
 * The 32-bit value of a plain dotted-quad IPv4 address (surrounding whitespace ignored), or
 * {@link NOT_A_QUAD}. Each octet is 0-255 in decimal without leading zeros, exactly what the pattern
 * `^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$` accepts. Read digit by
 * digit because every login's address passes through here: a regular expression's match array and its
 * four captured strings were garbage on every call.
 *
 * @example
 * dottedQuadValue('192.0.2.1') // 3221225985
 * dottedQuadValue('192.0.2.01') // -1
 */
export function dottedQuadValue(raw: string): number {
  const text = raw.trim();
  let value = 0;
  let at = 0;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (text.charCodeAt(at) !== DOT) return NOT_A_QUAD;
      at++;
    }
    const start = at;
    let number = 0;
    while (at < text.length && at - start < 4 && isDigit(text.charCodeAt(at))) {
      number = number * 10 + (text.charCodeAt(at) - ZERO);
      at++;
    }
    const digits = at - start;
    if (digits === 0 || digits > 3 || number > 255) return NOT_A_QUAD;
    if (digits > 1 && text.charCodeAt(start) === ZERO) return NOT_A_QUAD;
    value = value * 256 + number;
  }
  return at === text.length ? value : NOT_A_QUAD;
}

const DOT = 46;
const ZERO = 48;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}
