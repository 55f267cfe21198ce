import type { Profile } from '../schema/profile.js';

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function collect(values: unknown[], segment: string): unknown[] {
  const many = segment.endsWith('[]');
  const key = many ? segment.slice(0, -2) : segment;
  const out: unknown[] = [];
  for (const value of values) {
    if (value === null || typeof value !== 'object') continue;
    const next = (value as Record<string, unknown>)[key];
    if (many && Array.isArray(next)) out.push(...next);
    else if (next !== undefined) out.push(next);
  }
  return out;
}

/**
 * Compiles a requirement path such as `devices[].usb` into a test that the profile carries that data
 * (a non-empty value somewhere along the path).
 *
 * @example
 * hasData('interviews')({ id: 'p1', interviews: [] }) // false
 */
export function hasData(path: string): (profile: Profile) => boolean {
  const segments = path.split('.');
  return (profile) => {
    let values: unknown[] = [profile];
    for (const segment of segments) {
      values = collect(values, segment);
      if (values.length === 0) return false;
    }
    return values.some(present);
  };
}
