import fc from 'fast-check';
import type { Token } from '../../src/normalize/_lib/address-tokens.js';
import { cleanId, readDirectional, readPoBox, readRuralRoute } from '../../src/normalize/_lib/street-line.js';
import {
  DIRECTIONAL,
  PO_BOX_FORMS,
  ROUTE_FORMS,
  canonicalNameWord,
} from '../../src/normalize/_lib/street-words.js';

// The readers as they were written before issue 16 (a closure per form, every pair's key built): the
// oracles for the versions that turn most words away by their first word.
function matchWords(tokens: readonly Token[], at: number, words: readonly string[], canon = false): boolean {
  const segment = tokens[at]?.segment;
  return words.every((word, k) => {
    const token = tokens[at + k];
    return (
      token !== undefined &&
      token.segment === segment &&
      (canon ? canonicalNameWord(token.text) : token.text) === word
    );
  });
}

function readBox(tokens: readonly Token[], at: number) {
  let i = at;
  if (tokens[i]?.text === '#') i++;
  const word = tokens[i]?.text;
  return word !== undefined && /\d/.test(word) ? { box: cleanId(word), end: i + 1 } : undefined;
}

function referencePoBox(tokens: readonly Token[], at: number) {
  const glued = /^(POBOX|POB|BOX|BX)(\d[0-9A-Z-]*)$/.exec(tokens[at]?.text ?? '');
  if (glued) return { box: cleanId(glued[2] ?? ''), end: at + 1 };
  const form = PO_BOX_FORMS.find((words) => matchWords(tokens, at, words));
  return form ? readBox(tokens, at + form.length) : undefined;
}

function referenceRuralRoute(tokens: readonly Token[], at: number) {
  let route: string | undefined;
  let i = at;
  const glued = /^(RR|HC|RFD)(\d+)$/.exec(tokens[at]?.text ?? '');
  if (glued) {
    route = `${glued[1] === 'HC' ? 'HC' : 'RR'} ${Number(glued[2])}`;
    i++;
  } else {
    const form = ROUTE_FORMS.find(([words]) => matchWords(tokens, at, words));
    const viaRoute = !form && matchWords(tokens, at, ['RTE'], true) ? 1 : 0;
    const used = form ? form[0].length : viaRoute;
    const number = tokens[at + used]?.text;
    if (used === 0 || number === undefined || !/^\d+$/.test(number)) return undefined;
    if (viaRoute && !matchWords(tokens, at + 2, ['BOX'])) return undefined;
    route = `${form ? form[1] : 'RR'} ${Number(number)}`;
    i = at + used + 1;
  }
  const boxWord = tokens[i]?.text;
  const box = boxWord === 'BOX' || boxWord === 'BX' ? readBox(tokens, i + 1) : readBox(tokens, i);
  return { route, box: box?.box ?? '', end: box?.end ?? i };
}

function referenceDirectional(tokens: readonly Token[], at: number, segment: number) {
  const inSegment = (k: number) => tokens[k] !== undefined && tokens[k].segment === segment;
  if (!inSegment(at)) return undefined;
  const word = tokens[at]?.text ?? '';
  const two = inSegment(at + 1) ? DIRECTIONAL.get(`${word} ${tokens[at + 1]?.text}`) : undefined;
  if (two) return { value: two, used: 2, spelledOut: word.length > 1 };
  const one = DIRECTIONAL.get(word);
  return one ? { value: one, used: 1, spelledOut: word.length > 2 } : undefined;
}

// Every word a form, a route or a directional is spelled with, and words that only look like them.
const DIRECTIONAL_WORDS = [...new Set([...DIRECTIONAL.keys()].flatMap((key) => key.split(' ')))];
const WORDS = [
  ...new Set([
    ...PO_BOX_FORMS.flat(),
    ...ROUTE_FORMS.flatMap(([words]) => words),
    ...DIRECTIONAL_WORDS,
    ...'RTE RT ROUTE RD ST MAIN # 12 04 4B 1-2 007 POBOX12 BOX7 BX 3 RR2 HC1 RFD3 HCR4 R2 B12 P0 NORTHE'.split(
      ' ',
    ),
  ]),
];
const tokensOf = (words: readonly string[]): fc.Arbitrary<Token[]> =>
  fc
    .array(fc.record({ text: fc.constantFrom(...words), newSegment: fc.boolean() }), { maxLength: 7 })
    .map((drawn) => {
      let segment = 0;
      return drawn.map(({ text, newSegment }, i) => ({
        text,
        segment: i > 0 && newSegment ? ++segment : segment,
      }));
    });
const tokens = tokensOf(WORDS);

describe('delivery-line readers', () => {
  it('read a PO box exactly as the closure-based version', () => {
    fc.assert(
      fc.property(tokens, fc.nat(7), (t, at) => {
        expect(readPoBox(t, at)).toEqual(referencePoBox(t, at));
      }),
      { numRuns: 5_000 },
    );
  });

  it('read a rural route exactly as the closure-based version', () => {
    fc.assert(
      fc.property(tokens, fc.nat(7), (t, at) => {
        expect(readRuralRoute(t, at)).toEqual(referenceRuralRoute(t, at));
      }),
      { numRuns: 5_000 },
    );
  });

  it('read a directional exactly as when every pair of words was looked up', () => {
    fc.assert(
      // Mostly asked in the segment of the word at `at`, as the parser asks.
      fc.property(tokensOf([...DIRECTIONAL_WORDS, 'MAIN', '4B']), fc.nat(7), fc.nat(9), (t, at, other) => {
        const segment = other < 7 ? (t[at]?.segment ?? 0) : other - 7;
        expect(readDirectional(t, at, segment)).toEqual(referenceDirectional(t, at, segment));
      }),
      { numRuns: 5_000 },
    );
  });
});
