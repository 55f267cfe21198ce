import { UsageError } from '../usage-error.js';

/**
 * An option's value checked against the values it allows: undefined when absent, a `UsageError` naming
 * the allowed values when it is none of them.
 *
 * @example
 * oneOf('format', 'json', ['text', 'json'] as const); // 'json'
 */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}
