import { TZDate } from '@date-fns/tz';

export interface ActivityInput {
  at: string;
  kind?: 'commit' | 'chat' | 'login' | 'meeting' | 'ticket' | 'email' | 'other';
  durationMinutes?: number;
}

function days(firstDay: string, count: number): [number, number, number][] {
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, n) => {
    const d = new Date(start + n * 86_400_000);
    return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  });
}

/**
 * Half-hour activity blocks every day from `firstDay` for `count` days, from local `fromHour` for `hours`
 * hours in `zone` (wall-clock time, so the UTC instants move with DST).
 */
export function localDays(
  zone: string,
  firstDay: string,
  count: number,
  fromHour: number,
  hours: number,
  weekdaysOnly = false,
): ActivityInput[] {
  const chosen = days(firstDay, count).filter(
    ([y, m, d]) => !weekdaysOnly || [1, 2, 3, 4, 5].includes(new Date(Date.UTC(y, m, d)).getUTCDay()),
  );
  return chosen.flatMap(([y, m, d]) =>
    Array.from({ length: hours * 2 }, (_, n) => ({
      at: new Date(new TZDate(y, m, d, fromHour, n * 30, 0, zone).getTime()).toISOString(),
      kind: 'other' as const,
      durationMinutes: 30,
    })),
  );
}

/** Half-hour activity blocks every day at fixed UTC hours: a worker on another zone's clock. */
export function utcDays(
  firstDay: string,
  count: number,
  fromHour: number,
  hours: number,
  weekdaysOnly = false,
): ActivityInput[] {
  return localDays('UTC', firstDay, count, fromHour, hours, weekdaysOnly);
}

/**
 * A Monday-Friday working day at a fixed UTC offset (e.g. 09:00-17:00 at UTC+9), as `hours` of
 * half-hour blocks from `fromHour` local, over the days from `firstDay`.
 */
export function weekdaysAtOffset(
  offsetHours: number,
  firstDay: string,
  count: number,
  fromHour: number,
  hours: number,
): ActivityInput[] {
  const shift = offsetHours * 3_600_000;
  return localDays('UTC', firstDay, count, fromHour, hours, true).map((a) => ({
    ...a,
    at: new Date(Date.parse(a.at) - shift).toISOString(),
  }));
}
