import type { Severity } from './primitives.js';

/** Each severity's rank, least severe first: the one order every severity comparison uses. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.freeze({
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
});

/**
 * Orders severities least severe first; negative when `a` is less severe than `b`.
 *
 * @example
 * compareSeverity('medium', 'high') < 0; // true
 * (['high', 'low'] as const).slice().sort(compareSeverity); // ['low', 'high']
 */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}
