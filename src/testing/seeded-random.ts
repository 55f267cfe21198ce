/**
 * A seeded pseudo-random generator (mulberry32): fast, 32-bit state, and the same sequence on every
 * machine, so generated fixtures, baselines and benchmarks are repeatable. Not for anything secret.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // a float in [0, 1), the same on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
