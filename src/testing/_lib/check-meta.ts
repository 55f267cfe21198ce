import type { AnyRule } from '../../engine/types.js';

const WELL_FORMED = /\{\{\s*[A-Za-z0-9_]+\s*\}\}/g;

/** Problems with one message template's placeholders: braces that do not form `{{name}}`. */
export function placeholderProblems(template: string): string[] {
  const rest = template.replace(WELL_FORMED, '\u0000');
  const problems: string[] = [];
  const snippet = (at: number): string =>
    rest.slice(Math.max(0, at - 12), at + 14).replace(/\u0000/g, '{{\u2026}}');
  for (const token of ['{{', '}}']) {
    const at = rest.indexOf(token);
    if (at >= 0) problems.push(`unbalanced "${token}" near "${snippet(at)}" (write {{name}})`);
  }
  for (const match of rest.matchAll(/\{\s*[A-Za-z0-9_]+\s*\}/g))
    problems.push(`single-brace "${match[0]}" is not a placeholder (write {{name}})`);
  return problems;
}

/**
 * Checks what a rule says about itself, once per tester run: message placeholders are well formed,
 * the options schema gives complete defaults for `{}`, references are given, and a stable rule
 * lists its known false positives.
 *
 * @example
 * checkRuleMeta(myRule) // [] when the metadata is sound
 */
export function checkRuleMeta(rule: AnyRule): string[] {
  const { meta } = rule;
  const problems: string[] = [];
  for (const [id, template] of Object.entries(meta.messages as Record<string, string>)) {
    if (typeof template !== 'string' || template.trim() === '') {
      problems.push(`meta.messages.${id}: must be a non-empty message`);
      continue;
    }
    for (const problem of placeholderProblems(template)) problems.push(`meta.messages.${id}: ${problem}`);
  }
  if (meta.options) {
    const parsed = meta.options.safeParse({});
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
      problems.push(
        `meta.options: does not accept {} (every option needs a .default()); no default for: ${paths.join(', ')}`,
      );
    }
  }
  if (!Array.isArray(meta.references) || meta.references.length === 0)
    problems.push('meta.references: list at least one public source (cite(...))');
  if (meta.status === 'stable' && (!Array.isArray(meta.falsePositives) || meta.falsePositives.length === 0))
    problems.push('meta.falsePositives: a stable rule must list its known false positives');
  if (typeof meta.description !== 'string' || meta.description.trim() === '')
    problems.push('meta.description: must not be empty');
  return problems;
}
