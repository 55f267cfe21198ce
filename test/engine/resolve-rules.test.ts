import { defineRule } from '../../src/engine/define-rule.js';
import { ConfigError } from '../../src/errors.js';
import { resolveRules } from '../../src/engine/resolve-rules.js';
import { builtinRegistry } from '../../src/presets/registry.js';
import { testRuleMeta } from '../_support/fake-rules.js';

function plugin(id: string, presets: Array<'recommended' | 'strict'>, deprecated = false) {
  return defineRule({
    id,
    meta: {
      ...testRuleMeta,
      presets,
      ...(deprecated ? { status: 'deprecated' as const, deprecated: { since: '0.1.0' } } : {}),
      description: `${id}.`,
      messages: { seen: 'Seen.' },
    },
    check: () => undefined,
  });
}

const bankCountry = plugin('acme/bank-country', ['recommended']);
const lateNight = plugin('acme/late-night', ['strict']);
const retired = plugin('acme/retired', ['recommended'], true);
const otherVendor = plugin('globex/badge-swap', ['recommended']);
const acme = [bankCountry, lateNight, retired];

const builtinRecommended = Object.keys(builtinRegistry().presets.recommended.rules ?? {});
const ids = (config: Parameters<typeof resolveRules>[0]) => resolveRules(config).rules.map((r) => r.rule.id);

function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveRules with plugin presets', () => {
  it('turns on a namespace’s recommended rules with extends: ["acme/recommended"]', () => {
    expect(ids({ plugins: acme, extends: ['acme/recommended'] })).toEqual(['acme/bank-country']);
  });

  it('includes the recommended rules in the namespace’s strict preset and leaves deprecated ones out', () => {
    expect(ids({ plugins: acme, extends: ['acme/strict'] })).toEqual([
      'acme/bank-country',
      'acme/late-night',
    ]);
  });

  it('adds a plugin preset to the built-in one without turning on another namespace', () => {
    expect(ids({ plugins: [...acme, otherVendor], extends: ['recommended', 'acme/recommended'] })).toEqual(
      [...builtinRecommended, 'acme/bank-country'].sort(),
    );
  });

  it('still turns nothing on from plugins alone: a listed rule runs only through extends or rules', () => {
    expect(ids({ plugins: acme })).toEqual([]);
    expect(ids({ plugins: acme, rules: { 'acme/late-night': 'on' } })).toEqual(['acme/late-night']);
  });

  it('lets rules override a plugin preset’s rule after extends', () => {
    expect(ids({ plugins: acme, extends: ['acme/strict'], rules: { 'acme/late-night': 'off' } })).toEqual([
      'acme/bank-country',
    ]);
  });

  it('finds plugins listed in an extended configuration', () => {
    expect(ids({ extends: [{ plugins: acme }, 'acme/recommended'] })).toEqual(['acme/bank-country']);
  });

  it('suggests the nearest preset for a mistyped plugin preset', () => {
    expect(
      messages(() => resolveRules({ plugins: acme, extends: ['acme/recomended' as 'acme/recommended'] })),
    ).toEqual(['config.extends[0]: unknown preset "acme/recomended"; did you mean "acme/recommended"?']);
  });

  it('says a plugin preset needs its namespace’s rules under plugins when none are listed', () => {
    expect(messages(() => resolveRules({ extends: ['initech/strict'] }))).toEqual([
      'config.extends[0]: unknown preset "initech/strict"; a plugin preset needs that namespace\u2019s rules under "plugins" (known: recommended, strict)',
    ]);
  });
});
