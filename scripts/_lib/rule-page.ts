import type { AnyRule, Mitigation } from '../../src/engine/types.js';
import { impliedRatioText, levelRows } from '../../src/scoring/evidence.js';
import { MITIGATIONS } from './guidance.js';
import { code, table } from './markdown.js';
import { optionsTable } from './options-table.js';

export const START =
  '<!-- generated:start (npm run docs rewrites this section from the rule\u2019s meta) -->';
export const END = '<!-- generated:end -->';
const START_PREFIX = '<!-- generated:start';

/** "interview-camera-off" -> "Interview camera off". */
export function titleOf(id: string): string {
  const words = id.replace(/^.*\//, '').split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function list(values: readonly string[] | undefined, format: (v: string) => string = code): string {
  return values && values.length > 0 ? values.map(format).join(', ') : '(none)';
}

function statusText(rule: AnyRule): string {
  const { status, deprecated } = rule.meta;
  if (!deprecated) return status;
  const replaced = deprecated.replacedBy
    ? `, replaced by [${deprecated.replacedBy}](${deprecated.replacedBy}.md)`
    : '';
  return `deprecated since ${deprecated.since}${replaced}`;
}

/**
 * The rule's strengths of evidence: what puts a finding at each level, its likelihood ratio (fraud vs
 * legitimate), how that reads at the default base rate, and where the ratio comes from.
 */
function levelsSection(rule: AnyRule): string {
  const rows = levelRows(rule.meta);
  if (!rows) return impliedRatioText(rule.meta.severity, code);
  return table(
    ['level', 'what was seen', 'likelihood ratio', 'reads as', 'basis'],
    rows.map((row) => [
      row.isDefault ? `${code(row.id)} (default)` : code(row.id),
      row.description,
      String(row.likelihoodRatio),
      `${row.band}${row.severity ? `, ${row.severity}` : ''}`,
      `${row.basis.kind}: ${row.basis.note}`,
    ]),
  );
}

/** The generated part of a rule's page: header, options, messages, false positives, references. */
export function generatedSection(rule: AnyRule): string {
  const { meta } = rule;
  const header = table(
    ['field', 'value'],
    [
      ['id', code(rule.id)],
      ['category', `[${meta.category}](index.md#${meta.category})`],
      ['severity', meta.severity],
      ['weight', String(meta.weight)],
      ['group', code(meta.group ?? rule.id)],
      ['presets', list(meta.presets)],
      ['status', statusText(rule)],
      ['mitigates', list(meta.mitigates, (m) => MITIGATIONS[m as Mitigation]?.title ?? m)],
      ['indicators', list(meta.indicators)],
      ['requires', list(meta.requires)],
      ...(meta.needs && meta.needs.length > 0 ? [['needs', list(meta.needs)]] : []),
    ],
  );
  const messages = table(
    ['message id', 'text'],
    Object.entries(meta.messages as Record<string, string>).map(([id, text]) => [code(id), text]),
  );
  const falsePositives =
    meta.falsePositives.length > 0 ? meta.falsePositives.map((fp) => `- ${fp}`).join('\n') : '- (none known)';
  const references = meta.references
    .map(
      (ref) =>
        `- [${ref.title}](${ref.url})${ref.publisher ? `, ${ref.publisher}` : ''}${ref.key ? ` [${ref.key}]` : ''}`,
    )
    .join('\n');
  return [
    START,
    `# ${titleOf(rule.id)} (${code(rule.id)})`,
    '',
    `> ${meta.description}`,
    '',
    header,
    '',
    '## Evidence levels',
    '',
    levelsSection(rule),
    '',
    '## Options',
    '',
    optionsTable(meta.options),
    '',
    '## Messages',
    '',
    messages,
    '',
    '## Known false positives',
    '',
    falsePositives,
    '',
    '## What to do',
    '',
    meta.mitigation,
    '',
    '## References',
    '',
    references || '- (none)',
    END,
  ].join('\n');
}

/**
 * The hand-written part of a page that does not exist yet, derived from the metadata so it reads as
 * finished text: why the signal matters, how to investigate, and an example that runs as a test.
 */
export function stubProse(rule: AnyRule): string {
  const { meta } = rule;
  const served = meta.mitigates.map(
    (m) => `"${MITIGATIONS[m].title}" (${MITIGATIONS[m].text.replace(/\.$/, '')})`,
  );
  const why = [
    meta.description,
    served.length > 0
      ? `The signal serves the [DOJ action\u2019s](../indicators.md#the-three-mitigations) mitigation${served.length > 1 ? 's' : ''} ${served.join(' and ')}.`
      : '',
    'No single signal is conclusive: a finding routes the profile to a person for review, never to a decision.',
  ]
    .filter(Boolean)
    .join(' ');
  const example = { profile: { id: 'example-without-data' }, expect: [] };
  return [
    '',
    '## Why it matters',
    '',
    why,
    '',
    '## How to investigate',
    '',
    `${meta.mitigation} Before acting, rule out the known false positives listed above and record the outcome with the screening.`,
    '',
    '## Example',
    '',
    'A profile without the data the rule reads is skipped or clear, never flagged:',
    '',
    '```json',
    JSON.stringify(example, null, 2),
    '```',
    '',
  ].join('\n');
}

/** The page's text with its generated section replaced (or added at the top), prose kept as written. */
export function mergePage(existing: string | undefined, rule: AnyRule): string {
  const generated = generatedSection(rule);
  if (existing === undefined) return `${generated}\n${stubProse(rule)}`;
  const start = existing.indexOf(START_PREFIX);
  const end = existing.indexOf(END);
  if (start === -1 || end === -1 || end < start) return `${generated}\n\n${existing.trimStart()}`;
  return existing.slice(0, start) + generated + existing.slice(end + END.length);
}

/** The generated section of a page as it stands, or undefined when the markers are missing. */
export function currentSection(page: string): string | undefined {
  const start = page.indexOf(START_PREFIX);
  const end = page.indexOf(END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return page.slice(start, end + END.length);
}
