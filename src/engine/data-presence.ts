import type { Profile } from '../schema/profile.js';

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** One step of a requirement path: `usb` or, for every item of a list, `devices[]`. */
interface Segment {
  key: string;
  many: boolean;
}

/** Whether `value`, followed along `segments` from `from`, reaches data; stops at the first that does. */
function reaches(value: unknown, segments: readonly Segment[], from: number): boolean {
  if (from === segments.length) return present(value);
  if (value === null || typeof value !== 'object') return false;
  const { key, many } = segments[from] as Segment;
  const next = (value as Record<string, unknown>)[key];
  if (!many || !Array.isArray(next)) return next !== undefined && reaches(next, segments, from + 1);
  for (const item of next) if (reaches(item, segments, from + 1)) return true;
  return false;
}

/**
 * Compiles a requirement path such as `devices[].usb` into a test that the profile carries that data
 * (a non-empty value somewhere along the path).
 *
 * @example
 * hasData('interviews')({ id: 'p1', interviews: [] }) // false
 */
export function hasData(path: string): (profile: Profile) => boolean {
  const segments = path
    .split('.')
    .map((segment) =>
      segment.endsWith('[]') ? { key: segment.slice(0, -2), many: true } : { key: segment, many: false },
    );
  return (profile) => reaches(profile, segments, 0);
}
