import { builtinRegistry } from '../presets/registry.js';
import { createRuleSet, isRuleSet, type RuleSet, type RuleSetConfig } from './rule-set.js';
import type { AnyRule } from './types.js';

export type RulesOption = RuleSet | RuleSetConfig | readonly AnyRule[];

/**
 * Turns the `rules` option into a validated rule set: a rule set as is, a configuration resolved against
 * the built-in rules and presets, or a list of rules each turned on with its defaults.
 */
export function resolveRules(option: RulesOption | undefined): RuleSet {
  if (option === undefined) return createRuleSet({ extends: ['recommended'] }, builtinRegistry());
  if (isRuleSet(option)) return option;
  if (Array.isArray(option)) {
    const rules = option as readonly AnyRule[];
    return createRuleSet(
      { plugins: rules, rules: Object.fromEntries(rules.map((rule) => [rule.id, 'on'])) },
      builtinRegistry(),
    );
  }
  return createRuleSet(option as RuleSetConfig, builtinRegistry());
}
