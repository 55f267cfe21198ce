import type { Activity, Profile } from '../../../schema/profile.js';
import { sortInPlace } from '../../../_lib/sort-in-place.js';
import { instantOf, MINUTE_MS, windowEndingAt } from '../../_lib/time.js';

export interface TimedActivity {
  activity: Activity;
  index: number;
  start: number;
  /** Minutes of activity: the recorded duration, or one minute for a point event (a commit, a message). */
  minutes: number;
  end: number;
}

/**
 * The activity that starts in the `days` before `now`, in time order.
 *
 * @example
 * activityInWindow({ id: 'p', activity: [{ at: '2026-01-10T09:00:00Z' }] }, new Date('2026-01-15T00:00:00Z'), 14)[0]?.minutes // 1
 */
export function activityInWindow(profile: Profile, now: Date, days: number): TimedActivity[] {
  const { from, to } = windowEndingAt(now, days);
  const out: TimedActivity[] = [];
  const activities = profile.activity ?? [];
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index] as Activity;
    const start = instantOf(activity.at);
    if (start === undefined || start <= from || start > to) continue;
    const minutes = Math.max(1, activity.durationMinutes ?? 0);
    out.push({ activity, index, start, minutes, end: start + (activity.durationMinutes ?? 0) * MINUTE_MS });
  }
  return sortInPlace(out, byStartThenPosition);
}

function byStartThenPosition(a: TimedActivity, b: TimedActivity): number {
  return a.start - b.start || a.index - b.index;
}
