import { HirescreenError } from '../../errors.js';

const SETTERS = [
  'setDate',
  'setFullYear',
  'setHours',
  'setMilliseconds',
  'setMinutes',
  'setMonth',
  'setSeconds',
  'setTime',
  'setUTCDate',
  'setUTCFullYear',
  'setUTCHours',
  'setUTCMilliseconds',
  'setUTCMinutes',
  'setUTCMonth',
  'setUTCSeconds',
  'setYear',
] as const;

/**
 * A screening's as-of time as rules see it: a `Date` whose setters throw. A fixed clock handed every
 * screening one `Date`, so `context.now.setUTCFullYear(1999)` in one rule moved the as-of time of every
 * later screening (issue 17, item 3); now the rule that tries gets an `error` result.
 */
class ReadOnlyDate extends Date {}

for (const name of SETTERS) {
  Object.defineProperty(ReadOnlyDate.prototype, name, {
    value(): never {
      throw new HirescreenError(
        'RULE_FAILED',
        `context.now is read-only (${name} was called): copy it with new Date(context.now) to do date arithmetic.`,
      );
    },
  });
}

/**
 * A frozen, read-only `Date` at `time` (milliseconds since the epoch).
 *
 * @example
 * const now = readOnlyDate(Date.parse('2026-01-01T00:00:00Z'));
 * now.toISOString(); // '2026-01-01T00:00:00.000Z'
 * now.setUTCFullYear(1999); // throws HirescreenError RULE_FAILED
 */
export function readOnlyDate(time: number): Date {
  return Object.freeze(new ReadOnlyDate(time));
}
