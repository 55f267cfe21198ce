import fc from 'fast-check';
import { decide, DEFAULT_THRESHOLDS, noisyOr, type ScoringInput } from '../../src/scoring/noisy-or.js';
import type { Severity } from '../../src/engine/types.js';

/** Noisy-OR as it was written first, with maps, filters and a sort: the reference for the loops. */
function referenceScore(inputs: readonly ScoringInput[]) {
  if (inputs.length === 0) return { score: 0, contributions: [], counted: [] };
  const counted = inputs.map(() => false);
  const strongest = new Map<string, number>();
  inputs.forEach((input, index) => {
    if (!input.active || !(input.weight > 0)) return;
    const current = strongest.get(input.group);
    if (current === undefined || input.weight > (inputs[current] as ScoringInput).weight) {
      strongest.set(input.group, index);
    }
  });
  const chosen = [...strongest.values()];
  for (const index of chosen) counted[index] = true;
  const weights = chosen.map((index) => Math.min((inputs[index] as ScoringInput).weight, 100) / 100);
  const certain = weights.filter((w) => w >= 1).length;
  const exact = certain > 0 ? 100 : 100 * (1 - weights.reduce((keep, w) => keep * (1 - w), 1));
  const score = Math.min(100, Math.max(0, Math.round(exact)));
  const shares = weights.map((w) => (certain > 0 ? (w >= 1 ? 1 : 0) : -Math.log1p(-w)));
  const parts = referenceApportion(
    score,
    shares,
    chosen.map((index) => (inputs[index] as ScoringInput).group),
  );
  const contributions = inputs.map(() => 0);
  chosen.forEach((inputIndex, k) => (contributions[inputIndex] = parts[k] as number));
  return { score, contributions, counted };
}

function referenceApportion(total: number, shares: readonly number[], groups: readonly string[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return shares.map(() => 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, k) => ({ k, rest: value - Math.floor(value) }))
    .sort(
      (a, b) =>
        b.rest - a.rest ||
        (shares[b.k] as number) - (shares[a.k] as number) ||
        ((groups[a.k] as string) < (groups[b.k] as string)
          ? -1
          : (groups[a.k] as string) > (groups[b.k] as string)
            ? 1
            : 0),
    );
  for (const { k } of order) {
    if (left <= 0) break;
    parts[k] = (parts[k] as number) + 1;
    left -= 1;
  }
  return parts;
}

/** `decide` as it was written first, with filter, map, a Set, a sort and pushes. */
function referenceDecide(
  score: number,
  critical: ReadonlyArray<{ ruleId: string; severity: Severity }>,
  thresholds: { review: number; escalate: number },
) {
  const reasons: string[] = [];
  let decision = 'clear';
  if (score >= thresholds.escalate) {
    decision = 'escalate';
    reasons.push(`score ${score} is at or above the escalate threshold (${thresholds.escalate})`);
  } else if (score >= thresholds.review) {
    decision = 'review';
    reasons.push(`score ${score} is at or above the review threshold (${thresholds.review})`);
  }
  const criticalIds = [
    ...new Set(critical.filter((f) => f.severity === 'critical').map((f) => f.ruleId)),
  ].sort();
  if (criticalIds.length > 0) {
    if (decision !== 'escalate') decision = 'escalate';
    reasons.push(`critical finding: ${criticalIds.join(', ')}`);
  }
  if (reasons.length === 0)
    reasons.push(`score ${score} is below the review threshold (${thresholds.review})`);
  return { decision, reasons };
}

const input = fc.record({
  group: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'B'),
  weight: fc.oneof(
    fc.integer({ min: -5, max: 120 }),
    fc.double({ min: -1, max: 110, noNaN: true }),
    fc.constantFrom(0, 1, 12, 33.3, 50, 100, Number.NaN),
  ),
  active: fc.boolean(),
});

describe('noisyOr without intermediate arrays', () => {
  it('scores, apportions and counts exactly as the reference, ties and odd weights included', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 20 }), (xs) => {
        expect(noisyOr.score(xs)).toEqual(referenceScore(xs));
      }),
      { numRuns: 5000 },
    );
  });

  it('splits equal weights across many groups as the reference does', () => {
    const groups = 'abcdefghijklmnop'.split('');
    for (const weight of [1, 7, 12, 25, 33, 50]) {
      for (let n = 1; n <= groups.length; n++) {
        const xs = groups.slice(0, n).map((group) => ({ group, weight, active: true }));
        expect(noisyOr.score(xs)).toEqual(referenceScore(xs));
        expect(noisyOr.score([...xs].reverse())).toEqual(referenceScore([...xs].reverse()));
      }
    }
  });
});

describe('decide without intermediate arrays', () => {
  const finding = fc.record({
    ruleId: fc.constantFrom('b-rule', 'a-rule', 'c', 'B'),
    severity: fc.constantFrom<Severity>('critical', 'high', 'medium', 'low', 'info'),
  });

  it('decides and gives the reasons exactly as the reference does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(finding, { maxLength: 8 }),
        (score, findings) => {
          expect(decide(score, findings, DEFAULT_THRESHOLDS)).toEqual(
            referenceDecide(score, findings, DEFAULT_THRESHOLDS),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
