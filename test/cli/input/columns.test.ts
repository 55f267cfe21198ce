import fc from 'fast-check';
import { compileHeader, MAX_NUMBER_CELL, rowToRecord } from '../../../src/cli/input/columns.js';

const header = compileHeader(['id', 'claimed.lat'], undefined);
const lat = (cell: string): unknown =>
  (rowToRecord(header, ['e1', cell]) as { claimed?: { lat?: unknown } }).claimed?.lat;

describe('number cells', () => {
  it('reads a number cell as the number JavaScript reads from the same text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = String(value);
        expect(lat(text)).toBe(Number(text));
      }),
    );
    expect([lat('41.5'), lat('-.5'), lat('+3.'), lat('1e3'), lat('north')]).toEqual([
      41.5,
      -0.5,
      3,
      1000,
      'north',
    ]);
  });

  it('keeps a cell longer than the cap as text without matching it, however long', () => {
    const digits = '1'.repeat(MAX_NUMBER_CELL);
    expect(lat(digits)).toBe(Number(digits));
    expect(lat(`${digits}1`)).toBe(`${digits}1`);
    // The 150 KB cell: a run of digits with a letter at the end.
    const huge = `${'1'.repeat(150_000)}x`;
    expect(lat(huge)).toBe(huge);
  });

  it('gives the same answer as a plain reading of the number grammar for cells within the cap', () => {
    const cell = fc.string({
      unit: fc.constantFrom('1', '0', '.', 'e', '-', '+', 'x'),
      maxLength: MAX_NUMBER_CELL,
    });
    const grammar = (text: string): boolean => {
      const [mantissa = '', exponent, ...rest] = text.split(/[eE]/);
      if (rest.length > 0 || (exponent !== undefined && !/^[+-]?\d+$/.test(exponent))) return false;
      const body = mantissa.replace(/^[+-]/, '');
      const [whole = '', fraction, ...more] = body.split('.');
      return (
        more.length === 0 &&
        /^\d*$/.test(whole) &&
        /^\d*$/.test(fraction ?? '') &&
        (whole + (fraction ?? '')).length > 0
      );
    };
    fc.assert(
      fc.property(cell, (text) => {
        const trimmed = text.trim();
        if (trimmed === '') return;
        expect(typeof lat(trimmed) === 'number').toBe(grammar(trimmed));
      }),
    );
  });
});
