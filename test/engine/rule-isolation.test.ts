import { defineRule } from '../../src/engine/define-rule.js';
import { createScreener } from '../../src/engine/screener.js';
import type { FindingDraft } from '../../src/engine/types.js';
import { ConfigError, HirescreenError, ValidationError } from '../../src/errors.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { parseProfile } from '../../src/schema/parse.js';
import { cameraRule, testRuleMeta } from '../_support/fake-rules.js';

const NOW = '2026-02-01T00:00:00Z';
const cameraOff = {
  id: 'cand-1',
  interviews: [{ at: '2026-01-10T15:00:00Z', mode: 'video', cameraOn: false }],
};

/** A test rule whose check is `check`, with one message `m`. */
function ruleWith(id: string, check: (profile: never, context: never) => unknown) {
  return defineRule({
    id,
    meta: { ...testRuleMeta, description: 'Test.', messages: { m: 'Seen {{what}}.' } },
    check: check as never,
  });
}

/** Screens `profiles` with the camera rule and `rule`; returns each screening's results by rule id. */
async function screenWith(rule: ReturnType<typeof ruleWith>, profiles: unknown[] = [cameraOff]) {
  const screener = createScreener({
    rules: { plugins: [cameraRule, rule], rules: { 'test/camera': 'on', [rule.id]: 'on' } },
    now: NOW,
  });
  const out = [];
  for (const profile of profiles) out.push(await screener.screen(profile as ProfileInput));
  return out;
}

const resultOf = (screening: Awaited<ReturnType<typeof screenWith>>[number], ruleId: string) =>
  screening.ruleResults.find((result) => result.ruleId === ruleId);

describe('a custom rule that breaks the rules (issue 17, item 3)', () => {
  it('turns an async check that rejects after an await into an error, with no unhandled rejection', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const rule = ruleWith('test/async', async () => {
        await Promise.resolve();
        throw new Error('late');
      });
      const [screening] = await screenWith(rule);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(resultOf(screening!, 'test/async')?.error?.message).toBe(
        'rule returned a promise: a check must be synchronous',
      );
      expect(resultOf(screening!, 'test/camera')?.status).toBe('flagged');
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it.each([
    [
      'null data and details',
      () => ({ kind: 'finding', messageId: 'm', data: null, details: null }),
      'rule returned finding data that is not an object',
    ],
    [
      'an inherited message id',
      (_: never, context: { finding(id: string): FindingDraft }) => context.finding('toString'),
      'rule returned an unknown message id "toString"',
    ],
    [
      'a holey array',
      (_: never, context: { finding(id: string, d: object): FindingDraft }) => [
        ,
        context.finding('m', { data: { what: 'x' } }),
      ],
      'rule returned something that is not a finding',
    ],
    [
      'cyclic data',
      (_: never, context: { finding(id: string, d: object): FindingDraft }) => {
        const data: Record<string, unknown> = { what: 'x' };
        data.self = data;
        return context.finding('m', { data });
      },
      'rule returned finding data that is cyclic, nested too deep, too large or not JSON',
    ],
    [
      'a value whose toString throws',
      (_: never, context: { finding(id: string, d: object): FindingDraft }) =>
        context.finding('m', { data: { what: Object.create(null) } }),
      'rule returned a finding that could not be rendered: Cannot convert object to primitive value',
    ],
    [
      'a draft whose getter throws',
      () => ({
        kind: 'finding',
        get messageId(): string {
          throw new Error('trap');
        },
      }),
      'rule returned something unreadable: trap',
    ],
    [
      'a thrown value that cannot become text (the 1,000,000-case fuzz run\u2019s counterexample)',
      () => {
        throw { toString: 0 };
      },
      'a value that cannot be shown as text was thrown',
    ],
    [
      'a skip without a list',
      () => ({ kind: 'skip', missing: 42 }),
      'rule returned a skip whose missing data is not a list of names',
    ],
  ])('turns %s into an error while the other rules run', async (_, check, message) => {
    const [screening] = await screenWith(ruleWith('test/malformed', check as never));
    expect(resultOf(screening!, 'test/malformed')).toEqual({
      ruleId: 'test/malformed',
      status: 'error',
      findingCount: 0,
      error: { code: 'RULE_FAILED', message },
    });
    expect(resultOf(screening!, 'test/camera')?.status).toBe('flagged');
    expect(screening!.findings.map((finding) => finding.ruleId)).toEqual(['test/camera']);
  });

  it('keeps a rule from renaming the profile that later rules and screenings see', async () => {
    const rule = ruleWith('test/hijack', (profile: { id: string }) => {
      profile.id = 'hijacked';
    });
    const screenings = await screenWith(rule, [cameraOff, { ...cameraOff, id: 'cand-2' }]);
    expect(screenings.map((screening) => screening.profileId)).toEqual(['cand-1', 'cand-2']);
    expect(resultOf(screenings[1]!, 'test/hijack')?.status).toBe('error');
  });

  it('keeps a rule from moving the as-of time of later screenings', async () => {
    const rule = ruleWith('test/time', (_: never, context: { now: Date }) => {
      context.now.setUTCFullYear(1999);
    });
    const screenings = await screenWith(rule, [cameraOff, { ...cameraOff, id: 'cand-2' }]);
    expect(screenings.map((screening) => screening.asOf)).toEqual([
      '2026-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(resultOf(screenings[0]!, 'test/time')?.error?.message).toBe(
      'context.now is read-only (setUTCFullYear was called): copy it with new Date(context.now) to do date arithmetic.',
    );
  });

  it('refuses meta with an out-of-range weight and an unknown severity, naming each field', () => {
    const define = () =>
      defineRule({
        id: 'acme/loud',
        meta: { ...testRuleMeta, description: 'Loud.', weight: 1e9, severity: 'bogus', messages: { m: 'm' } },
        check: () => undefined,
      } as never);
    expect(define).toThrow(ConfigError);
    expect(define).toThrow(
      'Invalid hirescreen configuration:\n' +
        '  acme/loud.meta.severity: must be info, low, medium, high or critical\n' +
        '  acme/loud.meta.weight: must be a number from 0 to 100',
    );
  });

  it('refuses meta without presets with a clear error, not a TypeError from deep inside', () => {
    const { presets: _, ...withoutPresets } = testRuleMeta;
    expect(() =>
      defineRule({
        id: 'acme/no-presets',
        meta: { ...withoutPresets, description: 'No presets.', messages: { m: 'm' } },
        check: () => undefined,
      } as never),
    ).toThrow('  acme/no-presets.meta.presets: must be a list of presets (recommended, strict); [] for none');
  });
});

describe('findings per rule (issue 17, item 8)', () => {
  it('keeps 50 findings of one rule and counts the rest on the last one kept', async () => {
    const rule = ruleWith(
      'test/many',
      (_: never, context: { finding(id: string, d: object): FindingDraft }) =>
        Array.from({ length: 120 }, (_, i) => context.finding('m', { data: { what: `tool ${i}` } })),
    );
    const [screening] = await screenWith(rule);
    const many = screening!.findings.filter((finding) => finding.ruleId === 'test/many');
    expect(many.length).toBe(50);
    expect(resultOf(screening!, 'test/many')?.findingCount).toBe(120);
    expect(many.filter((finding) => finding.evidence.moreFindings === 70).length).toBe(1);
  });
});

describe('hostile input to the engine (issue 17, item 8)', () => {
  it('rejects a record whose getter throws as invalid, without the raw error', async () => {
    const hostile = {
      id: 'cand-1',
      get name(): never {
        throw new Error('536-22-8147');
      },
    };
    const screener = createScreener({ now: NOW });
    await expect(screener.screen(hostile)).rejects.toThrow(ValidationError);
    await expect(screener.screen(hostile)).rejects.toThrow('could not be read (a property access threw)');
    await expect(screener.screen(hostile)).rejects.not.toThrow('8147');
  });

  it('rejects a Proxy that throws on every access as an invalid record in a batch', async () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const results = [];
    for await (const result of createScreener({ now: NOW }).screenMany([trap, { id: 'ok' }]))
      results.push(result);
    expect(results.map((result) => result.ok)).toEqual([false, true]);
    expect(results[0]?.ok === false && results[0].error.issues).toEqual([
      { path: '', code: 'unreadable', message: 'could not be read (a property access threw)' },
    ]);
  });

  it('says the clock is wrong when now returns an invalid date', async () => {
    const screener = createScreener({ now: () => new Date('not a date') });
    await expect(screener.screen({ id: 'p1' })).rejects.toThrow(ConfigError);
    await expect(screener.screen({ id: 'p1' })).rejects.toThrow('now: the clock returned an invalid date');
  });

  it('says the clock threw when now throws', async () => {
    const screener = createScreener({
      now: () => {
        throw new RangeError('clock');
      },
    });
    await expect(screener.screen({ id: 'p1' })).rejects.toThrow(HirescreenError);
  });

  it('refuses a string as a roster instead of reading its characters as records', async () => {
    await expect(screenRoster('abc' as never)).rejects.toThrow(
      'screenRoster takes an iterable or async iterable of profile records (an array, a generator, a stream), not a string.',
    );
    const screener = createScreener({ now: NOW });
    await expect(
      screener
        .screenMany('abc' as never)
        [Symbol.asyncIterator]()
        .next(),
    ).rejects.toThrow(HirescreenError);
  });

  it('freezes a parsed profile, so it cannot be changed and screened unvalidated', () => {
    const profile = parseProfile({ id: 'p1', emails: [{ address: 'a@example.com' }] });
    expect(Object.isFrozen(profile)).toBe(true);
    expect(() => {
      (profile.emails as Array<{ address: string }>)[0]!.address = 'x'.repeat(5_000);
    }).toThrow(TypeError);
  });
});
