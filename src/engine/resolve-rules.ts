import { builtinRegistry, presetFromRules } from '../presets/registry.js';
import {
  collectPlugins,
  createRuleSet,
  isRuleSet,
  type RuleRegistry,
  type RuleSet,
  type RuleSetConfig,
} from './rule-set.js';
import type { AnyRule, PresetName } from './types.js';

export type RulesOption = RuleSet | RuleSetConfig | readonly AnyRule[];

const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict'];

/**
 * The built-in registry plus, for each namespace among the plugin rules (`acme/...`), the presets
 * `acme/recommended` and `acme/strict`, built from those rules' `meta.presets` the way the built-in
 * presets are, so `extends: ['recommended', 'acme/recommended']` reads as it does in ESLint.
 */
function registryFor(config: RuleSetConfig): RuleRegistry {
  const builtin = builtinRegistry();
  const byNamespace = new Map<string, AnyRule[]>();
  for (const rule of collectPlugins(config)) {
    const slash = rule.id.indexOf('/');
    if (slash <= 0) continue;
    const namespace = rule.id.slice(0, slash);
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), rule]);
  }
  if (byNamespace.size === 0) return builtin;
  const presets = { ...builtin.presets } as Record<string, RuleSetConfig>;
  for (const [namespace, rules] of byNamespace) {
    for (const name of PRESET_NAMES) presets[`${namespace}/${name}`] = presetFromRules(rules, name);
  }
  return { rules: builtin.rules, presets: presets as RuleRegistry['presets'] };
}

/**
 * Turns the `rules` option into a validated rule set: a rule set as is, a configuration resolved against
 * the built-in rules and presets (and its plugins' presets), or a list of rules each turned on with its
 * defaults.
 *
 * @example
 * resolveRules({ extends: ['recommended', 'acme/recommended'], plugins: acmeRules });
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
  const config = option as RuleSetConfig;
  return createRuleSet(config, registryFor(config));
}
