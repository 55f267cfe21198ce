import { tz } from '@date-fns/tz';
import { getHours } from 'date-fns/getHours';
import { getMinutes } from 'date-fns/getMinutes';
import { isValidTimeZone } from '../../schema/primitives.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1_440;

/**
 * Whether `zone` is an IANA time zone this runtime knows. @date-fns/tz silently gives NaN hours for an
 * unknown zone, so every rule that reads one checks it first.
 *
 * @example
 * isKnownTimeZone('America/Phoenix') // true
 * isKnownTimeZone('Mars/Olympus_Mons') // false
 */
export function isKnownTimeZone(zone: string): boolean {
  return isValidTimeZone(zone);
}

/**
 * Minutes since local midnight of an instant in an IANA zone, with that day's offset (DST and historical
 * offsets included). The zone must be known (see {@link isKnownTimeZone}).
 *
 * @example
 * localMinuteOfDay(new Date('2026-03-09T01:30:00Z'), 'America/New_York') // 1290 (21:30 EDT)
 */
export function localMinuteOfDay(instant: Date, zone: string): number {
  const inZone = { in: tz(zone) };
  return getHours(instant, inZone) * 60 + getMinutes(instant, inZone);
}

const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/**
 * A memoised {@link localMinuteOfDay} for one zone, for rules that convert thousands of instants. Every
 * offset change in the tz database since 1970 happens on a quarter-hour, and never twice in one UTC day:
 * a day whose first and last quarter-hours share an offset keeps it throughout; other days are looked up
 * per quarter-hour.
 *
 * @example
 * const clock = localClock('Europe/London');
 * clock(Date.parse('2026-03-30T08:00:00Z')) // 540 (09:00 BST)
 */
export function localClock(zone: string): (ms: number) => number {
  const offsetAt = (ms: number) => localMinuteOfDay(new Date(ms), zone) - utcMinuteOfDay(new Date(ms));
  const byDay = new Map<number, number | undefined>();
  const bySlot = new Map<number, number>();
  return (ms) => {
    const day = Math.floor(ms / DAY_MS);
    let offset: number | undefined;
    if (byDay.has(day)) offset = byDay.get(day);
    else {
      const first = offsetAt(day * DAY_MS);
      offset = first === offsetAt((day + 1) * DAY_MS - QUARTER_HOUR_MS) ? first : undefined;
      byDay.set(day, offset);
    }
    if (offset === undefined) {
      const slot = Math.floor(ms / QUARTER_HOUR_MS);
      offset = bySlot.get(slot) ?? offsetAt(slot * QUARTER_HOUR_MS);
      bySlot.set(slot, offset);
    }
    const utc = utcMinuteOfDay(new Date(ms));
    return (((utc + offset) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  };
}

/**
 * Minutes since UTC midnight of an instant.
 *
 * @example
 * utcMinuteOfDay(new Date('2026-01-01T02:15:00Z')) // 135
 */
export function utcMinuteOfDay(instant: Date): number {
  return instant.getUTCHours() * 60 + instant.getUTCMinutes();
}

/**
 * Whether a minute of the day lies in the half-open range [start, end) given in minutes; a range whose end
 * is before its start wraps past midnight (20:00-04:00).
 *
 * @example
 * inDailyRange(23 * 60, 20 * 60, 4 * 60) // true
 */
export function inDailyRange(minute: number, start: number, end: number): boolean {
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * The instants of the `days` before `now` (exclusive start, inclusive end) as epoch milliseconds.
 *
 * @example
 * windowEndingAt(new Date('2026-01-31T00:00:00Z'), 30) // { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 31) }
 */
export function windowEndingAt(now: Date, days: number): { from: number; to: number } {
  const to = now.getTime();
  return { from: to - days * DAY_MS, to };
}

/**
 * Epoch milliseconds of an ISO date-time, or undefined when it does not parse.
 *
 * @example
 * instantOf('2026-01-01T00:00:00Z') // 1767225600000
 */
export function instantOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = utcSecondsInstant(iso) ?? Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Epoch milliseconds of an ISO date-time in the one shape profiles nearly always use,
 * `YYYY-MM-DDTHH:MM:SSZ`, with every field in its ordinary range; undefined for anything else, which
 * {@link instantOf} leaves to `Date.parse`. Rules read each login's time several times per profile, and
 * reading twelve digits is several times cheaper than the general parser (and than `Date.UTC`). Days 29
 * to 31 of a shorter month roll over into the next month, as `Date.parse` rolls them.
 *
 * @example
 * utcSecondsInstant('2026-01-01T00:00:00Z') // 1767225600000
 * utcSecondsInstant('2026-01-01T00:00:00+01:00') // undefined
 */
function utcSecondsInstant(iso: string): number | undefined {
  if (
    iso.length !== 20 ||
    iso[4] !== '-' ||
    iso[7] !== '-' ||
    iso[10] !== 'T' ||
    iso[13] !== ':' ||
    iso[16] !== ':' ||
    iso[19] !== 'Z'
  )
    return undefined;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  const hour = digitsAt(iso, 11, 2);
  const minute = digitsAt(iso, 14, 2);
  const second = digitsAt(iso, 17, 2);
  const ordinary =
    inRange(year, 0, 9999) &&
    inRange(month, 1, 12) &&
    inRange(day, 1, 31) &&
    inRange(hour, 0, 23) &&
    inRange(minute, 0, 59) &&
    inRange(second, 0, 59);
  if (!ordinary) return undefined;
  return daysSinceEpoch(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
}

const inRange = (value: number, min: number, max: number) => value >= min && value <= max;

/** The number written by `length` ASCII digits from `start`, or -1 when any of them is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`):
 * years are counted from March, so the leap day is the last day of its year, in 400-year eras of
 * 146,097 days. A day past the end of its month counts on into the next.
 *
 * @example
 * daysSinceEpoch(2026, 1, 1) // 20454
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * A label for an hour of the day, e.g. `09:00`.
 *
 * @example
 * hourLabel(9) // '09:00'
 */
export function hourLabel(hour: number): string {
  return `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`;
}

/**
 * Adds `minutes` of activity starting at `startMinute` (minutes since midnight) to 24 hour-of-day bins,
 * wrapping past midnight. Activity longer than a day adds whole days to every bin.
 *
 * @example
 * const bins = new Array<number>(24).fill(0);
 * addToHourBins(bins, 23 * 60 + 30, 60); // bins[23] === 30, bins[0] === 30
 */
export function addToHourBins(bins: number[], startMinute: number, minutes: number): void {
  const wholeDays = Math.floor(minutes / MINUTES_PER_DAY);
  if (wholeDays > 0) for (let h = 0; h < 24; h++) bins[h] = (bins[h] ?? 0) + wholeDays * 60;
  let left = minutes - wholeDays * MINUTES_PER_DAY;
  let minute = ((startMinute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  while (left > 0) {
    const hour = Math.floor(minute / 60);
    const take = Math.min(left, 60 - (minute % 60));
    bins[hour] = (bins[hour] ?? 0) + take;
    left -= take;
    minute = (minute + take) % MINUTES_PER_DAY;
  }
}
