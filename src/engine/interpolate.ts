const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * The placeholder names a message template uses, in order of first appearance.
 *
 * @example
 * placeholdersOf('{{count}} profiles share {{address}}') // ['count', 'address']
 */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Fills `{{name}}` placeholders from `data`. A placeholder without data stays as written, so a
 * missing value is visible instead of silently empty (the RuleTester reports it).
 *
 * @example
 * interpolate('Shipped to {{city}}', { city: 'Nashville' }) // 'Shipped to Nashville'
 */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data?.[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
