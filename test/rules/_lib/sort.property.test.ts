import fc from 'fast-check';
import { sortInPlace } from '../../../src/rules/_lib/sort.js';

/** Records with a key that repeats, so stability shows: the tag records the input order. */
const records = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 5 }), { maxLength })
    .map((keys) => keys.map((key, tag) => ({ key, tag })));

describe('sortInPlace', () => {
  it('orders as Array.prototype.sort does, equal keys in input order, short and long arrays', () => {
    fc.assert(
      fc.property(records(80), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...items].sort(byKey);
        const copy = [...items];
        const result = sortInPlace(copy, byKey);
        expect(result).toBe(copy);
        expect(result).toEqual(expected);
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
    const compare = (a: number, b: number) => a - b;
    expect(sortInPlace([], compare)).toEqual([]);
    expect(sortInPlace([7], compare)).toEqual([7]);
  });
});
