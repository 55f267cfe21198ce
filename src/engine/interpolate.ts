import { boundedCache } from '../_lib/bounded-memo.js';

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

/** A template cut at its placeholders: `texts` has one more entry than `names` and `placeholders`. */
interface ParsedTemplate {
  /** The text before each placeholder, then the text after the last. */
  readonly texts: readonly string[];
  readonly names: readonly string[];
  /** Each placeholder as written, for a value the data lacks. */
  readonly placeholders: readonly string[];
}

function parse(template: string): ParsedTemplate {
  const texts: string[] = [];
  const names: string[] = [];
  const placeholders: string[] = [];
  let end = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(end, match.index));
    names.push(match[1] as string);
    placeholders.push(match[0]);
    end = match.index + match[0].length;
  }
  texts.push(template.slice(end));
  return { texts, names, placeholders };
}

// Templates come from rule metadata, so there are few; the limit only guards against a caller that
// builds them on the fly. Parsed once each: `replace` with a function allocates its match strings on
// every call.
const parsed = boundedCache<ParsedTemplate>(2_000);

/**
 * Fills `{{name}}` placeholders from `data`. A placeholder without data stays as written, so a
 * missing value is visible instead of silently empty (the RuleTester reports it).
 *
 * @example
 * interpolate('Shipped to {{city}}', { city: 'Nashville' }) // 'Shipped to Nashville'
 */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  const { texts, names, placeholders } = parsed(template, parse);
  let out = texts[0] as string;
  for (let i = 0; i < names.length; i++) {
    const value = data?.[names[i] as string];
    out += value === undefined || value === null ? (placeholders[i] as string) : textOf(value);
    out += texts[i + 1] as string;
  }
  return out;
}

function textOf(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
