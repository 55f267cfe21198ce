import type { AnyRule } from '../../engine/types.js';
import { impliedRatioText, levelRows } from '../../scoring/evidence.js';
import { optionRows } from './option-rows.js';
import { wrap } from './wrap.js';

// Terminal pages are read in an 80-100 column window; 100 matches the docs' line length.
const WIDTH = 100;
const DOCS = 'https://github.com/hirescreen/hirescreen/blob/main/docs/rules';

function list(values: readonly string[] | undefined): string {
  return values && values.length > 0 ? values.join(', ') : '(none)';
}

function columns(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) =>
    (
      indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')
    ).trimEnd(),
  );
}

/**
 * One rule's page for a terminal, built from its `meta` in the order and with the fields of its
 * generated docs page (docs/rules/<id>.md): header, evidence levels, options, messages, known false
 * positives, what to do, references. The installed package ships no docs folder, so the page cannot be read from disk.
 *
 * @example
 * process.stdout.write(rulePageText(voipPhoneNumber));
 */
export function rulePageText(rule: AnyRule): string {
  const { meta } = rule;
  const status = meta.deprecated
    ? `deprecated since ${meta.deprecated.since}${meta.deprecated.replacedBy ? `, replaced by ${meta.deprecated.replacedBy}` : ''}`
    : meta.status;
  const fields: string[][] = [
    ['category', meta.category],
    ['severity', meta.severity],
    ['weight', String(meta.weight)],
    ['group', meta.group ?? rule.id],
    ['presets', list(meta.presets)],
    ['status', status],
    ['mitigates', list(meta.mitigates)],
    ['indicators', list(meta.indicators)],
    ['requires', list(meta.requires)],
    ...(meta.needs && meta.needs.length > 0 ? [['needs', list(meta.needs)]] : []),
    ['docs', `${DOCS}/${rule.id}.md`],
  ];
  const options = optionRows(meta.options);
  const lines = [
    rule.id,
    ...wrap(meta.description, WIDTH, '  '),
    '',
    ...columns(fields, '  '),
    '',
    'Evidence levels',
    ...levelLines(rule),
    '',
    'Options',
    ...(options.length === 0
      ? ['  This rule has no options.']
      : options.flatMap((row) => [
          `  ${row.name} (${row.type}, default ${row.default})`,
          ...wrap(row.description, WIDTH, '      '),
        ])),
    '',
    'Messages',
    ...Object.entries(meta.messages as Record<string, string>).flatMap(([id, text]) => [
      `  ${id}`,
      ...wrap(text, WIDTH, '      '),
    ]),
    '',
    'Known false positives',
    ...(meta.falsePositives.length === 0
      ? ['  (none known)']
      : meta.falsePositives.flatMap((fp) =>
          wrap(fp, WIDTH, '    ').map((l, i) => (i === 0 ? `  - ${l.trimStart()}` : l)),
        )),
    '',
    'What to do',
    ...wrap(meta.mitigation, WIDTH, '  '),
    '',
    'References',
    ...(meta.references.length === 0
      ? ['  (none)']
      : meta.references.flatMap((ref) => [
          `  - ${ref.key ? `[${ref.key}] ` : ''}${ref.title}${ref.publisher ? `, ${ref.publisher}` : ''}`,
          `    ${ref.url}`,
        ])),
  ];
  return `${lines.join('\n')}\n`;
}

/** Each level with its likelihood ratio, band and basis, as the docs page's table has them. */
function levelLines(rule: AnyRule): string[] {
  const rows = levelRows(rule.meta);
  if (!rows) return wrap(impliedRatioText(rule.meta.severity), WIDTH, '  ');
  return rows.flatMap((row) => [
    `  ${row.id}${row.isDefault ? ' (default)' : ''}: likelihood ratio ${row.likelihoodRatio}, ${row.band}${row.severity ? `, ${row.severity}` : ''}`,
    ...wrap(row.description, WIDTH, '      '),
    ...wrap(`Basis (${row.basis.kind}): ${row.basis.note}`, WIDTH, '      '),
  ]);
}
