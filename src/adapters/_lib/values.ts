/** Small readers for untyped source records: each returns undefined instead of throwing. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A non-empty trimmed string, from a string or a finite number. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number, from a number or a numeric string. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = str(value);
  if (text === undefined) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The value at a dotted path of plain objects. */
export function at(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * An autonomous system number from `15169`, `"15169"` or `"AS15169"` (IPinfo and several SIEM exports
 * write the prefix); undefined for anything else, including 0, which no network announces.
 *
 * @example
 * asn('AS15169') // 15169
 */
export function asn(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : str(value);
  const match = text === undefined ? null : /^(?:AS)?(\d{1,10})$/i.exec(text);
  if (!match) return undefined;
  const parsed = Number(match[1]);
  return parsed > 0 && parsed <= 0xffffffff ? parsed : undefined;
}

/**
 * An instant as ISO 8601 UTC. Numbers are epoch milliseconds unless `unit` says seconds; strings must
 * parse as a date-time with a zone (a bare date would be read as local midnight, so it is refused).
 */
export function instant(value: unknown, unit: 'ms' | 's' = 'ms'): string | undefined {
  let ms: number | undefined;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim()))) {
    const n = Number(value);
    ms = unit === 's' ? n * 1000 : n;
  } else {
    const text = str(value);
    if (text === undefined || !/\d{1,2}:\d{2}/.test(text)) return undefined;
    if (!/(Z|UTC|GMT|[+-]\d{2}:?\d{2})\s*$/i.test(text)) return undefined;
    ms = Date.parse(text);
  }
  if (!Number.isFinite(ms) || ms === undefined) return undefined;
  const date = new Date(ms);
  // Years outside 1990-2200 are almost always a unit mistake (epoch seconds read as milliseconds land
  // in January 1970); no sign-in log or ATS record predates 1990.
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2200 ? date.toISOString() : undefined;
}

/** A calendar date YYYY-MM-DD; BambooHR's `0000-00-00` and impossible dates read as absent. */
export function calendarDate(value: unknown): string | undefined {
  const text = str(value);
  const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1) return undefined;
  return `${y}-${m}-${d}`;
}

/** An e-mail address folded for joining: trimmed and lower-cased. */
export function emailKey(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && text.includes('@') ? text.toLowerCase() : undefined;
}

/** Drops undefined members so fragments stay small and compare by their content. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    if (isObject(member) && Object.keys(member).length === 0) continue;
    out[key] = member;
  }
  return out as T;
}
