/**
 * Text folded for the redaction net: each letter or number as one comparison character, with where it
 * came from. Any character that is not a letter or number is a separator and is dropped, so a secret is
 * found across any run of them (dots, en-dashes, NBSP, ZWSP, the `|#|` of a key); every decimal digit of
 * any script (`\p{Nd}`: Arabic-Indic, Devanagari, full-width, mathematical) folds to its ASCII digit.
 */
export interface FoldedText {
  /** The comparison characters: ASCII digits, upper-case letters. */
  chars: string;
  /** For each comparison character, the UTF-16 span it came from in the text. */
  starts: number[];
  ends: number[];
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const DECIMAL = /^\p{Nd}$/u;

/**
 * The value of a decimal digit: Unicode lays out every `\p{Nd}` script as runs of ten, zero to nine,
 * in order, so the digit's value is its distance from the start of its run, modulo ten.
 */
function digitValue(codePoint: number): number {
  let run = 0;
  while (DECIMAL.test(String.fromCodePoint(codePoint - run - 1))) run++;
  return run % 10;
}

/** One character folded: '' for a separator, else its comparison character(s). */
export function foldCharacter(character: string): string {
  const code = character.codePointAt(0) as number;
  if (code < 0x80) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) return character;
    return code >= 97 && code <= 122 ? character.toUpperCase() : '';
  }
  if (!LETTER_OR_NUMBER.test(character)) return '';
  if (DECIMAL.test(character)) return String(digitValue(code));
  // NFKC reads compatibility forms as their plain letters and numbers (ﬁ as FI, ⑤ as 5).
  let out = '';
  for (const part of character.normalize('NFKC').toUpperCase()) {
    if (DECIMAL.test(part)) out += String(digitValue(part.codePointAt(0) as number));
    else if (LETTER_OR_NUMBER.test(part)) out += part;
  }
  return out;
}

/**
 * Folds a text.
 *
 * @example
 * foldText('٥٣٦.22\u200b8147').chars; // '536228147'
 */
export function foldText(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let chars = '';
  let at = 0;
  for (const character of text) {
    const end = at + character.length;
    const folded = foldCharacter(character);
    for (let i = 0; i < folded.length; i++) {
      starts.push(at);
      ends.push(end);
    }
    chars += folded;
    at = end;
  }
  return { chars, starts, ends };
}

/** A text's letters and numbers folded, as {@link foldText} reads them. */
export function foldedChars(text: string): string {
  let chars = '';
  for (const character of text) chars += foldCharacter(character);
  return chars;
}

/**
 * Replaces every occurrence of each secret (folded, longest first) in `text` with its mask, until
 * none is left: a mask's visible tail next to digits left of it could spell a secret again.
 *
 * @example
 * maskFolded('SSN ٥٣٦ ٢٢ ٨١٤٧', ['536228147'], () => '*****8147'); // 'SSN *****8147'
 */
export function maskFolded(
  text: string,
  secrets: readonly string[],
  mask: (secret: string) => string,
): string {
  let out = text;
  // Each pass masks at least five comparison characters, so passes are bounded by the text's length.
  for (;;) {
    const folded = foldText(out);
    const spans: Array<{ start: number; end: number; secret: string }> = [];
    for (const secret of secrets) {
      for (let at = folded.chars.indexOf(secret); at >= 0; at = folded.chars.indexOf(secret, at + 1)) {
        const start = folded.starts[at] as number;
        const end = folded.ends[at + secret.length - 1] as number;
        if (!spans.some((span) => start < span.end && span.start < end)) spans.push({ start, end, secret });
      }
    }
    if (spans.length === 0) return out;
    spans.sort((a, b) => a.start - b.start);
    let next = '';
    let from = 0;
    for (const span of spans) {
      next += out.slice(from, span.start) + mask(span.secret);
      from = span.end;
    }
    out = next + out.slice(from);
  }
}
