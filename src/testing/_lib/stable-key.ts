import { compareCodeUnits } from '../../_lib/sort-in-place.js';

/**
 * A JSON text of a value with object keys sorted, so two cases that differ only in key order are the
 * same case. `undefined` fields are dropped, as in JSON.
 *
 * @example
 * stableKey({ b: 1, a: [2] }) === stableKey({ a: [2], b: 1 }) // true
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => compareCodeUnits(a, b)),
        )
      : item,
  );
}
