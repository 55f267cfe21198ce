import { defineRule } from '../../src/engine/define-rule.js';
import type { AnyRule, PresetName } from '../../src/engine/types.js';
import { builtinRegistry, presetFromRules } from '../../src/presets/registry.js';
import { allRules } from '../../src/rules/all.js';
import { guidanceFor } from '../../scripts/_lib/guidance.js';

function members(name: PresetName): string[] {
  return Object.keys(builtinRegistry().presets[name].rules ?? {}).sort();
}

function fakeRule(
  id: string,
  presets: PresetName[],
  status: 'stable' | 'experimental' | 'deprecated' = 'stable',
): AnyRule {
  return defineRule({
    id,
    meta: {
      description: 'A test rule.',
      category: 'hiring',
      severity: 'low',
      weight: 10,
      presets,
      status,
      ...(status === 'deprecated' ? { deprecated: { since: '0.1.0' } } : {}),
      messages: { seen: 'Seen.' },
      requires: [],
      mitigates: ['identity-verification'],
      falsePositives: [],
      mitigation: 'Review.',
      references: [],
    },
    check: () => undefined,
  });
}

describe('presets', () => {
  it('puts in recommended exactly the non-deprecated rules whose meta names it', () => {
    const expected = allRules
      .filter((rule) => rule.meta.status !== 'deprecated' && rule.meta.presets.includes('recommended'))
      .map((rule) => rule.id)
      .sort();
    expect(members('recommended')).toEqual(expected);
  });

  it('puts in strict exactly the non-deprecated rules whose meta names strict or recommended', () => {
    const expected = allRules
      .filter(
        (rule) =>
          rule.meta.status !== 'deprecated' &&
          (rule.meta.presets.includes('strict') || rule.meta.presets.includes('recommended')),
      )
      .map((rule) => rule.id)
      .sort();
    expect(members('strict')).toEqual(expected);
  });

  it('makes strict a superset of recommended', () => {
    const strict = new Set(members('strict'));
    expect(members('recommended').filter((id) => !strict.has(id))).toEqual([]);
  });

  it('puts no deprecated rule in any preset', () => {
    const deprecated = new Set(
      allRules.filter((rule) => rule.meta.status === 'deprecated' || rule.meta.deprecated).map((r) => r.id),
    );
    expect([...members('recommended'), ...members('strict')].filter((id) => deprecated.has(id))).toEqual([]);
  });

  it('traces every recommended rule to one of the three mitigations or a guidance item in docs/indicators.md', () => {
    const byId = new Map(allRules.map((rule) => [rule.id, rule]));
    const untraced = members('recommended').filter((id) => {
      const meta = (byId.get(id) as AnyRule).meta;
      return meta.mitigates.length === 0 && guidanceFor(meta.indicators).length === 0;
    });
    expect(untraced).toEqual([]);
  });

  it('names only known rules and turns each one on', () => {
    const ids = new Set(allRules.map((rule) => rule.id));
    for (const name of ['recommended', 'strict'] as const) {
      for (const [id, setting] of Object.entries(builtinRegistry().presets[name].rules ?? {})) {
        expect(ids.has(id)).toBe(true);
        expect(setting).toBe('on');
      }
    }
  });

  it('generates presets from any rule list: strict-only, deprecated and preset-less rules', () => {
    const rules = [
      fakeRule('a-recommended', ['recommended']),
      fakeRule('b-strict', ['strict']),
      fakeRule('c-retired', ['recommended'], 'deprecated'),
      fakeRule('d-none', []),
    ];
    expect(presetFromRules(rules, 'recommended')).toEqual({ rules: { 'a-recommended': 'on' } });
    expect(presetFromRules(rules, 'strict')).toEqual({ rules: { 'a-recommended': 'on', 'b-strict': 'on' } });
  });
});
