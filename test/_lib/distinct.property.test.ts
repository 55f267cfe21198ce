import fc from 'fast-check';
import { Distinct } from '../../src/_lib/distinct.js';

describe('Distinct', () => {
  it('counts what a Set of the same strings counts, after every add', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (values) => {
        const distinct = new Distinct();
        const set = new Set<string>();
        expect(distinct.size).toBe(0);
        for (const value of values) {
          distinct.add(value);
          set.add(value);
          expect(distinct.size).toBe(set.size);
        }
      }),
    );
  });

  it('counts the empty string as a value', () => {
    const distinct = new Distinct();
    distinct.add('');
    distinct.add('');
    distinct.add('a');
    expect(distinct.size).toBe(2);
  });
});
