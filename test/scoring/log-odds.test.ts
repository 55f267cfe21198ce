import fc from 'fast-check';
import { ConfigError } from '../../src/errors.js';
import { createLogOddsScoring, DEFAULT_BASE_RATE, logOdds } from '../../src/scoring/log-odds.js';
import type { ScoringInput } from '../../src/scoring/types.js';

const finding = (group: string, likelihoodRatio: number, active = true): ScoringInput => ({
  group,
  weight: 0,
  likelihoodRatio,
  active,
});
const input = fc.record({
  group: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  weight: fc.constant(0),
  likelihoodRatio: fc.oneof(
    fc.constantFrom(1, 1.5, 3, 8, 60, 1_000),
    fc.double({ min: 1, max: 1e6, noNaN: true }),
  ),
  active: fc.boolean(),
});
const inputs = fc.array(input, { maxLength: 12 });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('logOdds', () => {
  it('scores no finding at 0 with the base rate as the posterior', () => {
    expect(logOdds.score([])).toEqual({
      score: 0,
      contributions: [],
      counted: [],
      posterior: DEFAULT_BASE_RATE,
    });
  });

  it('keeps one moderate finding (ratio 8) below review at the default base rate', () => {
    const out = logOdds.score([finding('vpn-use', 8)]);
    expect(out.score).toBe(3);
    expect(out.score).toBeLessThan(logOdds.defaultThresholds.review);
    expect(out.posterior).toBeCloseTo(8 / (8 + 199), 10);
  });

  it('sends two independent moderate findings to review and splits the points evenly', () => {
    const out = logOdds.score([finding('vpn-use', 8), finding('hiring-anonymizer', 8)]);
    expect(out).toEqual({
      score: 24,
      contributions: [12, 12],
      counted: [true, true],
      posterior: expect.closeTo(64 / 263, 12),
    });
    expect(out.score).toBeGreaterThanOrEqual(logOdds.defaultThresholds.review);
  });

  it('counts the same evidence once: two findings of one group are the stronger of the two', () => {
    const out = logOdds.score([finding('vpn-use', 8), finding('vpn-use', 20)]);
    expect(out.counted).toEqual([false, true]);
    expect(out.contributions[0]).toBe(0);
    expect(out.posterior).toBeCloseTo(20 / (20 + 199), 10);
  });

  it('sends one strong finding (ratio 60) to review on its own and a decisive one (1,000) to escalate', () => {
    expect(logOdds.score([finding('a', 60)]).score).toBe(23);
    expect(logOdds.score([finding('a', 1_000)]).score).toBe(83);
  });

  it('gives suppressed findings and ratios of 1 no points', () => {
    expect(logOdds.score([finding('a', 60, false), finding('b', 1)])).toEqual({
      score: 0,
      contributions: [0, 0],
      counted: [false, false],
      posterior: DEFAULT_BASE_RATE,
    });
  });

  it('moves with the base rate: the same evidence means more where fraud is commoner', () => {
    const evidence = [finding('a', 8)];
    expect(createLogOddsScoring({ baseRate: 0.05 }).score(evidence).score).toBeGreaterThan(
      logOdds.score(evidence).score,
    );
  });

  it('refuses a base rate that is not a probability between 0 and 1', () => {
    for (const baseRate of [0, 1, -0.1, Number.NaN])
      expect(() => createLogOddsScoring({ baseRate })).toThrow(ConfigError);
  });

  it('says what the score means in the decision reasons', () => {
    const out = logOdds.score([finding('a', 8), finding('b', 8)]);
    expect(logOdds.describe?.(out)).toBe('probability of fraud 24 % from a base rate of 0.5 %');
  });

  it('is bounded: the score is an integer from 0 to 100', () => {
    fc.assert(
      fc.property(inputs, (xs) => {
        const { score } = logOdds.score(xs);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('has contributions that add up to the score exactly, none of them negative', () => {
    fc.assert(
      fc.property(inputs, (xs) => {
        const out = logOdds.score(xs);
        return sum(out.contributions) === out.score && out.contributions.every((c) => c >= 0);
      }),
    );
  });

  it('is monotone: adding a finding never lowers the score or the posterior', () => {
    fc.assert(
      fc.property(inputs, input, (xs, extra) => {
        const before = logOdds.score(xs);
        const after = logOdds.score([...xs, extra]);
        return (
          after.score >= before.score && (after.posterior as number) >= (before.posterior as number) - 1e-12
        );
      }),
    );
  });

  it('is order-independent: any permutation gives the same score and the same contribution per finding', () => {
    fc.assert(
      fc.property(
        inputs.chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.shuffledSubarray(
              xs.map((_, i) => i),
              { minLength: xs.length },
            ),
          ),
        ),
        ([xs, order]) => {
          const direct = logOdds.score(xs);
          const shuffled = logOdds.score(order.map((i) => xs[i] as ScoringInput));
          // Equal findings of one group may swap which one counts; the score and the points per group may not move.
          if (shuffled.score !== direct.score) return false;
          const byGroup = (out: typeof direct, list: readonly ScoringInput[]) => {
            const points = new Map<string, number>();
            list.forEach((x, i) =>
              points.set(x.group, (points.get(x.group) ?? 0) + (out.contributions[i] as number)),
            );
            return [...points].sort().join();
          };
          return (
            byGroup(direct, xs) ===
            byGroup(
              shuffled,
              order.map((i) => xs[i] as ScoringInput),
            )
          );
        },
      ),
    );
  });
});
