import { z } from 'zod';

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

/** One row of a rule's options table: the docs generator and `hirescreen rules <id>` print the same. */
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

/**
 * The rows of a rule's options table, read from its zod options schema (defaults and descriptions).
 *
 * @example
 * optionRows(z.object({ days: z.number().default(14).describe('Window.') }))
 * // [{ name: 'days', type: 'number', default: '14', description: 'Window.' }]
 */
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
