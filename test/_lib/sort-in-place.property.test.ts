import fc from 'fast-check';
import { compareCodeUnits, sortInPlace } from '../../src/_lib/sort-in-place.js';

/** Records with a key that repeats, so stability shows: the tag records the input order. */
const records = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 5 }), { maxLength })
    .map((keys) => keys.map((key, tag) => ({ key, tag })));

const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

describe('sortInPlace', () => {
  it('orders as Array.prototype.sort does, equal keys in input order, short and long arrays', () => {
    fc.assert(
      fc.property(records(80), (items) => {
        const expected = [...items].sort(byKey);
        const copy = [...items];
        const result = sortInPlace(copy, byKey);
        expect(result).toBe(copy);
        expect(result).toEqual(expected);
      }),
    );
  });

  it('leaves long arrays that are already in order as they are, ties included', () => {
    fc.assert(
      fc.property(records(80), (items) => {
        const ordered = [...items].sort(byKey);
        expect(sortInPlace([...ordered], byKey)).toEqual(ordered);
      }),
    );
  });

  it('orders strings by code units, as sort() without a comparator does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 50 }), (values) => {
        expect(sortInPlace([...values], compareCodeUnits)).toEqual([...values].sort());
      }),
    );
  });

  it('sorts numbers, doubles included, as the built-in sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 50 }),
        (values) => {
          const ascending = (a: number, b: number) => a - b;
          expect(sortInPlace([...values], ascending)).toEqual([...values].sort(ascending));
        },
      ),
    );
  });

  it('leaves empty and one-element arrays alone', () => {
    expect(sortInPlace([], byKey)).toEqual([]);
    expect(sortInPlace([{ key: 1, tag: 0 }], byKey)).toEqual([{ key: 1, tag: 0 }]);
  });
});
