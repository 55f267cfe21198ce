import { nameTokens } from '../../normalize/name.js';

/**
 * A name without invisible format characters (zero-width space and joiners, bidi marks: Unicode Cf),
 * which copy-paste leaves inside words. The name matcher does not drop them yet.
 *
 * @example
 * withoutFormatCharacters('Ja\u200Bne Doe') // 'Jane Doe'
 */
export function withoutFormatCharacters(name: string): string {
  return name.replace(/\p{Cf}/gu, '');
}

/**
 * Whether two names are spellings of one name: the same first letter and the same consonant skeleton
 * of at least four letters (shorter skeletons collide between different names).
 *
 * @example
 * sameNameSpelledDifferently('Mohammed Al-Hassan', 'Muhammad Al Hassan') // true
 * sameNameSpelledDifferently('Ian Smyth', 'Anna Smith') // false
 */
export function sameNameSpelledDifferently(a: string, b: string): boolean {
  const left = consonantSkeleton(a);
  return (
    left.length >= 4 &&
    left === consonantSkeleton(b) &&
    nameTokens(a).join('')[0] === nameTokens(b).join('')[0]
  );
}

/**
 * The written form of a name reduced to its consonants in order, doubled letters once, spacing and
 * hyphens aside: two spellings of one name (Mohammed Al-Hassan, Muhammad Al Hassan) share it. It
 * compares forms only; it never reads where a name comes from.
 *
 * @example
 * consonantSkeleton('Mohammed Al-Hassan') === consonantSkeleton('Muhammad Al Hassan') // true
 */
export function consonantSkeleton(name: string): string {
  return nameTokens(name)
    .join('')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The first given name, folded, or undefined for a name without tokens. */
export function firstToken(name: string): string | undefined {
  return nameTokens(name)[0];
}
