import { boundedCache } from '../../../_lib/bounded-memo.js';

/** Longer text is no date or timestamp; keep it out of the caches. */
const MAX_CACHED_LENGTH = 40;
// Rosters repeat the same few thousand dates, and several rules read each job's dates.
const cachedCalendarDays = boundedCache<CalendarDay | undefined>();
const cachedDayNumbers = boundedCache<number | undefined>();

/** A calendar date read from a `YYYY-MM-DD` (or longer ISO) string; undefined when it is not one. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function calendarDay(value: string | undefined): Readonly<CalendarDay> | undefined {
  if (typeof value !== 'string' || value.length > MAX_CACHED_LENGTH) return calendarDayUncached(value);
  return cachedCalendarDays(value, calendarDayUncached);
}

function calendarDayUncached(value: string | undefined): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whole years from `birth` to `on`, the way a birthday counts them. */
export function fullYearsBetween(birth: CalendarDay, on: CalendarDay): number {
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** Days since 1970-01-01 (UTC) of a date string, for ordering and overlaps; undefined when unreadable. */
export function dayNumber(value: string | undefined): number | undefined {
  if (typeof value !== 'string' || value.length > MAX_CACHED_LENGTH) return dayNumberUncached(value);
  return cachedDayNumbers(value, dayNumberUncached);
}

function dayNumberUncached(value: string | undefined): number | undefined {
  const day = calendarDay(value);
  if (!day) return undefined;
  return Math.floor(Date.UTC(day.year, day.month - 1, day.day) / 86_400_000);
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

const MS_PER_DAY = 86_400_000;
/**
 * The instants whose calendar dates read back as themselves: four-digit years from 0100 (`Date.UTC`,
 * which `dayNumber` calls, reads years 0-99 as 1900-1999).
 */
const DIRECT_FROM = Date.parse('0100-01-01T00:00:00Z');
const DIRECT_TO = Date.parse('+010000-01-01T00:00:00Z');

/**
 * `dayNumber(isoDay(instant))`: the day number of an instant's UTC calendar date. Three rules ask it of
 * every screening's as-of time, and formatting the date to read it back cost about 1 µs each.
 */
export function dayNumberOf(instant: Date): number | undefined {
  const time = instant.getTime();
  if (time >= DIRECT_FROM && time < DIRECT_TO) return Math.floor(time / MS_PER_DAY);
  return dayNumber(isoDay(instant));
}
