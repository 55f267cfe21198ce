/**
 * Format characters (Unicode general category Cf): zero-width space and joiners, soft hyphen, word
 * joiner, byte-order mark, bidirectional marks and the tag characters. They draw nothing, so a key
 * with one inside a word ("Ma\u200Bin") looks the same as one without it; Unicode TR39 drops them
 * (as default-ignorable) before comparing, and so do we.
 */
export const FORMAT_CHARS_RE = /\p{Cf}+/gu;

/**
 * Cyrillic and Greek letters drawn like a Latin letter, in lower case, to that Latin letter. Source of
 * the facts: Unicode's confusables.txt (UTS #39, "Unicode Security Mechanisms"), whose skeleton maps
 * each of these to the Latin letter given, in the case shown there: а→a, е→e, о→o, р→p, с→c, у→y, х→x,
 * ѕ→s, і→i, ј→j, ԁ→d, һ→h, ԛ→q, ԝ→w, ӏ→l; α→a, ο→o, ρ→p, ι→i, γ→y, ϲ→c, ϳ→j; and capitals А→A,
 * В→B, Е→E, К→K, М→M, Н→H, О→O, Р→P, С→C, Т→T, Х→X, Ү→Y, Ѕ→S, І→I, Ј→J; Α→A, Β→B, Ε→E, Ζ→Z, Η→H, Ι→I,
 * Κ→K, Μ→M, Ν→N, Ο→O, Ρ→P, Τ→T, Υ→Y, Χ→X.
 *
 * Our keys ignore case, so a letter folds to one Latin letter whatever its case: where only the capital
 * is a look-alike (В, К, М, Н, Т; Β, Ε, Ζ, Η, Κ, Μ, Ν, Τ, Υ, Χ) its small form folds with it (в→b),
 * so "МАIN" typed with a Cyrillic М and "маin" key alike. The cost is that a small Greek ν or η, drawn
 * like v and n, fold to n and h (their capitals' look-alikes), not to what they resemble.
 */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ү: 'y',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  ζ: 'z',
  η: 'h',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'n',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'y',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
};

const LOOKALIKE_RE = new RegExp(`[${Object.keys(LATIN_LOOKALIKE).join('')}]`, 'gu');

/**
 * Replaces Cyrillic and Greek look-alikes of Latin letters in lower-case text with the Latin letter
 * ("mаin" with a Cyrillic а becomes "main"). Call it on lower-cased text.
 *
 * @example
 * foldLookalikes('m\u0430in'); // 'main'
 */
export function foldLookalikes(lower: string): string {
  return lower.replace(LOOKALIKE_RE, (ch) => LATIN_LOOKALIKE[ch] ?? ch);
}
