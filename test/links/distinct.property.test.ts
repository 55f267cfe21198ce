import fc from 'fast-check';
import { DistinctNumbers } from '../../src/links/_lib/distinct.js';

// The index counts distinct names, families, homes and organisations per shared key with one reused
// DistinctNumbers (a scan over a typed array, a Set past 32 values). It must count as a Set does.

describe('DistinctNumbers', () => {
  it('counts and finds values as a Set does, across resets and past the scan limit', () => {
    const value = fc.oneof(fc.integer({ min: -2, max: 40 }), fc.integer({ min: 0, max: 0xffffffff }));
    const counts = new DistinctNumbers();
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 120 }), { maxLength: 4 }),
        fc.array(value),
        (rounds, probes) => {
          for (const values of rounds) {
            counts.reset();
            const reference = new Set<number>();
            for (const v of values) {
              counts.add(v);
              reference.add(v);
              expect(counts.size).toBe(reference.size);
            }
            for (const probe of [...probes, ...values]) expect(counts.has(probe)).toBe(reference.has(probe));
          }
        },
      ),
    );
  });

  it('switches to a set at the 33rd distinct value and back to scanning after a reset', () => {
    const counts = new DistinctNumbers();
    for (let i = 0; i < 40; i++) counts.add(i % 33);
    expect(counts.size).toBe(33);
    expect(counts.has(32)).toBe(true);
    counts.reset();
    expect(counts.size).toBe(0);
    expect(counts.has(0)).toBe(false);
    counts.add(0);
    counts.add(0);
    expect(counts.size).toBe(1);
  });
});
