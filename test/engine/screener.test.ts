import { createScreener } from '../../src/engine/screener.js';
import { ConfigError, ValidationError } from '../../src/errors.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { brokenRule, cameraRule, criticalRule, leakyRule } from '../_support/fake-rules.js';

const NOW = '2026-02-01T00:00:00Z';
const rules = {
  plugins: [cameraRule, brokenRule, leakyRule, criticalRule],
  rules: { 'test/camera': 'on', 'test/broken': 'on', 'test/leaky': 'on', 'test/critical': 'on' },
} as const;

const profile = {
  id: 'cand-1',
  nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
  interviews: [
    { at: '2026-01-10T15:00:00Z', mode: 'video', cameraOn: false },
    { at: '2026-01-12T15:00:00Z', mode: 'video', cameraOn: false },
  ],
} satisfies ProfileInput;

describe('createScreener', () => {
  it('screens a profile: findings with contributions that add up to the score', async () => {
    const screening = await createScreener({ rules, now: NOW }).screen(profile);
    expect(screening.profileId).toBe('cand-1');
    expect(screening.asOf).toBe('2026-02-01T00:00:00.000Z');
    expect(screening.findings.map((f) => [f.ruleId, f.message, f.counted])).toEqual([
      ['test/camera', 'Camera off on 2026-01-10T15:00:00Z.', true],
      ['test/leaky', 'SSN on file is *****6789.', true],
      ['test/camera', 'Camera off on 2026-01-12T15:00:00Z.', false],
    ]);
    // Two independent medium findings (likelihood ratio 8 each, from their severity): 8 x 8 = 64 on
    // prior odds of 1 to 199 is a 24 % posterior, over the review threshold of 20.
    expect(screening.score).toBe(24);
    expect(screening.findings.reduce((total, f) => total + f.contribution, 0)).toBe(screening.score);
    expect(screening.decision).toBe('review');
  });

  it('turns a throwing rule into an error result while the other rules still run', async () => {
    const screening = await createScreener({ rules, now: NOW }).screen(profile);
    expect(screening.ruleResults).toEqual([
      {
        ruleId: 'test/broken',
        status: 'error',
        findingCount: 0,
        error: { code: 'RULE_FAILED', message: 'boom' },
      },
      { ruleId: 'test/camera', status: 'flagged', findingCount: 2 },
      { ruleId: 'test/critical', status: 'skipped', findingCount: 0, missing: ['devices'] },
      { ruleId: 'test/leaky', status: 'flagged', findingCount: 1 },
    ]);
  });

  it('names the data a skipped rule lacked', async () => {
    const screening = await createScreener({ rules, now: NOW }).screen(profile);
    expect(screening.dataGaps).toEqual([{ field: 'devices', rules: ['test/critical'] }]);
  });

  it('masks an SSN a rule tried to print, in the message, data and evidence', async () => {
    const screening = await createScreener({ rules, now: NOW }).screen({
      ...profile,
      nationalIds: [{ type: 'us-ssn', value: '123456789' }],
    });
    const text = JSON.stringify(screening);
    expect(text).not.toMatch(/123-?45-?6789/);
    expect(screening.findings.find((f) => f.ruleId === 'test/leaky')?.evidence).toEqual({ raw: '*****6789' });
  });

  it('escalates a critical finding regardless of its small weight', async () => {
    const screening = await createScreener({ rules, now: NOW }).screen({ id: 'p2', devices: [{ id: 'd1' }] });
    // A critical finding's ratio (1,000) is decisive on its own: the score reaches escalate too.
    expect(screening.score).toBe(83);
    expect(screening.decision).toBe('escalate');
    expect(screening.decisionReasons).toEqual([
      'score 83 (probability of fraud 83 % from a base rate of 0.5 %) is at or above the escalate threshold (80)',
      'critical finding: test/critical',
    ]);
  });

  it('lists a suppressed finding without scoring it', async () => {
    const screener = createScreener({
      rules,
      now: NOW,
      suppressions: [
        {
          profileId: 'cand-1',
          ruleId: 'test/camera',
          reason: 'webcam broken, verified in person',
          reviewer: 'a.analyst',
          expiresOn: '2026-03-01',
        },
      ],
    });
    const screening = await screener.screen(profile);
    const camera = screening.findings.filter((f) => f.ruleId === 'test/camera');
    expect(camera.map((f) => [f.contribution, f.counted, f.suppressed?.reviewer])).toEqual([
      [0, false, 'a.analyst'],
      [0, false, 'a.analyst'],
    ]);
    expect(screening.score).toBe(3);
  });

  it('ignores an expired suppression', async () => {
    const screener = createScreener({
      rules,
      now: NOW,
      suppressions: [
        { profileId: 'cand-1', ruleId: 'test/camera', reason: 'x', reviewer: 'y', expiresOn: '2026-01-31' },
      ],
    });
    const screening = await screener.screen(profile);
    expect(screening.findings.some((f) => f.suppressed)).toBe(false);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await createScreener({ rules, now: NOW }).screen(profile);
    const b = await createScreener({ rules, now: NOW }).screen(structuredClone(profile));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('applies rule options and overrides', async () => {
    const screener = createScreener({
      rules: { ...rules, rules: { 'test/camera': { options: { minimum: 3 }, weight: 50 } } },
      now: NOW,
    });
    expect((await screener.screen(profile)).findings).toEqual([]);
  });

  it('throws a ValidationError with the field path for an invalid profile', async () => {
    await expect(
      // @ts-expect-error -- an invalid mode on purpose: the input type already refuses it
      createScreener({ rules, now: NOW }).screen({ id: 'x', interviews: [{ mode: 'hologram' }] }),
    ).rejects.toThrow(ValidationError);
    await expect(
      // @ts-expect-error -- an invalid mode on purpose: the input type already refuses it
      createScreener({ rules, now: NOW }).screen({ id: 'x', interviews: [{ mode: 'hologram' }] }),
    ).rejects.toThrow(/interviews\[0\]\.mode/);
  });

  it('refuses review at or above escalate', () => {
    expect(() => createScreener({ rules, thresholds: { review: 80, escalate: 70 } })).toThrow(ConfigError);
  });

  it('refuses an invalid suppression up front, naming its path', () => {
    expect(() =>
      createScreener({
        rules,
        suppressions: [{ profileId: 'p', ruleId: 'r', reason: '', reviewer: 'x', expiresOn: 'soon' }],
      }),
    ).toThrow(/suppressions\[0\]\.reason[\s\S]*suppressions\[0\]\.expiresOn/);
  });

  it('records a failing IP provider as a data gap instead of failing the screening', async () => {
    const screener = createScreener({
      rules,
      now: NOW,
      ipIntel: { name: 'flaky', lookup: () => Promise.reject(new Error('down')) },
    });
    const screening = await screener.screen({ id: 'p', logins: [{ at: NOW, ip: '203.0.113.9' }] });
    expect(screening.dataGaps.map((g) => g.field)).toContain(
      'IP intelligence from "flaky" (the lookup failed)',
    );
  });

  describe('screenMany', () => {
    it('screens valid records and rejects invalid ones with their positions; the counts add up', async () => {
      const inputs = [
        profile,
        { id: '' },
        'not a profile',
        { id: 'ok-2' },
        { id: 'bad', dateOfBirth: '1990-02-30' },
      ];
      const results = [];
      for await (const result of createScreener({ rules, now: NOW }).screenMany(inputs, { batchSize: 2 }))
        results.push(result);
      expect(results.map((r) => [r.position, r.ok])).toEqual([
        [0, true],
        [1, false],
        [2, false],
        [3, true],
        [4, false],
      ]);
      const rejected = results.filter((r) => !r.ok);
      expect(rejected.map((r) => (r.ok ? [] : r.error.issues.map((i) => i.path)))).toEqual([
        ['id'],
        [''],
        ['dateOfBirth'],
      ]);
    });

    it('accepts an async iterable and asks the IP provider once per batch', async () => {
      const calls: number[] = [];
      const screener = createScreener({
        rules,
        now: NOW,
        ipIntel: { name: 'counting', lookup: (ips) => (calls.push(ips.length), new Map()) },
      });
      async function* source() {
        for (let i = 0; i < 5; i += 1) yield { id: `p${i}`, logins: [{ at: NOW, ip: `198.51.100.${i}` }] };
      }
      const seen: string[] = [];
      for await (const r of screener.screenMany(source(), { batchSize: 3 }))
        if (r.ok) seen.push(r.screening.profileId);
      expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
      expect(calls).toEqual([3, 2]);
    });
  });
});
