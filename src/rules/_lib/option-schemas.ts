import { z } from 'zod';

/**
 * A share between 0 and 1 as a rule option, with its default and the text the options table shows.
 *
 * @example
 * const options = z.object({ maxShare: shareOption(0.3, 'Largest share of far logins that stays clear.') });
 */
export function shareOption(fallback: number, description: string) {
  return z.number().min(0).max(1).default(fallback).describe(description);
}

/**
 * A positive whole count as a rule option (fewest logins, fewest profiles), with its default and description.
 *
 * @example
 * const options = z.object({ minLogins: countOption(5, 'Fewest located logins for a share to mean anything.') });
 */
export function countOption(fallback: number, description: string) {
  return z.number().int().positive().default(fallback).describe(description);
}

/**
 * How many days before the as-of time a rule looks at.
 *
 * @example
 * const options = z.object({ windowDays: windowDaysOption(30) });
 */
export function windowDaysOption(days: number) {
  return countOption(days, 'Days before the as-of time to look at.');
}

/**
 * A number of days that may be zero (an allowance, a grace period) as a rule option.
 *
 * @example
 * const options = z.object({ travelAllowanceDays: dayAllowanceOption(7, 'Days abroad that read as a trip.') });
 */
export function dayAllowanceOption(fallback: number, description: string) {
  return z.number().int().nonnegative().default(fallback).describe(description);
}
