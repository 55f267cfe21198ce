import fc from 'fast-check';
import { NOT_A_QUAD, dottedQuadValue } from '../../src/normalize/_lib/dotted-quad.js';

/** The regular expression the digit reader replaced. */
const DOTTED_QUAD =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function reference(raw: string): number {
  const match = DOTTED_QUAD.exec(raw.trim());
  if (!match) return NOT_A_QUAD;
  const [a, b, c, d] = [1, 2, 3, 4].map((n) => Number(match[n]));
  return (((a as number) << 24) | ((b as number) << 16) | ((c as number) << 8) | (d as number)) >>> 0;
}

// Near-misses: octets with leading zeros, four digits, out of range, signs, spaces and odd separators.
const octet = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map(String),
  fc.constantFrom(
    '',
    '0',
    '00',
    '01',
    '007',
    '255',
    '256',
    '999',
    '1000',
    '0255',
    '+1',
    '-1',
    '1e2',
    ' 1',
    '١',
  ),
  fc.string({ maxLength: 4 }),
);
const separator = fc.constantFrom('.', '.', '.', '..', ',', ' ', '');
const candidate = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '\n', '\u00a0'),
    fc.array(fc.tuple(octet, separator), { minLength: 1, maxLength: 6 }),
    octet,
    fc.constantFrom('', ' ', '\n', 'x', '/24', '.'),
  )
  .map(([lead, parts, last, tail]) => lead + parts.map(([o, s]) => o + s).join('') + last + tail);

// Four octets joined by dots, so that many candidates are addresses and their values are compared.
const fourOctets = fc
  .tuple(
    fc.constantFrom('', ' ', '\t'),
    fc.array(octet, { minLength: 4, maxLength: 4 }),
    fc.constantFrom('', ' ', 'x'),
  )
  .map(([lead, octets, tail]) => lead + octets.join('.') + tail);

describe('dottedQuadValue', () => {
  it('accepts exactly what the dotted-quad pattern accepts, with the same value', () => {
    fc.assert(
      fc.property(fc.oneof(candidate, fourOctets), (raw) => {
        expect(dottedQuadValue(raw)).toBe(reference(raw));
      }),
      { numRuns: 50_000 },
    );
  });

  it('agrees on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (raw) => expect(dottedQuadValue(raw)).toBe(reference(raw))),
    );
  });

  it.each([
    ['0.0.0.0', 0],
    ['255.255.255.255', 4294967295],
    [' 10.1.2.3 ', 167838211],
    ['10.1.2', NOT_A_QUAD],
    ['10.1.2.3.', NOT_A_QUAD],
    ['010.1.2.3', NOT_A_QUAD],
    ['10.1.2.256', NOT_A_QUAD],
    ['', NOT_A_QUAD],
  ])('reads %p as %p', (raw, value) => {
    expect(dottedQuadValue(raw)).toBe(value);
  });
});
