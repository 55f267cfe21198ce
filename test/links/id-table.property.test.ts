import fc from 'fast-check';
import { IdTable } from '../../src/links/_lib/id-table.js';

type Operation =
  { kind: 'add'; id: string } | { kind: 'forget'; pick: number } | { kind: 'find'; id: string };

// Few distinct ids, so that adds repeat, forgotten ids come back and deleted slots pile up between
// rebuilds; ids of any UTF-16 content, the empty one and one longer than a piece of `idOf` included.
const id = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'cand-1', 'cand-2', 'é', '😀', '\ud800', '') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(5000) + 'ÿ') },
);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), id }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forget' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('find' as const), id }) },
);

describe('IdTable (properties)', () => {
  it('numbers ids and finds them again as a Map and an array would', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 50, maxLength: 400, size: 'max' }), (operations) => {
        const table = new IdTable();
        const numbers = new Map<string, number>();
        const texts: string[] = [];
        for (const op of operations) {
          if (op.kind === 'add') {
            expect(table.add(op.id)).toBe(texts.length);
            numbers.set(op.id, texts.length);
            texts.push(op.id);
          } else if (op.kind === 'forget' && texts.length > 0) {
            const number = op.pick % texts.length;
            table.forget(number);
            const text = texts[number] as string;
            if (numbers.get(text) === number) numbers.delete(text);
          } else if (op.kind === 'find') expect(table.numberOf(op.id)).toBe(numbers.get(op.id));
        }
        expect(table.size).toBe(texts.length);
        texts.forEach((text, number) => expect(table.idOf(number)).toBe(text));
        for (const text of new Set(texts)) expect(table.numberOf(text)).toBe(numbers.get(text));
      }),
      { numRuns: 300 },
    );
  });
});
