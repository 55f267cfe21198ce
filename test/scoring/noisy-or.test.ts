import fc from 'fast-check';
import { decide, DEFAULT_THRESHOLDS, noisyOr, type ScoringInput } from '../../src/scoring/noisy-or.js';

const input = fc.record({
  group: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  weight: fc.integer({ min: 0, max: 100 }),
  active: fc.boolean(),
});
const inputs = fc.array(input, { maxLength: 12 });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('noisyOr', () => {
  it('scores two independent 50-point groups at 75 and splits the points evenly', () => {
    const out = noisyOr.score([
      { group: 'a', weight: 50, active: true },
      { group: 'b', weight: 50, active: true },
    ]);
    expect(out).toEqual({ score: 75, contributions: [38, 37], counted: [true, true] });
  });

  it('counts only the strongest finding of a group', () => {
    const out = noisyOr.score([
      { group: 'vpn', weight: 25, active: true },
      { group: 'vpn', weight: 45, active: true },
    ]);
    expect(out).toEqual({ score: 45, contributions: [0, 45], counted: [false, true] });
  });

  it('gives suppressed findings no points', () => {
    expect(noisyOr.score([{ group: 'a', weight: 60, active: false }])).toEqual({
      score: 0,
      contributions: [0],
      counted: [false],
    });
  });

  it('reaches 100 with a 100-point finding and gives it all the points', () => {
    const out = noisyOr.score([
      { group: 'a', weight: 100, active: true },
      { group: 'b', weight: 30, active: true },
    ]);
    expect(out).toEqual({ score: 100, contributions: [100, 0], counted: [true, true] });
  });

  it('is bounded: the score is an integer from 0 to 100', () => {
    fc.assert(
      fc.property(inputs, (xs) => {
        const { score } = noisyOr.score(xs);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('has contributions that add up to the score exactly', () => {
    fc.assert(fc.property(inputs, (xs) => sum(noisyOr.score(xs).contributions) === noisyOr.score(xs).score));
  });

  it('is monotone: adding a finding never lowers the score', () => {
    fc.assert(
      fc.property(
        inputs,
        input,
        (xs, extra) => noisyOr.score([...xs, extra]).score >= noisyOr.score(xs).score,
      ),
    );
  });

  it('is monotone in weight: raising a weight never lowers the score', () => {
    fc.assert(
      fc.property(inputs, fc.nat(), fc.integer({ min: 0, max: 100 }), (xs, pick, raise) => {
        if (xs.length === 0) return true;
        const i = pick % xs.length;
        const raised = xs.map((x, k) => (k === i ? { ...x, weight: Math.min(100, x.weight + raise) } : x));
        return noisyOr.score(raised).score >= noisyOr.score(xs).score;
      }),
    );
  });

  it('is order-independent: any permutation gives the same score and per-finding contributions', () => {
    fc.assert(
      fc.property(
        inputs.chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.shuffledSubarray(
              xs.map((_, i) => i),
              { minLength: xs.length, maxLength: xs.length },
            ),
          ),
        ),
        ([xs, order]) => {
          const base = noisyOr.score(xs);
          const shuffled = noisyOr.score(order.map((i) => xs[i] as ScoringInput));
          if (shuffled.score !== base.score) return false;
          // Equal findings may swap which one counts; compare the multiset of (group, weight, contribution).
          const key = (list: readonly ScoringInput[], c: number[]) =>
            list
              .map((x, i) => `${x.group}:${x.weight}:${x.active}:${c[i]}`)
              .sort()
              .join('|');
          return (
            key(
              order.map((i) => xs[i] as ScoringInput),
              shuffled.contributions,
            ) === key(xs, base.contributions)
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('breaks a tie between equal groups by group name, whatever the order', () => {
    const a = { group: 'a', weight: 12, active: true };
    const d = { group: 'd', weight: 12, active: true };
    expect(noisyOr.score([a, d]).contributions).toEqual([12, 11]);
    expect(noisyOr.score([d, a]).contributions).toEqual([11, 12]);
  });

  it('never gives points to an inactive or zero-weight finding', () => {
    fc.assert(
      fc.property(inputs, (xs) =>
        noisyOr
          .score(xs)
          .contributions.every(
            (c, i) => c === 0 || ((xs[i] as ScoringInput).active && (xs[i] as ScoringInput).weight > 0),
          ),
      ),
    );
  });
});

describe('decide', () => {
  it('clears a score below the review threshold', () => {
    expect(decide(39, [], DEFAULT_THRESHOLDS)).toEqual({
      decision: 'clear',
      reasons: ['score 39 is below the review threshold (40)'],
    });
  });

  it('routes a score at the review threshold to review', () => {
    expect(decide(40, [], DEFAULT_THRESHOLDS).decision).toBe('review');
  });

  it('escalates at the escalate threshold', () => {
    expect(decide(70, [], DEFAULT_THRESHOLDS).decision).toBe('escalate');
  });

  it('escalates a critical finding regardless of score', () => {
    expect(decide(5, [{ ruleId: 'ip-kvm-device', severity: 'critical' }], DEFAULT_THRESHOLDS)).toEqual({
      decision: 'escalate',
      reasons: ['critical finding: ip-kvm-device'],
    });
  });

  it('is monotone in the score', () => {
    const rank = { clear: 0, review: 1, escalate: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (
          rank[decide(lo, [], DEFAULT_THRESHOLDS).decision] <=
          rank[decide(hi, [], DEFAULT_THRESHOLDS).decision]
        );
      }),
    );
  });
});
