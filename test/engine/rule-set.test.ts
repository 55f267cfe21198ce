import { ConfigError } from '../../src/errors.js';
import { createRuleSet } from '../../src/engine/rule-set.js';
import { allOf, anyOf, atLeast } from '../../src/engine/combinators.js';
import { createScreener } from '../../src/engine/screener.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { brokenRule, cameraRule, criticalRule, leakyRule } from '../_support/fake-rules.js';

const registry = {
  rules: [cameraRule, brokenRule, leakyRule, criticalRule],
  presets: {
    recommended: { rules: { 'test/camera': 'on' as const } },
    strict: { rules: { 'test/camera': 'on' as const, 'test/leaky': 'on' as const } },
  },
};

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError)
      return { code: error.code, issues: error.issues.map((i) => `${i.path}: ${i.message}`) };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('createRuleSet', () => {
  it('resolves presets and overrides in order', () => {
    const set = createRuleSet(
      { extends: ['strict'], rules: { 'test/leaky': { weight: 3, severity: 'low' }, 'test/camera': 'off' } },
      registry,
    );
    expect(set.rules.map((r) => [r.rule.id, r.weight, r.severity])).toEqual([['test/leaky', 3, 'low']]);
  });

  it('suggests the nearest rule id for a typo', () => {
    expect(issuesOf(() => createRuleSet({ rules: { 'test/camra': 'on' } }, registry))).toEqual({
      code: 'UNKNOWN_RULE',
      issues: ['rules.test/camra: unknown rule "test/camra"; did you mean "test/camera"?'],
    });
  });

  it('collects every problem at once, each with its path', () => {
    const result = issuesOf(() =>
      createRuleSet(
        {
          extends: ['recomended' as 'recommended'],
          rules: {
            'test/camera': { weight: 150, options: { minimum: 0 } },
            'test/leaky': { options: { x: 1 } },
          },
        },
        registry,
      ),
    );
    expect(result.code).toBe('INVALID_CONFIG');
    expect(result.issues).toEqual([
      'config.extends[0]: unknown preset "recomended"; did you mean "recommended"?',
      expect.stringMatching(/^rules\.test\/camera\.weight: /),
      'rules.test/leaky.options: rule "test/leaky" takes no options',
    ]);
  });

  it('validates options against the rule schema with the option path', () => {
    const result = issuesOf(() =>
      createRuleSet({ rules: { 'test/camera': { options: { minimum: 0 } } } }, registry),
    );
    expect(result.issues).toEqual([expect.stringMatching(/^rules\.test\/camera\.options\.minimum: /)]);
  });

  it('refuses a mistyped option with the nearest one, instead of keeping its default silently', () => {
    const result = issuesOf(() =>
      createRuleSet({ rules: { 'test/camera': { options: { minimun: 2 } } } }, registry),
    );
    expect(result.issues).toEqual([
      'rules.test/camera.options.minimun: rule "test/camera" has no option "minimun"; did you mean "minimum"? (options: minimum)',
    ]);
  });

  it('refuses a mistyped setting, and points an option written beside the settings into options', () => {
    const result = issuesOf(() =>
      createRuleSet(
        { rules: { 'test/camera': { wieght: 10, minimum: 2 } as Record<string, unknown> } },
        registry,
      ),
    );
    const settings = '(settings: off, severity, weight, likelihoodRatios, options)';
    expect(result.issues).toEqual([
      `rules.test/camera.wieght: unknown setting "wieght"; did you mean "weight"? ${settings}`,
      `rules.test/camera.minimum: unknown setting "minimum"; did you mean "options.minimum"? ${settings}`,
    ]);
  });

  it('fills option defaults', () => {
    expect(createRuleSet({ rules: { 'test/camera': 'on' } }, registry).rules[0]?.options).toEqual({
      minimum: 1,
    });
  });

  it('changes its version when a setting changes, and not otherwise', () => {
    const a = createRuleSet({ rules: { 'test/camera': 'on' } }, registry).version;
    const b = createRuleSet({ rules: { 'test/camera': 'on' } }, registry).version;
    const c = createRuleSet({ rules: { 'test/camera': { weight: 31 } } }, registry).version;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('rejects a rule with an unknown setting key', () => {
    const result = issuesOf(() =>
      createRuleSet({ rules: { 'test/camera': { wieght: 3 } as never } }, registry),
    );
    expect(result.issues[0]).toMatch(
      /^rules\.test\/camera\.wieght: unknown setting "wieght"; did you mean "weight"\?/,
    );
  });
});

describe('combinators', () => {
  const meta = {
    description: 'combined',
    category: 'hiring' as const,
    severity: 'high' as const,
    weight: 50,
    presets: [],
    status: 'experimental' as const,
    mitigates: ['identity-verification' as const],
    falsePositives: ['x'],
    mitigation: 'y',
    references: [],
  };
  const profile = {
    id: 'p',
    nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
    interviews: [{ mode: 'video', cameraOn: false, at: 'x' }],
  };

  async function fired(rule: ReturnType<typeof allOf>, input: unknown = profile) {
    const screening = await createScreener({ rules: [rule], now: '2026-01-01T00:00:00Z' }).screen(
      input as ProfileInput,
    );
    return screening.findings.map((f) => f.message);
  }

  it('allOf fires only when every rule fires', async () => {
    const both = allOf({ id: 'test/both', meta, rules: [cameraRule, leakyRule] });
    expect(
      await fired(both, {
        ...profile,
        interviews: [{ mode: 'video', cameraOn: false, at: '2026-01-01T00:00:00Z' }],
      }),
    ).toEqual(['2 of 2 related signals fired together: test/camera, test/leaky.']);
    expect(await fired(both, { id: 'p', interviews: [{ mode: 'video', cameraOn: false }] })).toEqual([]);
  });

  it('anyOf fires when one rule fires', async () => {
    expect(
      await fired(anyOf({ id: 'test/any', meta, rules: [criticalRule, leakyRule] }), {
        id: 'p',
        nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
      }),
    ).toEqual(['1 of 2 related signals fired together: test/leaky.']);
  });

  it('atLeast counts the rules that fire', async () => {
    const rule = atLeast(2, { id: 'test/two', meta, rules: [criticalRule, leakyRule, cameraRule] });
    expect(
      await fired(rule, { id: 'p', devices: [{ id: 'd' }], interviews: [{ mode: 'video', cameraOn: true }] }),
    ).toEqual([]);
    expect(
      await fired(rule, {
        id: 'p',
        devices: [{ id: 'd' }],
        nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
      }),
    ).toEqual(['2 of 3 related signals fired together: test/critical, test/leaky.']);
  });

  it('refuses an impossible minimum', () => {
    expect(() => atLeast(4, { id: 'test/x', meta, rules: [cameraRule] })).toThrow(/between 1 and 1/);
  });
});
