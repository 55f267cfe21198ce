/**
 * How many cases a fuzz property runs: a few hundred in `npm test`, or its share of `FUZZ_RUNS` under
 * `npm run fuzz` (1,000,000 by default, spread over the properties by `share`, which add up to 1).
 */
export function fuzzRuns(share: number, ciRuns = 200): number {
  const total = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(total) && total > 0 ? Math.max(1, Math.round(total * share)) : ciRuns;
}

/** fast-check parameters for one property: its runs, and a seed from `FUZZ_SEED` to replay a run. */
export function fuzzParameters(share: number, ciRuns = 200): { numRuns: number; seed?: number } {
  const seed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(seed)
    ? { numRuns: fuzzRuns(share, ciRuns), seed }
    : { numRuns: fuzzRuns(share, ciRuns) };
}
