import { TZDate } from '@date-fns/tz';

const QUARTER_HOUR_MS = 15 * 60_000;

const isWeekday = (day: number) => day >= 1 && day <= 5;

/**
 * The share of active minutes that fall on Monday to Friday in the claimed zone and at each fixed UTC
 * offset. The weekday is taken at each event's start; it is looked up once per quarter hour, since no
 * zone changes date more finely than that.
 */
export function weekdayShares(
  events: ReadonlyArray<{ start: number; minutes: number }>,
  zone: string,
  offsets: readonly number[],
): { claimed: number; atOffset: Map<number, number> } {
  const bySlot = new Map<number, number>();
  const claimedDay = (ms: number): number => {
    const slot = Math.floor(ms / QUARTER_HOUR_MS);
    let day = bySlot.get(slot);
    if (day === undefined) {
      day = new TZDate(slot * QUARTER_HOUR_MS, zone).getDay();
      bySlot.set(slot, day);
    }
    return day;
  };
  let total = 0;
  let claimed = 0;
  const atOffset = new Map<number, number>(offsets.map((offset) => [offset, 0]));
  for (const { start, minutes } of events) {
    total += minutes;
    if (isWeekday(claimedDay(start))) claimed += minutes;
    for (const offset of offsets) {
      if (isWeekday(new Date(start + offset * 3_600_000).getUTCDay())) {
        atOffset.set(offset, (atOffset.get(offset) as number) + minutes);
      }
    }
  }
  if (total === 0) return { claimed: 0, atOffset: new Map(offsets.map((offset) => [offset, 0])) };
  for (const offset of offsets) atOffset.set(offset, (atOffset.get(offset) as number) / total);
  return { claimed: claimed / total, atOffset };
}
