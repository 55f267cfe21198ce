import { createScreener } from '../../src/engine/screener.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { anyOf } from '../../src/engine/combinators.js';
import type { RuleContext, RuleMeta } from '../../src/engine/types.js';
import { HirescreenError } from '../../src/errors.js';
import { z } from 'zod';
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

describe('rule setup', () => {
  it('runs once per screener on the resolved options and hands its result to every check', async () => {
    const setups: unknown[] = [];
    const listed = defineRule({
      id: 'test/listed-domain',
      meta: {
        ...base,
        description: 'Flags a listed email domain.',
        options: z.object({ domains: z.array(z.string()).default(['example.org']) }),
        messages: { listed: 'Listed domain {{domain}}.' },
      },
      setup(options) {
        setups.push(options);
        return { domains: new Set(options.domains.map((domain) => domain.toLowerCase())) };
      },
      check(profile, context) {
        const domain = profile.emails?.[0]?.address.split('@')[1]?.toLowerCase();
        if (domain === undefined || !context.state.domains.has(domain)) return undefined;
        return context.finding('listed', { data: { domain } });
      },
    });
    const screener = createScreener({
      rules: {
        plugins: [listed],
        rules: { 'test/listed-domain': { options: { domains: ['Farm.Example'] } } },
      },
      now: '2026-05-01T00:00:00Z',
    });
    const flagged = await screener.screen({ id: 'a', emails: [{ address: 'x@farm.example' }] });
    const clear = await screener.screen({ id: 'b', emails: [{ address: 'y@example.org' }] });
    expect(setups).toEqual([{ domains: ['Farm.Example'] }]);
    expect(flagged.findings.map((f) => f.message)).toEqual(['Listed domain farm.example.']);
    expect(clear.findings).toEqual([]);
  });

  it('turns a setup that throws into an error result for that rule alone', async () => {
    const broken = defineRule({
      id: 'test/broken-setup',
      meta: { ...base, description: 'Cannot set up.', messages: { never: 'Never.' } },
      setup(): number {
        throw new Error('no table');
      },
      check: () => undefined,
    });
    const screener = createScreener({
      rules: {
        plugins: [broken, contextEcho],
        rules: { 'test/broken-setup': 'on', 'test/context-echo': 'on' },
      },
      now: '2026-05-01T00:00:00Z',
    });
    const screening = await screener.screen({ id: 'a' });
    expect(screening.ruleResults).toEqual([
      {
        ruleId: 'test/broken-setup',
        status: 'error',
        findingCount: 0,
        error: { code: 'RULE_FAILED', message: 'setup failed: no table' },
      },
      { ruleId: 'test/context-echo', status: 'flagged', findingCount: 1 },
    ]);
  });
});

describe('a rule context kept past its check', () => {
  it('throws CONTEXT_EXPIRED when its screening’s fields are read later', async () => {
    let kept: RuleContext<unknown, Record<string, string>> | undefined;
    const keeper = defineRule({
      id: 'test/keeper',
      meta: { ...base, description: 'Keeps its context.', messages: { never: 'Never.' } },
      check(_profile, context) {
        kept = context;
        return undefined;
      },
    });
    const screener = createScreener({
      rules: { plugins: [keeper], rules: { 'test/keeper': 'on' } },
      now: '2026-05-01T00:00:00Z',
    });
    await screener.screen({ id: 'a' });
    expect(kept?.ruleId).toBe('test/keeper');
    expect(() => kept?.now).toThrow(
      expect.objectContaining({
        code: 'CONTEXT_EXPIRED',
        message:
          'Rule "test/keeper" read context.now after its check returned; read what it needs during check.',
      }),
    );
    expect(() => kept?.links).toThrow(HirescreenError);
    expect(() => kept?.ip).toThrow(HirescreenError);
    expect(() => kept?.organization).toThrow(HirescreenError);
  });
});
