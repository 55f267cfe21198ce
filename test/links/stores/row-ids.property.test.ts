import fc from 'fast-check';
import { RowIds } from '../../../src/links/stores/_lib/row-ids.js';

type Step = { kind: 'set'; row: number; id: string } | { kind: 'take'; row: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    row: fc.integer({ min: 1, max: 3000 }),
    id: fc.string({ maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('take' as const), row: fc.integer({ min: 1, max: 3000 }) }),
);

describe('RowIds', () => {
  it('answers as a Map from row to id would, in and out of order and across compactions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 2000 }), (steps) => {
        const ids = new RowIds();
        const model = new Map<number, string>();
        for (const s of steps) {
          if (s.kind === 'set') {
            ids.set(s.row, s.id);
            model.set(s.row, s.id);
          } else {
            const expected = model.get(s.row);
            model.delete(s.row);
            expect(ids.take(s.row)).toBe(expected);
          }
          expect(ids.size).toBe(model.size);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('forgets a row once taken, and keeps rows past 32 bits', () => {
    const ids = new RowIds();
    for (let row = 1; row <= 1000; row++) ids.set(row, `p${row}`);
    for (let row = 1; row <= 900; row++) expect(ids.take(row)).toBe(`p${row}`);
    expect(ids.take(5)).toBeUndefined();
    expect(ids.take(950)).toBe('p950');
    ids.set(2 ** 33, 'far');
    expect(ids.size).toBe(100);
    expect(ids.take(2 ** 33)).toBe('far');
  });
});
