import { defineRule } from '../../src/engine/define-rule.js';
import type { AnyRule } from '../../src/engine/types.js';
import { calibrate } from '../../src/testing/calibrate.js';
import { reviewThresholdFor } from '../../src/testing/calibration-fit.js';
import type { LabelledProfile } from '../../src/testing/backtest.js';
import { seededRandom } from '../../src/testing/seeded-random.js';
import { testRuleMeta } from '../_support/fake-rules.js';

/** A rule that fires when the profile id's `position`-th flag is 1, at a deliberately wrong documented ratio. */
const signal = (name: string, position: number): AnyRule =>
  defineRule({
    id: `test/${name}`,
    meta: {
      ...testRuleMeta,
      description: `Signal ${name}.`,
      group: `test/${name}`,
      levels: {
        seen: {
          description: 'seen',
          likelihoodRatio: 8,
          basis: { kind: 'judgement', note: 'a guess to be fitted' },
        },
      },
      defaultLevel: 'seen',
      messages: { seen: 'Signal seen.' },
    },
    check: (profile, context) =>
      profile.id.split('-')[position] === '1' ? context.finding('seen') : undefined,
  });

const rules = [signal('a', 1), signal('b', 2)];

/** Profiles whose signals fire with known rates: a 60 % vs 2 % (ratio 30), b 30 % vs 10 % (ratio 3). */
function labelledSet(fraud: number, legitimate: number): LabelledProfile[] {
  const random = seededRandom(7);
  const flag = (p: number) => (random() < p ? '1' : '0');
  const out: LabelledProfile[] = [];
  for (let i = 0; i < fraud; i++)
    out.push({ profile: { id: `f-${flag(0.6)}-${flag(0.3)}-${i}` }, label: 'fraud' });
  for (let i = 0; i < legitimate; i++)
    out.push({ profile: { id: `l-${flag(0.02)}-${flag(0.1)}-${i}` }, label: 'legitimate' });
  return out;
}

describe('calibrate', () => {
  it('recovers known likelihood ratios from generated outcomes within 25 %', async () => {
    const result = await calibrate(labelledSet(1_500, 15_000), { rules, now: '2026-01-15T00:00:00Z' });
    const fitted = Object.fromEntries(result.levels.map((row) => [row.ruleId, row.fitted]));
    expect(fitted['test/a']).toBeGreaterThan(30 * 0.75);
    expect(fitted['test/a']).toBeLessThan(30 * 1.25);
    expect(fitted['test/b']).toBeGreaterThan(3 * 0.75);
    expect(fitted['test/b']).toBeLessThan(3 * 1.25);
    for (const row of result.levels) {
      const [low, high] = row.interval as [number, number];
      expect(low).toBeLessThan(row.empirical as number);
      expect(high).toBeGreaterThan(row.empirical as number);
    }
    expect(result.config).toEqual({
      rules: {
        'test/a': { likelihoodRatios: { seen: fitted['test/a'] } },
        'test/b': { likelihoodRatios: { seen: fitted['test/b'] } },
      },
    });
  });

  it('stays near the documented ratio when a level fired only a few times', async () => {
    const result = await calibrate(labelledSet(10, 100), {
      rules,
      now: '2026-01-15T00:00:00Z',
      priorStrength: 30,
    });
    const b = result.levels.find((row) => row.ruleId === 'test/b');
    const fired = (b?.firedFraud ?? 0) + (b?.firedLegitimate ?? 0);
    // With fewer firings than the prior's weight, the fit lies between the data and the documented 8,
    // closer to the documented ratio in log space.
    expect(fired).toBeLessThan(30);
    const distance = (x: number, y: number) => Math.abs(Math.log(x) - Math.log(y));
    expect(distance(b?.fitted as number, 8)).toBeLessThan(distance(b?.empirical as number, 8));
  });

  it('reports operating points before and after the fit, and a review threshold for a budget', async () => {
    const result = await calibrate(labelledSet(200, 2_000), { rules, now: '2026-01-15T00:00:00Z' });
    expect(result.before).toHaveLength(100);
    expect(result.after).toHaveLength(100);
    for (const point of [...result.before, ...result.after]) {
      expect(point.alertRate).toBeGreaterThanOrEqual(0);
      expect(point.alertRate).toBeLessThanOrEqual(1);
    }
    // Alert rates never rise with the threshold.
    for (let i = 1; i < 100; i++)
      expect((result.after[i] as { alertRate: number }).alertRate).toBeLessThanOrEqual(
        (result.after[i - 1] as { alertRate: number }).alertRate,
      );
  });
});

describe('reviewThresholdFor', () => {
  const screening = (score: number) => ({ score, findings: [] }) as never;
  const labelled = [
    ...Array.from({ length: 10 }, (_, i) => ({ screening: screening(50 + i), label: 'fraud' as const })),
    ...Array.from({ length: 90 }, (_, i) => ({ screening: screening(i % 30), label: 'legitimate' as const })),
  ];

  it('picks the lowest threshold that sends at most the budgeted share to review', () => {
    expect(reviewThresholdFor(labelled, { maxAlertRate: 0.1 })).toBe(30);
    expect(reviewThresholdFor(labelled, { maxAlertRate: 0.13 })).toBe(29);
  });

  it('picks the lowest threshold whose precision at the given prevalence meets the minimum', () => {
    expect(reviewThresholdFor(labelled, { minPrecision: 0.5, prevalence: 0.01 })).toBe(30);
  });
});
