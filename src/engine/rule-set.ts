import { createHash } from 'node:crypto';
import { z } from 'zod';
import { severitySchema } from '../schema/primitives.js';
import { DEFAULT_LEVEL } from '../scoring/evidence.js';
import { hasData } from './data-presence.js';
import { ConfigError, formatPath, type Issue } from '../errors.js';
import { suggest } from './suggest.js';
import type { AnyRule, PresetName, Severity } from './types.js';
import { compareCodeUnits } from '../_lib/sort-in-place.js';

/** Per-rule settings in a rule-set configuration. */
export interface RuleOverride {
  off?: boolean;
  severity?: Severity;
  weight?: number;
  /**
   * Likelihood ratios by level id, replacing the rule's documented ones (what `calibrate` fits from
   * your outcomes). A rule without levels has the one level `default`.
   */
  likelihoodRatios?: Readonly<Record<string, number>>;
  options?: Record<string, unknown>;
}

export type RuleSetting = 'off' | 'on' | RuleOverride;

/**
 * A rule-set configuration: layers merge in order (each `extends` entry, then `rules`), later layers
 * overriding earlier ones field by field.
 */
/** A built-in preset, or a plugin pack's (`acme/recommended`) built from its rules' `meta.presets`. */
export type PresetRef = PresetName | `${string}/${PresetName}`;

export interface RuleSetConfig {
  extends?: readonly (PresetRef | RuleSetConfig)[];
  /** Rules beyond the built-in ones (your own, or a third-party pack) that `rules` may name. */
  plugins?: readonly AnyRule[];
  rules?: Readonly<Record<string, RuleSetting>>;
}

/** One evidence level as a rule set resolved it. */
export interface ResolvedLevel {
  likelihoodRatio: number;
  severity: Severity | undefined;
}

/** A rule ready to run: its effective severity, weight, levels, group and validated options. */
export interface ResolvedRule {
  rule: AnyRule;
  severity: Severity;
  weight: number;
  /** The rule's evidence levels with their effective ratios; empty for a rule without levels. */
  levels: ReadonlyMap<string, ResolvedLevel>;
  /** The level of a finding that names none (`default` for a rule without levels). */
  defaultLevel: string;
  group: string;
  options: unknown;
  requirements: ReadonlyArray<{ path: string; test: ReturnType<typeof hasData> }>;
}

/** The validated, frozen set of rules a screener runs. */
export interface RuleSet {
  readonly rules: readonly ResolvedRule[];
  /** A digest of every rule's id and effective settings, so a screening says what it was screened with. */
  readonly version: string;
}

/** Where rule ids and preset names resolve. */
export interface RuleRegistry {
  rules: readonly AnyRule[];
  presets: Readonly<Record<PresetName, RuleSetConfig>> & Readonly<Partial<Record<string, RuleSetConfig>>>;
}

const overrideSchema = z.strictObject({
  off: z.boolean().optional(),
  severity: severitySchema.optional(),
  weight: z.number().min(0).max(100).optional(),
  likelihoodRatios: z.record(z.string(), z.number().min(1).finite()).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

type Layer = Map<string, RuleOverride>;

function isRuleSet(value: unknown): value is RuleSet {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    Array.isArray((value as RuleSet).rules)
  );
}

export { isRuleSet };

/**
 * Validates a rule-set configuration once, up front, and resolves it against a registry. Every problem
 * is collected and thrown together as a `ConfigError`, each with its path and, for a mistyped rule
 * id, the nearest valid one.
 *
 * @example
 * const ruleSet = createRuleSet(
 *   { extends: ['recommended'], rules: { 'interview-camera-off': { weight: 10 } } },
 *   registry,
 * );
 */
export function createRuleSet(config: RuleSetConfig, registry: RuleRegistry): RuleSet {
  const issues: Issue[] = [];
  const byId = new Map<string, AnyRule>();
  for (const rule of [...registry.rules, ...collectPlugins(config)]) {
    const existing = byId.get(rule.id);
    if (existing && existing !== rule) {
      issues.push({
        path: 'plugins',
        code: 'duplicate_rule',
        message: `two different rules share the id "${rule.id}"`,
      });
    }
    byId.set(rule.id, rule);
  }

  const merged: Layer = new Map();
  applyConfig(config, 'config', merged, byId, registry, issues, new Set());

  const resolved: ResolvedRule[] = [];
  for (const [id, override] of [...merged].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (override.off) continue;
    const rule = byId.get(id);
    if (!rule) continue;
    const options = resolveOptions(rule, override.options ?? {}, `rules.${id}.options`, issues);
    resolved.push({
      rule,
      severity: override.severity ?? rule.meta.severity,
      weight: override.weight ?? rule.meta.weight,
      levels: resolveLevels(rule, override.likelihoodRatios ?? {}, `rules.${id}.likelihoodRatios`, issues),
      defaultLevel: rule.meta.defaultLevel ?? DEFAULT_LEVEL,
      group: rule.meta.group ?? rule.id,
      options,
      requirements: rule.meta.requires.map((path: string) => ({ path, test: hasData(path) })),
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return Object.freeze({ rules: Object.freeze(resolved), version: versionOf(resolved) });
}

/** Every rule listed under `plugins`, in this configuration and in the ones it extends. */
export function collectPlugins(config: RuleSetConfig): AnyRule[] {
  const nested = (config.extends ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [] : collectPlugins(entry),
  );
  return [...nested, ...(config.plugins ?? [])];
}

function applyConfig(
  config: RuleSetConfig,
  path: string,
  merged: Layer,
  byId: Map<string, AnyRule>,
  registry: RuleRegistry,
  issues: Issue[],
  seen: Set<RuleSetConfig>,
): void {
  if (seen.has(config)) {
    issues.push({ path, code: 'cycle', message: 'extends itself' });
    return;
  }
  seen.add(config);
  (config.extends ?? []).forEach((entry, index) => {
    const entryPath = `${path}.extends[${index}]`;
    if (typeof entry === 'string') {
      const preset = registry.presets[entry];
      if (preset) applyConfig(preset, `preset:${entry}`, merged, byId, registry, issues, seen);
      else {
        const hint = suggest(entry, Object.keys(registry.presets));
        // A namespaced preset exists only for a namespace with rules under `plugins`; say so, since
        // forgetting `plugins` is the likelier mistake than a typo.
        const pluginNote =
          entry.includes('/') && !hint
            ? `; a plugin preset needs that namespace\u2019s rules under "plugins" (known: ${Object.keys(registry.presets).join(', ')})`
            : '';
        issues.push({
          path: entryPath,
          code: 'unknown_preset',
          message: `unknown preset "${entry}"${hint ? `; did you mean "${hint}"?` : ''}${pluginNote}`,
        });
      }
    } else applyConfig(entry, entryPath, merged, byId, registry, issues, seen);
  });
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const settingPath = `rules.${id}`;
    if (!byId.has(id)) {
      const hint = suggest(id, byId.keys());
      issues.push({
        path: settingPath,
        code: 'unknown_rule',
        message: `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`,
      });
      continue;
    }
    const override = parseSetting(setting, settingPath, issues, byId.get(id) as AnyRule);
    if (!override) continue;
    const previous = merged.get(id) ?? {};
    merged.set(id, {
      ...previous,
      ...override,
      off: override.off ?? false,
      likelihoodRatios: { ...previous.likelihoodRatios, ...override.likelihoodRatios },
      options: { ...previous.options, ...override.options },
    });
  }
  seen.delete(config);
}

const SETTINGS = Object.keys(overrideSchema.shape);

/** The keys of a rule's options object, when its options schema is one (empty for none). */
function optionNames(rule: AnyRule): string[] {
  const def = (rule.meta.options as { _zod?: { def?: { type?: string; shape?: object } } } | undefined)?._zod
    ?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function parseSetting(
  setting: RuleSetting,
  path: string,
  issues: Issue[],
  rule: AnyRule,
): RuleOverride | undefined {
  if (setting === 'off') return { off: true };
  if (setting === 'on') return { off: false };
  const parsed = overrideSchema.safeParse(setting);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys) issues.push(unknownSetting(key, path, rule));
    } else issues.push({ path: joinPath(path, issue.path), code: issue.code, message: issue.message });
  }
  return undefined;
}

/** A key beside `off`, `severity`, ...: a typo of one of them, or an option written outside `options`. */
function unknownSetting(key: string, path: string, rule: AnyRule): Issue {
  const asOption = optionNames(rule).includes(key) ? `options.${key}` : undefined;
  const hint = asOption ?? suggest(key, SETTINGS);
  return {
    path: `${path}.${key}`,
    code: 'unknown_key',
    message: `unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (settings: ${SETTINGS.join(', ')})`,
  };
}

function resolveOptions(
  rule: AnyRule,
  options: Record<string, unknown>,
  path: string,
  issues: Issue[],
): unknown {
  const schema = rule.meta.options;
  if (!schema) {
    if (Object.keys(options).length > 0) {
      issues.push({ path, code: 'unexpected_options', message: `rule "${rule.id}" takes no options` });
    }
    return {};
  }
  // An options object strips keys it does not know: a mistyped option would silently keep its default.
  const known = optionNames(rule);
  const unknown = known.length === 0 ? [] : Object.keys(options).filter((key) => !known.includes(key));
  for (const key of unknown) {
    const hint = suggest(key, known);
    issues.push({
      path: `${path}.${key}`,
      code: 'unknown_option',
      message: `rule "${rule.id}" has no option "${key}"${hint ? `; did you mean "${hint}"?` : ''} (options: ${known.join(', ')})`,
    });
  }
  const parsed = schema.safeParse(options);
  if (parsed.success) return unknown.length === 0 ? parsed.data : {};
  for (const issue of parsed.error.issues) {
    // A strict options object reports the same keys again.
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0 && unknown.length > 0) continue;
    issues.push({ path: joinPath(path, issue.path), code: issue.code, message: issue.message });
  }
  return {};
}

/**
 * The rule's levels with any configured ratio in place of the documented one. A rule without levels has
 * the single level `default`, whose ratio the engine reads from the finding's severity unless configured.
 */
function resolveLevels(
  rule: AnyRule,
  ratios: Readonly<Record<string, number>>,
  path: string,
  issues: Issue[],
): ReadonlyMap<string, ResolvedLevel> {
  const levels = new Map<string, ResolvedLevel>();
  for (const [id, level] of Object.entries(rule.meta.levels ?? {}))
    levels.set(id, { likelihoodRatio: level.likelihoodRatio, severity: level.severity });
  for (const [id, likelihoodRatio] of Object.entries(ratios)) {
    const level = levels.get(id);
    if (level) levels.set(id, { ...level, likelihoodRatio });
    else if (levels.size === 0 && id === DEFAULT_LEVEL)
      levels.set(id, { likelihoodRatio, severity: undefined });
    else {
      const known = levels.size === 0 ? [DEFAULT_LEVEL] : [...levels.keys()];
      const hint = suggest(id, known);
      issues.push({
        path: `${path}.${id}`,
        code: 'unknown_level',
        message: `rule "${rule.id}" has no evidence level "${id}"${hint ? `; did you mean "${hint}"?` : ''} (levels: ${known.join(', ')})`,
      });
    }
  }
  return levels;
}

function joinPath(prefix: string, rest: readonly PropertyKey[]): string {
  const tail = formatPath(rest);
  if (tail === '') return prefix;
  return tail.startsWith('[') ? `${prefix}${tail}` : `${prefix}.${tail}`;
}

function versionOf(rules: readonly ResolvedRule[]): string {
  const hash = createHash('sha256');
  for (const r of rules) {
    const levels = [...r.levels].map(([id, level]) => [id, level.likelihoodRatio, level.severity ?? null]);
    hash.update(
      JSON.stringify([r.rule.id, r.rule.meta.status, r.severity, r.weight, levels, r.group, r.options]),
    );
    hash.update('\n');
  }
  return `rs-${hash.digest('hex').slice(0, 12)}`;
}
