import { FORMAT_CHARS_RE, foldLookalikes } from './lookalikes.js';

/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so stripping marks after
 * NFD leaves them alone. Folded to the spelling an English-language form would use (ß→ss, ø→o).
 */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŀ: 'l',
  þ: 'th',
  ŧ: 't',
  ĸ: 'k',
  ŋ: 'n',
  ſ: 's',
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'gu');
const MARKS_RE = /\p{M}+/gu;
/**
 * ASCII text is left alone by NFKC and NFD and has no marks or special letters, so folding it is
 * just lower-casing. Almost every name and address is ASCII; this skips four normalisations.
 */
const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * Compatibility-normalises, lower-cases and strips diacritics, so that "JOSÉ", "José" and "jose" and
 * full-width or ligature forms compare equal; drops invisible format characters (a zero-width space
 * inside "Jo​hn") and folds Cyrillic and Greek look-alikes to Latin ("Jоhn" with a Cyrillic о), so
 * neither can make one name two. Punctuation and spacing are left to the caller.
 *
 * The steps repeat until nothing changes because lower-casing can expose characters that NFKC would
 * rewrite again (and vice versa); two rounds settle every input we have seen, four is a safe ceiling.
 */
export function foldText(input: string): string {
  if (ASCII_RE.test(input)) return input.toLowerCase();
  return foldUnicode(input);
}

/** {@link foldText} for any input: the full normalise, lower-case, strip loop. */
export function foldUnicode(input: string): string {
  let current = input;
  for (let round = 0; round < 4; round += 1) {
    const next = foldLookalikes(
      current
        .normalize('NFKC')
        .replace(FORMAT_CHARS_RE, '')
        .toLowerCase()
        .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch)
        .normalize('NFD')
        .replace(MARKS_RE, ''),
    ).normalize('NFKC');
    if (next === current) return next;
    current = next;
  }
  return current;
}
