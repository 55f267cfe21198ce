import fc from 'fast-check';
import { hasAsciiSsnShape, SSN_SHAPE_SOURCE } from '../../src/engine/_lib/ascii-ssn-shape.js';

// The redactor's pattern for anything shaped like an SSN, which the walk stands in for on ASCII text.
const SSN_SHAPE = new RegExp(SSN_SHAPE_SOURCE, 'u');

const separator = fc.constantFrom(' ', '-', '.', '/', '*', '#', '\t', '\u2013', '\u2019', '\u200b', '\u2028');
const run = (unit: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(unit, { minLength: 1, maxLength }).map((units) => units.join(''));

const digits = (min: number, max: number) =>
  run(fc.constantFrom(...'0123456789'), max).filter((d) => d.length >= min);
const edge = fc.constantFrom('', 'a', 'Z', '7', ' ', '\n', '\u2019');

/** An SSN shape or a near miss: each part's length one off at most, a letter or line break beside. */
const nearShape = fc
  .tuple(
    edge,
    digits(2, 4),
    fc.oneof(run(separator, 4), fc.constantFrom('\n', '-\r', 'x')),
    digits(1, 3),
    fc.oneof(run(separator, 4), fc.constantFrom('\n', 'x')),
    digits(3, 5),
    edge,
  )
  .map((parts) => parts.join(''));

/**
 * ASCII and General Punctuation built from runs: digit runs of 1-5 around separator runs of 1-4, near
 * shapes among them, and any ASCII character now and then.
 */
const text = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: nearShape },
      { weight: 4, arbitrary: digits(1, 5) },
      { weight: 4, arbitrary: run(separator, 4) },
      { weight: 1, arbitrary: fc.constantFrom('a', 'Z', 'T', '\n', '\r') },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

describe('hasAsciiSsnShape', () => {
  it('answers as the Unicode SSN pattern does, on ASCII and General Punctuation', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(hasAsciiSsnShape(value)).toBe(SSN_SHAPE.test(value));
      }),
      { numRuns: 50_000 },
    );
  });

  it('finds shapes at either end and between punctuation, and none inside longer runs', () => {
    expect(hasAsciiSsnShape('536-22-8147')).toBe(true);
    expect(hasAsciiSsnShape('call 536.22.8147')).toBe(true);
    expect(hasAsciiSsnShape('(536) 22\u20138147.')).toBe(true);
    expect(hasAsciiSsnShape('536 - 22 - 8147')).toBe(true);
    expect(hasAsciiSsnShape('536    22 8147')).toBe(false); // four separators
    expect(hasAsciiSsnShape('5536-22-8147')).toBe(false);
    expect(hasAsciiSsnShape('536-22-81477')).toBe(false);
    expect(hasAsciiSsnShape('x536-22-8147')).toBe(false);
    expect(hasAsciiSsnShape('536-22-8147x')).toBe(false);
    expect(hasAsciiSsnShape('536-22\n8147')).toBe(false);
    expect(hasAsciiSsnShape('2025-06-12T08:15:00Z')).toBe(false);
    expect(hasAsciiSsnShape('111-1 536-22-8147')).toBe(true);
  });
});
