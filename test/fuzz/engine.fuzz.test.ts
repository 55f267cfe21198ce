import fc from 'fast-check';
import { defineRule } from '../../src/engine/define-rule.js';
import { createScreener } from '../../src/engine/screener.js';
import { foldText } from '../../src/engine/_lib/fold-text.js';
import { testRuleMeta } from '../_support/fake-rules.js';
import { fuzzParameters } from './_support/runs.js';

const SSN = '536228147';
const SEPARATORS = ['', ' ', '.', '-', '\u2013', '\u00a0', '\u200b', '|#|'];
const ZEROS = [0x30, 0x660, 0x966, 0xff10];

/** The SSN written in random digits with random separators, as a rule might quote it. */
const plantedSsn = fc
  .tuple(
    fc.array(fc.constantFrom(...ZEROS), { minLength: 9, maxLength: 9 }),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 8, maxLength: 8 }),
  )
  .map(([zeros, separators]) =>
    [...SSN]
      .map((digit, i) => String.fromCodePoint((zeros[i] as number) + Number(digit)) + (separators[i] ?? ''))
      .join(''),
  );

const value = fc.oneof(fc.anything({ maxDepth: 3 }), plantedSsn);

/** What an arbitrary custom rule's check does. */
type Behaviour =
  | { kind: 'return'; value: unknown }
  | { kind: 'findings'; drafts: Array<{ messageId: string; data: unknown; details: unknown }> }
  | { kind: 'throw'; value: unknown }
  | { kind: 'reject'; value: unknown }
  | { kind: 'mutate' };

const behaviour: fc.Arbitrary<Behaviour> = fc.oneof(
  fc.record({ kind: fc.constant('return' as const), value }),
  fc.record({
    kind: fc.constant('findings' as const),
    drafts: fc.array(
      fc.record({
        messageId: fc.oneof(fc.constant('m'), fc.constant('toString'), fc.string({ maxLength: 5 })),
        data: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), value), value),
        details: fc.oneof(fc.record({ evidence: fc.dictionary(fc.string({ maxLength: 6 }), value) }), value),
      }),
      { maxLength: 60 },
    ),
  }),
  fc.record({ kind: fc.constant('throw' as const), value }),
  fc.record({ kind: fc.constant('reject' as const), value }),
  fc.constant({ kind: 'mutate' as const }),
);

/** The behaviour the arbitrary rule plays in the current case: one screener serves every case. */
let act: Behaviour = { kind: 'return', value: undefined };

const arbitraryRule = defineRule({
  id: 'fuzz/arbitrary',
  meta: { ...testRuleMeta, description: 'Arbitrary.', messages: { m: 'Saw {{what}}.' } },
  check(profile) {
    switch (act.kind) {
      case 'return':
        return act.value as never;
      case 'findings':
        return act.drafts.map((draft) => ({ kind: 'finding', ...draft })) as never;
      case 'throw':
        throw act.value;
      case 'reject':
        return Promise.reject(act.value) as never;
      case 'mutate':
        (profile as { id: string }).id = 'hijacked';
        return undefined;
    }
  },
});

describe('fuzz: the engine with arbitrary custom rules', () => {
  const unhandled = jest.fn();
  beforeAll(() => process.on('unhandledRejection', unhandled));
  afterAll(() => process.off('unhandledRejection', unhandled));

  it('completes every screening, isolates the rule, and lets no SSN out', async () => {
    const screener = createScreener({
      rules: { extends: ['recommended'], plugins: [arbitraryRule], rules: { 'fuzz/arbitrary': 'on' } },
      now: '2026-02-01T00:00:00Z',
    });
    await fc.assert(
      fc.asyncProperty(behaviour, fc.string({ maxLength: 30 }), async (played, name) => {
        act = played;
        const screening = await screener.screen({
          id: 'cand-1',
          name: { full: name || 'Ana Lima' },
          nationalIds: [{ type: 'us-ssn', value: '536-22-8147' }],
        });
        const result = screening.ruleResults.find((r) => r.ruleId === 'fuzz/arbitrary');
        const json = JSON.stringify(screening);
        return (
          screening.profileId === 'cand-1' &&
          screening.ruleResults.length > 10 &&
          result !== undefined &&
          ['flagged', 'clear', 'skipped', 'error'].includes(result.status) &&
          screening.findings.filter((f) => f.ruleId === 'fuzz/arbitrary').length <= 50 &&
          !foldText(json).chars.includes(SSN)
        );
      }),
      fuzzParameters(0.25, 150),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('screens or rejects every record of any batch: nothing is lost', async () => {
    const screener = createScreener({ now: '2026-02-01T00:00:00Z' });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.anything({ maxDepth: 2 }), fc.record({ id: fc.string({ minLength: 1 }) })), {
          maxLength: 8,
        }),
        async (records) => {
          const positions: number[] = [];
          for await (const result of screener.screenMany(records, { batchSize: 3 }))
            positions.push(result.position);
          return positions.length === records.length && positions.every((position, i) => position === i);
        },
      ),
      fuzzParameters(0.05),
    );
  });
});
