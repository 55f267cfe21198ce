import { compareCodeUnits } from '../_lib/sort-in-place.js';
import type { AnyRule } from '../engine/types.js';
import { suggest } from '../engine/suggest.js';
import { builtinRegistry } from '../presets/registry.js';
import { levelRows } from '../scoring/evidence.js';
import { optionRows } from './_lib/option-rows.js';
import { rulePageText } from './_lib/rule-page-text.js';
import type { RulesArgs } from './args.js';
import { UsageError } from './usage-error.js';

export interface RulesIo {
  stdout: (text: string) => void;
}

function selected(args: RulesArgs, rules: readonly AnyRule[]): AnyRule[] {
  // Preset membership comes from the same generated presets a screener uses, so `--preset strict`
  // includes the recommended rules and leaves deprecated ones out, exactly as `extends` would.
  const inPreset = args.preset
    ? new Set(Object.keys(builtinRegistry().presets[args.preset].rules ?? {}))
    : undefined;
  return rules
    .filter((rule) => (inPreset ? inPreset.has(rule.id) : true))
    .filter((rule) => (args.category ? rule.meta.category === args.category : true))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
}

function summary(rule: AnyRule) {
  return {
    id: rule.id,
    category: rule.meta.category,
    severity: rule.meta.severity,
    weight: rule.meta.weight,
    presets: [...rule.meta.presets],
    status: rule.meta.status,
    description: rule.meta.description,
  };
}

function detail(rule: AnyRule) {
  const { meta } = rule;
  return {
    ...summary(rule),
    group: meta.group ?? rule.id,
    ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
    mitigates: [...meta.mitigates],
    indicators: [...(meta.indicators ?? [])],
    requires: [...meta.requires],
    needs: [...(meta.needs ?? [])],
    ...(meta.levels && {
      defaultLevel: meta.defaultLevel,
      levels: levelRows(meta)?.map(({ isDefault: _isDefault, ...row }) => row),
    }),
    options: optionRows(meta.options),
    messages: { ...(meta.messages as Record<string, string>) },
    falsePositives: [...meta.falsePositives],
    mitigation: meta.mitigation,
    references: meta.references.map((ref) => ({ ...ref })),
  };
}

function listText(rules: readonly AnyRule[]): string {
  const header = ['id', 'category', 'severity', 'presets', 'what it flags'];
  const rows = rules.map((rule) => [
    rule.id,
    rule.meta.category,
    rule.meta.severity,
    rule.meta.presets.join(',') || '-',
    rule.meta.description,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const footer = `${rules.length} rule(s). "hirescreen rules <rule-id>" shows one rule's evidence levels, options, messages and sources.`;
  return `${[line(header), ...rows.map(line), '', footer].join('\n')}\n`;
}

/**
 * `hirescreen rules [<rule-id>]`: the built-in rules as a table (or JSON), or one rule's page. An
 * unknown id is a `UsageError` that suggests the nearest id.
 *
 * @example
 * rulesCommand({ command: 'rules', id: undefined, format: 'text', preset: 'recommended', category: 'network' }, { stdout: console.log });
 */
export function rulesCommand(args: RulesArgs, io: RulesIo): number {
  const { rules } = builtinRegistry();
  if (args.id === undefined) {
    const chosen = selected(args, rules);
    io.stdout(
      args.format === 'json' ? `${JSON.stringify(chosen.map(summary), null, 2)}\n` : listText(chosen),
    );
    return 0;
  }
  const rule = rules.find((candidate) => candidate.id === args.id);
  if (!rule) {
    const hint = suggest(
      args.id,
      rules.map((candidate) => candidate.id),
    );
    throw new UsageError(
      `unknown rule "${args.id}"${hint ? `; did you mean "${hint}"?` : ''} ("hirescreen rules" lists them)`,
    );
  }
  io.stdout(args.format === 'json' ? `${JSON.stringify(detail(rule), null, 2)}\n` : rulePageText(rule));
  return 0;
}
