import { Diagnosis, precisionAt } from '../../bench/scenario/diagnose.js';
import type { Finding, Screening } from '../../src/engine/types.js';
import type { ScenarioLabel } from '../../bench/scenario/generate.js';

const finding = (ruleId: string, counted = true, level = 'default'): Finding =>
  ({
    ruleId,
    messageId: 'm',
    counted,
    level,
    likelihoodRatio: 8,
    evidence: {},
  }) as unknown as Finding;
const screening = (profileId: string, decision: Screening['decision'], findings: Finding[]): Screening =>
  ({ profileId, decision, findings }) as unknown as Screening;
const label = (fraud: boolean, confounders: string[] = []): ScenarioLabel => ({
  fraud,
  unit: fraud ? 'farm' : 'single',
  confounders,
  ...(fraud && { farmId: 'farm-1' }),
});

describe('precisionAt', () => {
  it('gives p·recall over p·recall plus (1-p)·fpr', () => {
    expect(precisionAt(0.005, 0.97, 0.01)).toBeCloseTo(0.00485 / (0.00485 + 0.00995), 12);
  });

  it('gives 0 when nothing is flagged', () => {
    expect(precisionAt(0.005, 0, 0)).toBe(0);
  });
});

describe('Diagnosis', () => {
  const d = new Diagnosis();
  d.add(label(true), screening('f1', 'escalate', [finding('a'), finding('b')]));
  d.add(label(true), screening('f2', 'clear', []));
  d.add(label(false, ['vpn']), screening('l1', 'review', [finding('a'), finding('c', false, 'generic')]));
  d.add(label(false), screening('l2', 'clear', [finding('c')]));
  const report = d.report();

  it('counts recall and the legitimate shares at both thresholds', () => {
    expect([report.recallAtReview, report.recallAtEscalate]).toEqual([0.5, 0.5]);
    expect([report.legitimateAtReview, report.legitimateAtEscalate]).toEqual([0.5, 0]);
  });

  it('lists only counted findings of legitimate profiles at review among the false reviews', () => {
    expect(report.falseReviews).toEqual({
      count: 1,
      byRule: { a: 1 },
      byMessage: { 'a/m@default': 1 },
      combinations: [{ rules: 'a', profiles: 1 }],
    });
    expect(report.byConfounder).toEqual({ 'unit:single': [2, 1], vpn: [1, 1] });
  });

  it('gives each rule level its fire counts, its documented ratio and one smoothed by 0.5', () => {
    const a = report.rules.find((r) => r.ruleId === 'a@default');
    expect(a).toEqual({
      ruleId: 'a@default',
      documented: 8,
      fraudFired: 1,
      legitimateFired: 1,
      likelihoodRatio: 1,
    });
    expect(report.rules.map((r) => r.ruleId).sort()).toEqual([
      'a@default',
      'b@default',
      'c@default',
      'c@generic',
    ]);
    const b = report.rules.find((r) => r.ruleId === 'b@default');
    expect(b?.likelihoodRatio).toBeCloseTo(1.5 / 3 / (0.5 / 3), 12);
  });
});
