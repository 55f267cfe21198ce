import {
  backtest,
  DecisionMismatchError,
  expectDecisions,
  formatBacktest,
  profile,
  type LabelledProfile,
} from '../../src/testing/index.js';
import { noisyOr } from '../../src/scoring/noisy-or.js';
import { cameraOff } from './_support/fixture-rules.js';

const off = { interviews: [{ mode: 'video' as const, cameraOn: false, at: '2025-11-03T15:00:00Z' }] };
// These tests pin the backtest's bookkeeping, not a scoring model: the 0.1 points keep the fixture's
// decisions where its cases put them.
const options = {
  rules: [cameraOff],
  now: '2026-01-15T00:00:00Z',
  scoring: noisyOr,
  thresholds: { review: 15, escalate: 70 },
};

function labelled(): LabelledProfile[] {
  return [
    { profile: profile({ id: 'f1', ...off }), label: 'fraud', expected: 'review' },
    { profile: profile({ id: 'f2', ...off }), label: 'fraud', expected: 'review' },
    { profile: profile({ id: 'f3' }), label: 'fraud', expected: 'review' },
    { profile: profile({ id: 'l1' }), label: 'legitimate', expected: 'clear' },
    { profile: profile({ id: 'l2' }), label: 'legitimate' },
    { profile: profile({ id: 'l3', ...off }), label: 'legitimate', expected: 'clear' },
  ];
}

describe('backtest', () => {
  it('measures each rule’s fire rate, precision and recall', async () => {
    const result = await backtest(labelled(), options);
    expect(result.profiles).toBe(6);
    expect(result.fraud).toBe(3);
    expect(result.rules).toEqual([
      {
        ruleId: 'test/camera-off',
        fired: 3,
        fireRate: 0.5,
        truePositives: 2,
        falsePositives: 1,
        precision: 2 / 3,
        recall: 2 / 3,
      },
    ]);
  });

  it('counts decisions by label and lists the profiles whose decision differed', async () => {
    const result = await backtest(labelled(), options);
    expect(result.confusion).toEqual({
      fraud: { clear: 1, review: 2, escalate: 0 },
      legitimate: { clear: 2, review: 1, escalate: 0 },
    });
    expect(result.mismatches).toEqual([
      {
        profileId: 'f3',
        position: 2,
        label: 'fraud',
        expected: 'review',
        actual: 'clear',
        score: 0,
        fired: [],
      },
      {
        profileId: 'l3',
        position: 5,
        label: 'legitimate',
        expected: 'clear',
        actual: 'review',
        score: 20,
        fired: ['test/camera-off'],
      },
    ]);
  });

  it('gives null precision for a rule that never fired and null recall without fraud', async () => {
    const result = await backtest([{ profile: profile(), label: 'legitimate' }], options);
    expect(result.rules[0]).toMatchObject({ fired: 0, fireRate: 0, precision: null, recall: null });
  });

  it('names the position of a labelled profile that is not valid', async () => {
    await expect(backtest([{ profile: { id: '' }, label: 'fraud' }], options)).rejects.toThrow(
      /labelled profile 1 could not be screened: Profile is invalid:\n {2}id: must not be empty/,
    );
  });

  it('renders a table', async () => {
    const text = formatBacktest(await backtest(labelled(), options));
    expect(text.split('\n')).toEqual([
      '6 profiles (3 fraud, 3 legitimate)',
      'rule             fired  rate  precision  recall',
      'test/camera-off      3   50%        67%     67%',
      'decisions     clear  review  escalate',
      'fraud             1       2         0',
      'legitimate        2       1         0',
    ]);
  });
});

describe('expectDecisions', () => {
  it('throws a readable error listing each mismatch', async () => {
    const error = await expectDecisions(labelled(), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionMismatchError);
    expect((error as Error).message).toBe(
      [
        '2 of 6 decision(s) differ from what was expected:',
        '  - f3 (#3, fraud): expected review, got clear (score 0; fired: none)',
        '  - l3 (#6, legitimate): expected clear, got review (score 20; fired: test/camera-off)',
      ].join('\n'),
    );
  });

  it('resolves to the backtest when every decision is as expected', async () => {
    const agreeing = labelled().filter((item) => !['f3', 'l3'].includes((item.profile as { id: string }).id));
    await expect(expectDecisions(agreeing, options)).resolves.toMatchObject({ mismatches: [] });
  });
});
