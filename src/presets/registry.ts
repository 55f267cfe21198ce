import type { RuleRegistry, RuleSetConfig } from '../engine/rule-set.js';
import type { AnyRule, PresetName } from '../engine/types.js';
import { allRules } from '../rules/all.js';

/**
 * Builds a preset from each rule's `meta.presets`: `strict` includes everything `recommended` does.
 * Deprecated rules are in no preset.
 */
export function presetFromRules(rules: readonly AnyRule[], name: PresetName): RuleSetConfig {
  const members = rules.filter(
    (rule) =>
      rule.meta.status !== 'deprecated' &&
      (rule.meta.presets.includes(name) || (name === 'strict' && rule.meta.presets.includes('recommended'))),
  );
  return { rules: Object.fromEntries(members.map((rule) => [rule.id, 'on' as const])) };
}

let cached: RuleRegistry | undefined;

/** The built-in rules and the presets generated from their metadata. */
export function builtinRegistry(): RuleRegistry {
  cached ??= {
    rules: allRules,
    presets: {
      recommended: presetFromRules(allRules, 'recommended'),
      strict: presetFromRules(allRules, 'strict'),
    },
  };
  return cached;
}
