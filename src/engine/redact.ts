import { sortInPlace } from '../_lib/sort-in-place.js';
import type { Profile } from '../schema/profile.js';
import { hasAsciiSsnShape, SSN_SHAPE_SOURCE } from './_lib/ascii-ssn-shape.js';
import { foldedChars, maskFolded } from './_lib/fold-text.js';

/**
 * Masks all but the last `visible` characters of an identifier.
 *
 * @example
 * maskTail('123-45-6789') // '*******6789'
 */
export function maskTail(value: string, visible = 4): string {
  const compact = value.replace(SPACES_AND_HYPHENS, '');
  if (compact.length <= visible) return '*'.repeat(compact.length);
  return '*'.repeat(compact.length - visible) + compact.slice(-visible);
}

// Module constants: a regex literal in a function body is a new RegExp object on every call. A global
// pattern is safe to share with `replace`, which starts from the beginning whatever its `lastIndex`.
const SPACES_AND_HYPHENS = /[\s-]/g;
const DIGIT = /\d/;

// Anything shaped like an SSN (SSN_SHAPE_SOURCE): `536.22.8147` in free text is masked even when the
// profile does not carry it. Not global for `.test`, which would carry `lastIndex` from one string to
// the next.
const SSN_SHAPE_TEST = new RegExp(SSN_SHAPE_SOURCE, 'u');
const SSN_SHAPE = new RegExp(SSN_SHAPE_SOURCE, 'gu');
const DECIMAL_DIGITS = /\p{Nd}/gu;

const maskSsnShape = (ssn: string): string =>
  `***-**-${(ssn.match(DECIMAL_DIGITS) ?? []).slice(-4).join('')}`;

/** Rewrites strings so that none of the profile's identifiers appears in full. */
export type Redactor = (text: string) => string;

function charClass(char: string): string {
  // A full-width digit (U+FF10-U+FF19) reads as the same number to a person.
  return DIGIT.test(char) ? `[${char}${String.fromCharCode(0xff10 + Number(char))}]` : char;
}

/**
 * A pattern for an identifier with any run of separators between any two of its characters: spaces,
 * hyphens, dots, slashes, or the `|#|` of a normalised key must not hide it. For ASCII text; other
 * text goes through the folding scan (`maskFolded`).
 */
export function spacedPattern(compact: string): RegExp {
  return new RegExp(compact.split('').map(charClass).join('[^0-9A-Za-z\\uFF10-\\uFF19]*'), 'giu');
}

/**
 * Builds a redactor for one profile: every SSN, document number and bank account number the profile
 * carries is masked wherever it appears, in any spacing, and anything shaped like an SSN is masked too.
 * This is the engine's safety net under each rule's own masking.
 *
 * @example
 * const redact = redactorFor({ id: 'p1', nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }] });
 * redact('SSN 123456789 is on file') // 'SSN *****6789 is on file'
 */
export function redactorFor(profile: Profile): Redactor {
  // Built on first use: most screenings have no finding, so most redactors are never called.
  let compacts: string[] | undefined;
  let compactDigits: number[] = [];
  const patterns: Array<RegExp | undefined> = [];

  return (text) => {
    if (compacts === undefined) {
      compacts = secretsOf(profile);
      compactDigits = compacts.map(asciiDigitCount);
    }
    // One pass over the text answers what the branches below and the SSN-shape check ask of it: a
    // screening's strings are many and short, and each was scanned four times before (issue 16).
    const kind = scan(text);
    const digits = scannedDigits;
    let out = text;
    if (compacts.length > 0) {
      if ((kind & NEEDS_FOLDING) !== 0) {
        // Letters and digits of other scripts and forms: the folding scan finds a secret in any digits
        // across any separators (issue 17, item 4). Rare in a screening's text, so its cost is fine.
        if (compacts.some((compact) => foldedChars(text).includes(compact)))
          out = maskFolded(text, compacts, maskTail);
      } else if ((kind & LETTER_OR_DIGIT) !== 0) {
        // ASCII text, or ASCII with typographic punctuation (the ’ and — of our own messages), is
        // scanned in place for each secret with the spaced pattern's own rules, allocating nothing.
        // A secret needs its digits in the text, and masking only removes digits: a secret with more
        // digits than the text (an account number against a message with a date) is not scanned for.
        // A loop, not `forEach`: a closure over `out` would be built on every call.
        let masked = false;
        for (let k = 0; k < compacts.length; k++) {
          if ((compactDigits[k] as number) > digits) continue;
          const compact = compacts[k] as string;
          if (!containsSpaced(out, compact)) continue;
          const pattern = (patterns[k] ??= spacedPattern(compact));
          out = out.replace(pattern, maskTail(compact));
          masked = true;
        }
        // A mask's visible tail after digits of the text can spell a secret again; rare, and then
        // the folding scan masks until nothing is left. Only a masked text can.
        if (masked && compacts.some((compact) => containsSpaced(out, compact)))
          out = maskFolded(out, compacts, maskTail);
      }
    }
    // Text of ASCII and General Punctuation stays so when masked, and masking only removes digits, so
    // the text's digit count bounds the output's: a walk over its digit runs replaces the pattern's test.
    if ((kind & NEEDS_FOLDING) === 0)
      return digits >= 9 && hasAsciiSsnShape(out) ? out.replace(SSN_SHAPE, maskSsnShape) : out;
    const mayHoldSsn = out === text || mayHoldSsnShape(out);
    return mayHoldSsn && SSN_SHAPE_TEST.test(out) ? out.replace(SSN_SHAPE, maskSsnShape) : out;
  };
}

/** What {@link scan} found: a character the folding scan must read, an ASCII letter or digit. */
const NEEDS_FOLDING = 1;
const LETTER_OR_DIGIT = 2;
/** The ASCII digits the last {@link scan} counted (a module slot, so a scan allocates nothing). */
let scannedDigits = 0;

/**
 * Reads `text` once: which of the flags above hold, and (in `scannedDigits`) how many ASCII digits it
 * has. General Punctuation (U+2000-U+206F: dashes, ZWSP, quotes) has no letter or digit, so it is only
 * ever a separator, as it is to the spaced pattern; anything else outside ASCII may be a letter or digit
 * of another script and needs the folding scan. UTF-16 code units, as the patterns without `u` read them.
 */
function scan(text: string): number {
  let kind = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code < 0x2000 || code > 0x206f) kind |= NEEDS_FOLDING;
    } else if (code >= 48 && code <= 57) {
      digits++;
      kind |= LETTER_OR_DIGIT;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) kind |= LETTER_OR_DIGIT;
  }
  scannedDigits = digits;
  return kind;
}

function asciiDigitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/**
 * Whether `text` could hold an SSN shape: it has nine decimal digits, or a character outside ASCII whose
 * script may have its own. Most of a screening's strings have fewer than nine digits (a date has eight),
 * and counting them is cheaper than the Unicode pattern's scan with its lookbehind at every position.
 */
export function mayHoldSsnShape(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return true;
    if (code >= 48 && code <= 57 && ++digits === 9) return true;
  }
  return false;
}

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** `code` is the upper-case ASCII letter or digit `want`, in either case. */
const sameCharacter = (code: number, want: number): boolean =>
  code === want || (want >= 65 && want <= 90 && code === want + 32);

/**
 * Whether `text` (ASCII, plus any non-letter it treats as a separator) holds `compact` (upper-case
 * letters and digits) with any run of other characters between any two of its characters: exactly what
 * {@link spacedPattern} matches in such text.
 */
export function containsSpaced(text: string, compact: string): boolean {
  const first = compact.charCodeAt(0);
  for (let start = 0; start + compact.length <= text.length; start++) {
    if (!sameCharacter(text.charCodeAt(start), first)) continue;
    let position = start + 1;
    let k = 1;
    for (; k < compact.length; k++) {
      const want = compact.charCodeAt(k);
      while (position < text.length && !isAsciiLetterOrDigit(text.charCodeAt(position))) position += 1;
      if (position >= text.length || !sameCharacter(text.charCodeAt(position), want)) break;
      position += 1;
    }
    if (k === compact.length) return true;
  }
  return false;
}

/** The profile's identifiers as letters and digits, longest first, so a secret that contains another
 * (an account number ending in the SSN) is masked whole. */
function secretsOf(profile: Profile): string[] {
  // Each distinct identifier once, in the order found (a handful: a list, not a Set).
  const secrets: string[] = [];
  for (const id of profile.nationalIds ?? []) addOnce(secrets, id.value);
  for (const doc of profile.documents ?? []) addOnce(secrets, doc.number);
  for (const account of profile.payroll?.accounts ?? []) addOnce(secrets, account.accountNumber);
  const compacts: string[] = [];
  for (const secret of secrets) {
    const compact = foldedChars(secret);
    if (compact.length >= 5) compacts.push(compact);
  }
  return sortInPlace(compacts, longestFirst);
}

const longestFirst = (a: string, b: string): number => b.length - a.length;

function addOnce(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/**
 * Applies a redactor to every string inside a JSON-like value. What the redactor leaves as it is comes
 * back as it is, not copied: most findings carry nothing to mask, since rules mask what they quote. Plain
 * arrays and objects with something to mask, and every other object (a class instance, a `URL`), come
 * back as plain copies holding their own enumerable properties, redacted.
 */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (!isPlain(value)) return redactedCopy(value, redact) as T;
  return (Array.isArray(value) ? redactArray(value, redact) : redactObject(value, redact)) as T;
}

/**
 * An own copy of a finding's record, `{ ...record }`, with its values redacted as by
 * {@link redactDeep}: the finding owns its top level, and shares what lies below where nothing changes.
 */
export function redactRecord(
  record: Readonly<Record<string, unknown>> | undefined,
  redact: Redactor,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  for (const key in copy) {
    if (!Object.hasOwn(copy, key)) continue;
    const value = copy[key];
    const redacted = redactDeep(value, redact);
    if (redacted !== value) copy[key] = redacted;
  }
  return copy;
}

/** An array, or an object whose prototype is `Object.prototype` or null: its JSON is its own properties. */
function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value)
    ? prototype === Array.prototype
    : prototype === Object.prototype || prototype === null;
}

// One pass each: the copy starts at the first item that changes, so every value is redacted once, however
// deep it sits (asking "would anything change?" before copying redacted each level again, 2^depth times).

function redactArray(items: readonly unknown[], redact: Redactor): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const redacted = redactDeep(item, redact);
    if (out === undefined) {
      if (redacted === item) continue;
      out = items.slice(0, i);
    }
    out.push(redacted);
  }
  return out ?? items;
}

function redactObject(value: object, redact: Redactor): object {
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    const redacted = redactDeep(item, redact);
    if (out === undefined) {
      if (redacted === item) continue;
      out = {};
      for (const before in record) {
        if (before === key) break;
        if (Object.hasOwn(record, before)) out[before] = record[before];
      }
    }
    out[key] = redacted;
  }
  return out ?? value;
}

/** A plain copy with every string inside redacted. */
function redactedCopy(value: object, redact: Redactor): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, redact));
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) out[key] = redactDeep((value as Record<string, unknown>)[key], redact);
  }
  return out;
}
