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
 * Compatibility-normalises, lower-cases and strips diacritics, so that "JOSÉ", "José" and "jose" and
 * full-width or ligature forms compare equal. Punctuation and spacing are left to the caller.
 *
 * The steps repeat until nothing changes because lower-casing can expose characters that NFKC would
 * rewrite again (and vice versa); two rounds settle every input we have seen, four is a safe ceiling.
 */
export function foldText(input: string): string {
  let current = input;
  for (let round = 0; round < 4; round += 1) {
    const next = current
      .normalize('NFKC')
      .toLowerCase()
      .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch)
      .normalize('NFD')
      .replace(MARKS_RE, '')
      .normalize('NFKC');
    if (next === current) return next;
    current = next;
  }
  return current;
}
