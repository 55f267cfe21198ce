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
): ActivityInput[] {
  return days(firstDay, count).flatMap(([y, m, d]) =>
    Array.from({ length: hours * 2 }, (_, n) => ({
      at: new Date(new TZDate(y, m, d, fromHour, n * 30, 0, zone).getTime()).toISOString(),
      kind: 'other' as const,
      durationMinutes: 30,
    })),
  );
}

/** Half-hour activity blocks every day at fixed UTC hours: a worker on another zone's clock. */
export function utcDays(firstDay: string, count: number, fromHour: number, hours: number): ActivityInput[] {
  return localDays('UTC', firstDay, count, fromHour, hours);
}
