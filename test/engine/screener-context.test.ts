import { createScreener } from '../../src/engine/screener.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { anyOf } from '../../src/engine/combinators.js';
import type { RuleMeta } from '../../src/engine/types.js';
import { testRuleMeta } from '../_support/fake-rules.js';

const base = { ...testRuleMeta, severity: 'low', weight: 10 } satisfies Partial<
  RuleMeta<unknown, Record<string, string>>
>;

/** Reports what its context says, so a stale context would show in the finding. */
const contextEcho = defineRule({
  id: 'test/context-echo',
  meta: { ...base, description: 'Echoes its context.', messages: { seen: '{{rule}} at {{now}}' } },
  check(profile, context) {
    return context.finding('seen', {
      data: { rule: context.ruleId, now: context.now.toISOString() },
      evidence: { facts: context.ip.get('192.0.2.1')?.ip ?? 'none', profile: profile.id },
    });
  },
});

describe('rule contexts across screenings', () => {
  it('show each screening its own time, whichever screening came before', async () => {
    const times = ['2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'];
    let call = 0;
    const screener = createScreener({
      rules: { plugins: [contextEcho], rules: { 'test/context-echo': 'on' } },
      now: () => new Date(times[call++ % times.length] as string),
    });
    for (const time of times) {
      const screening = await screener.screen({ id: `p-${time}` });
      expect(screening.asOf).toBe(time);
      expect(screening.findings.map((f) => f.message)).toEqual([`test/context-echo at ${time}`]);
      expect(screening.findings[0]?.evidence).toEqual({ facts: 'none', profile: `p-${time}` });
    }
  });

  it('give a combined rule’s children their own rule id and the screening’s time', async () => {
    const combined = anyOf({
      id: 'test/any-echo',
      meta: { ...base, description: 'Any echo.' },
      rules: [contextEcho],
    });
    const screener = createScreener({
      rules: { plugins: [combined], rules: { 'test/any-echo': 'on' } },
      now: '2026-05-01T00:00:00Z',
    });
    const first = await screener.screen({ id: 'a' });
    const second = await screener.screen({ id: 'b' });
    for (const screening of [first, second]) {
      expect(screening.findings[0]?.evidence).toEqual({
        signals: [
          { ruleId: 'test/context-echo', messages: ['test/context-echo at 2026-05-01T00:00:00.000Z'] },
        ],
      });
    }
  });
});
