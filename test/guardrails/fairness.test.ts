import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { profileSchema } from '../../src/schema/profile.js';

// hirescreen screens for misrepresentation and infrastructure, never for protected characteristics
// (ARCHITECTURE.md "Guardrails"; docs/indicators.md fairness guard-rail; S35, S45).

/** Whole words (camelCase or snake_case tokens) that name a protected characteristic. */
const FORBIDDEN_TOKENS = new Set([
  'nationality',
  'nationalities',
  'citizenship',
  'citizen',
  'ethnicity',
  'ethnic',
  'race',
  'racial',
  'religion',
  'religious',
  'faith',
  'age',
  'gender',
  'sex',
  'language',
  'languages',
  'accent',
  'accents',
  'tribe',
  'caste',
  'complexion',
  'skin',
  'birthplace',
  'orientation',
  'pregnancy',
  'marital',
  'disability',
]);
/** Compound names whose tokens are harmless alone ("name", "origin", "birth"). */
const FORBIDDEN_COMPOUNDS = [
  'nameorigin',
  'originofname',
  'nationalorigin',
  'ethnicorigin',
  'placeofbirth',
  'countryofbirth',
  'birthcountry',
  'nativelanguage',
  'mothertongue',
  'firstlanguage',
];
const FORBIDDEN_PHRASES =
  /\b(?:nationality|citizenship|ethnicity|ethnic origin|race|racial|religion|religious|gender|accent|native language|mother tongue|name origin|origin of (?:the )?name|place of birth|country of birth)\b/i;

function tokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

export function isForbiddenName(name: string): boolean {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    tokens(name).some((t) => FORBIDDEN_TOKENS.has(t)) || FORBIDDEN_COMPOUNDS.some((c) => compact.includes(c))
  );
}

interface SchemaField {
  path: string;
  name: string;
  description: string | undefined;
}

/** Every object field in a zod v4 schema, however deeply wrapped (optional, array, pipe, union ...). */
export function schemaFields(root: z.ZodType): SchemaField[] {
  const out: SchemaField[] = [];
  const seen = new Set<unknown>();
  const visit = (schema: unknown, path: string): void => {
    if (!schema || typeof schema !== 'object' || !('_zod' in schema) || seen.has(schema)) return;
    seen.add(schema);
    const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') {
      for (const [name, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const fieldPath = path ? `${path}.${name}` : name;
        out.push({ path: fieldPath, name, description: (child as { description?: string }).description });
        visit(child, fieldPath);
      }
      return;
    }
    for (const value of Object.values(def)) {
      if (Array.isArray(value)) value.forEach((item) => visit(item, path));
      else if (typeof value === 'function' && def.type === 'lazy') visit((value as () => unknown)(), path);
      else visit(value, def.type === 'array' ? `${path}[]` : path);
    }
  };
  visit(root, '');
  return out;
}

function problemsInSchema(schema: z.ZodType): string[] {
  return schemaFields(schema).flatMap((field) => [
    ...(isForbiddenName(field.name) ? [`${field.path}: field name "${field.name}"`] : []),
    ...(field.description && FORBIDDEN_PHRASES.test(field.description)
      ? [`${field.path}: description "${field.description}"`]
      : []),
  ]);
}

/** Code with comments and string literals blanked out, so prose in messages does not count. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

/** Property reads of protected characteristics: `.nationality`, `?.languages`, `['gender']`, `{ age }`. */
export function forbiddenReads(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/\[\s*['"]([A-Za-z_$][\w$]*)['"]\s*\]/g))
    if (match[1] && isForbiddenName(match[1])) found.add(match[1]);
  const code = codeOnly(source);
  // A rule's own options (`context.options.minimumAge`) are configuration, not data about a person.
  for (const match of code.matchAll(/\??\.\s*([A-Za-z_$][\w$]*)/g)) {
    const owner = /([\w$]+)\s*$/.exec(code.slice(0, match.index))?.[1];
    if (match[1] && owner !== 'options' && isForbiddenName(match[1])) found.add(match[1]);
  }
  for (const match of code.matchAll(/\{([^{}]*)\}\s*=\s*([\w$.?]*)/g)) {
    if ((match[2] ?? '').endsWith('options')) continue;
    for (const name of (match[1] ?? '').split(',').map((part) => part.split(':')[0]?.trim() ?? ''))
      if (name && isForbiddenName(name)) found.add(name);
  }
  return [...found].sort();
}

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) return ruleFiles(full);
    return entry.endsWith('.ts') ? [full] : [];
  });
}

describe('fairness guardrail', () => {
  it('keeps protected characteristics out of the profile schema', () => {
    expect(problemsInSchema(profileSchema)).toEqual([]);
  });

  it('walks the whole profile schema, down to nested list items', () => {
    const paths = schemaFields(profileSchema).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'name.full',
        'payroll.accounts[].holderName',
        'devices[].usb[].vendorId',
        'logins[].geo.country',
      ]),
    );
  });

  it('has no rule that reads a protected characteristic', () => {
    const root = join(process.cwd(), 'src/rules');
    const offenders = ruleFiles(root).flatMap((file) =>
      forbiddenReads(readFileSync(file, 'utf8')).map((name) => `${relative(process.cwd(), file)}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch a protected field added to the schema, by name or by description', () => {
    const tampered = profileSchema.extend({
      claimed: z.object({ country: z.string(), claimedNationality: z.string().optional() }).optional(),
      extras: z
        .array(
          z.object({ spokenLanguages: z.array(z.string()), note: z.string().describe('the accent heard') }),
        )
        .optional(),
      family: z.object({ nameOrigin: z.string() }).optional(),
      ageRange: z.string().optional(),
    });
    expect(problemsInSchema(tampered)).toEqual([
      'claimed.claimedNationality: field name "claimedNationality"',
      'extras[].spokenLanguages: field name "spokenLanguages"',
      'extras[].note: description "the accent heard"',
      'family.nameOrigin: field name "nameOrigin"',
      'ageRange: field name "ageRange"',
    ]);
  });

  it('would catch a rule that reads a protected field, in any syntax', () => {
    const source = [
      'const a = profile.claimed?.nationality;',
      "const b = profile['gender'];",
      'const { ethnicity, id } = profile as never;',
      'const c = person.languages.length + person .age;',
    ].join('\n');
    expect(forbiddenReads(source)).toEqual(['age', 'ethnicity', 'gender', 'languages', 'nationality']);
  });

  it('does not count words in messages, comments or ordinary field names', () => {
    const source = [
      "const message = 'Never screen on nationality, religion or age.';",
      '// a person\u2019s gender is never read',
      'const x = profile.usage ?? profile.page ?? profile.dateOfBirth ?? profile.racetrack;',
      'const { minimumAge } = context.options;',
      'const y = context.options.minimumAge;',
    ].join('\n');
    expect(forbiddenReads(source)).toEqual([]);
  });
});
