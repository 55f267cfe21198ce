import { z } from 'zod';
import { code, table } from './markdown.js';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

export interface OptionRow {
  name: string;
  type: string;
  default: string;
  description: string;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' \u2223 ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' \u2223 ');
  if (schema.type === 'array') return `${schema.items ? typeName(schema.items) : 'unknown'}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' \u2223 ');
  return schema.type ?? 'unknown';
}

/** The rows of a rule's options table, read from its zod options schema (defaults and descriptions). */
export function optionRows(schema: z.ZodType | undefined): OptionRow[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeName(property),
    default: property.default === undefined ? '(none)' : JSON.stringify(property.default),
    description: property.description ?? '',
  }));
}

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
