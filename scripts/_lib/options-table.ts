import type { z } from 'zod';
import { optionRows } from '../../src/cli/_lib/option-rows.js';
import { code, table } from './markdown.js';

/** The options section's Markdown: a table, or a sentence saying there are none. */
export function optionsTable(schema: z.ZodType | undefined): string {
  const rows = optionRows(schema);
  if (rows.length === 0) return 'This rule has no options.';
  return table(
    ['name', 'type', 'default', 'description'],
    rows.map((row) => [
      code(row.name),
      row.type,
      row.default === '(none)' ? row.default : code(row.default),
      row.description,
    ]),
  );
}
