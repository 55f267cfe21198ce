import fc from 'fast-check';
import { FingerprintTable } from '../../src/_lib/fingerprint-table.js';

// Few distinct halves, so that fingerprints share a slot's `lo` bits or one half, and the table grows
// several times from its smallest size.
const half = fc.oneof(fc.constantFrom(0, 1, 16, 0xffffffff), fc.integer({ min: 0, max: 0xffffffff }));
const operation = fc.record({ hi: half, lo: half, add: fc.integer({ min: 1, max: 5 }) });

describe('FingerprintTable (properties)', () => {
  it('keeps words per fingerprint as a Map keyed by both halves does, through growth and shared slots', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 20, maxLength: 300, size: 'max' }), (operations) => {
        const table = new FingerprintTable(2, 16);
        const model = new Map<string, [number, number]>();
        for (const { hi, lo, add } of operations) {
          const key = `${hi}:${lo}`;
          const slot = table.slotOf(hi, lo);
          expect(table.added).toBe(!model.has(key));
          const [count, last] = model.get(key) ?? [0, 0];
          expect([table.word(slot, 0), table.word(slot, 1)]).toEqual([count, last]);
          table.setWord(slot, 0, count + add);
          table.setWord(slot, 1, hi ^ lo);
          model.set(key, [count + add, (hi ^ lo) >>> 0]);
          expect(table.size).toBe(model.size);
        }
        for (const [key, words] of model) {
          const [hi, lo] = key.split(':').map(Number) as [number, number];
          const slot = table.slotOf(hi, lo);
          expect(table.added).toBe(false);
          expect([table.word(slot, 0), table.word(slot, 1)]).toEqual(words);
        }
      }),
    );
  });

  it('takes fingerprints given as signed 32-bit halves as the same unsigned ones', () => {
    const table = new FingerprintTable(1);
    table.setWord(table.slotOf(-1, -2), 0, 7);
    const slot = table.slotOf(0xffffffff, 0xfffffffe);
    expect(table.added).toBe(false);
    expect(table.word(slot, 0)).toBe(7);
  });
});
