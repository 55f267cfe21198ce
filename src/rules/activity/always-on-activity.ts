import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { windowDaysOption } from '../_lib/option-schemas.js';
import { optionText } from '../_lib/option-text.js';
import { cite } from '../_lib/references.js';
import { sortInPlace } from '../../_lib/sort-in-place.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, addToHourBins, utcMinuteOfDay } from '../_lib/time.js';
import { activityInWindow, type TimedActivity } from './_lib/window.js';

const options = z.object({
  // 2022 advisory: accounts logged in continuously for "one or more days".
  continuousHours: z
    .number()
    .positive()
    .default(24)
    .describe('Length of an unbroken run of activity that counts.'),
  maxGapMinutes: z
    .number()
    .nonnegative()
    .default(15)
    .describe('Largest gap between activities that still counts as unbroken.'),
  // Leaked team instructions: log at least 14 hours a day, idle time included (WIRED 2025, docs/indicators.md S42).
  dailySpanHours: z
    .number()
    .positive()
    .max(24)
    .default(14)
    .describe('Median daily span of activity that counts.'),
  windowDays: windowDaysOption(14),
});

interface Run {
  start: number;
  end: number;
  first: TimedActivity;
}

function runs(events: readonly TimedActivity[], maxGapMs: number): Run[] {
  const out: Run[] = [];
  for (const event of events) {
    const last = out[out.length - 1];
    if (last && event.start - last.end <= maxGapMs) last.end = Math.max(last.end, event.end);
    else out.push({ start: event.start, end: event.end, first: event });
  }
  return out;
}

const ascending = (a: number, b: number) => a - b;

/** The day an instant falls in, for days that start `cut` milliseconds after UTC midnight. */
function dayOf(ms: number, cut: number): number {
  return Math.floor((ms - cut) / DAY_MS);
}

/**
 * Days are cut at the quietest hour of the window rather than at midnight in some zone: a worker whose
 * day straddles the claimed zone's midnight still has one long day, not two short ones.
 */
function medianDailySpanHours(events: readonly TimedActivity[], now: number, days: number): number {
  const bins = new Array<number>(24).fill(0);
  for (const e of events) addToHourBins(bins, utcMinuteOfDay(new Date(e.start)), Math.min(e.minutes, 1440));
  const cut = bins.indexOf(Math.min(...bins)) * HOUR_MS;
  const lastFull = dayOf(now, cut) - 1;
  const spans = new Map<number, { first: number; last: number }>();
  for (const e of events) {
    // The end is exclusive: an event ending exactly at the cut belongs to the day before only.
    const lastDay = Math.min(dayOf(Math.max(e.start, e.end - 1), cut), lastFull);
    for (let day = dayOf(e.start, cut); day <= lastDay; day++) {
      const lo = Math.max(e.start, day * DAY_MS + cut);
      const hi = Math.min(e.end, (day + 1) * DAY_MS + cut);
      const span = spans.get(day);
      if (span) {
        span.first = Math.min(span.first, lo);
        span.last = Math.max(span.last, hi);
      } else spans.set(day, { first: lo, last: hi });
    }
  }
  const values: number[] = [];
  for (let n = 0; n < days; n++) {
    const span = spans.get(lastFull - n);
    values.push(span ? (span.last - span.first) / HOUR_MS : 0);
  }
  sortInPlace(values, ascending);
  const mid = Math.floor(values.length / 2);
  return values.length % 2
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

const noActivity = optionText((windowDays) => `activity in the last ${windowDays} days`);

/**
 * The account is active around the clock: a run of activity lasting a day or more, or a median day of
 * 14 hours or more over two weeks. Laptop-farm machines stay on for remote operators, and leaked
 * instructions told workers to log 14 hours a day.
 */
export const alwaysOnActivity = defineRule({
  id: 'always-on-activity',
  meta: {
    description: 'Activity runs unbroken for a day or more, or spans 14 hours or more on a typical day.',
    category: 'activity',
    severity: 'medium',
    weight: 25,
    // One observation of the hours: the same round-the-clock activity trips timezone-skew too.
    group: 'activity-pattern',
    levels: {
      'continuous-session': {
        description: 'One unbroken run of activity of a day or more (24 hours by default).',
        likelihoodRatio: 4,
        basis: {
          kind: 'judgement',
          note: 'The 2022 advisory describes accounts logged in for one or more days [S1]; idle sessions that never time out and incident weeks produce the same run (docs/indicators.md beh-always-on), so it is moderate at the low end.',
        },
      },
      'long-days': {
        description: 'The median day of activity over the window spans 14 hours or more.',
        likelihoodRatio: 6,
        basis: {
          kind: 'judgement',
          note: 'Leaked team instructions set a 14-hour daily minimum [S42]; a median over two weeks is harder to reach by one idle session or one on-call week than a single run, but long-hours employees exist.',
        },
      },
    },
    defaultLevel: 'long-days',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      continuous:
        'Activity ran without a break for {{hours}} hours from {{start}}. Accounts used by remote operators stay on for days.',
      longDays:
        'Over the last {{days}} days, the median day of activity spanned {{hours}} hours. Workers in these schemes were told to log at least 14 hours a day.',
    },
    requires: ['activity'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['beh-always-on'],
    falsePositives: ['Idle sessions that never time out.', 'On-call engineers during an incident week.'],
    mitigation:
      'Check whether the sessions come from one device and place; look for keep-awake tools and remote-access software on the laptop.',
    // The 14-hour figure rests on WIRED's 2025 report of leaked team chats (docs/indicators.md S42), read only via
    // a repost; it stays out of the references until the article's own URL is confirmed.
    references: cite('S1'),
  },
  check(profile, context) {
    const o = context.options;
    const events = activityInWindow(profile, context.now, o.windowDays);
    if (events.length === 0) return context.skip(noActivity(o.windowDays));
    const findings = [];
    const longest = runs(events, o.maxGapMinutes * MINUTE_MS).reduce((a, b) =>
      b.end - b.start > a.end - a.start ? b : a,
    );
    const runHours = (longest.end - longest.start) / HOUR_MS;
    if (runHours >= o.continuousHours) {
      findings.push(
        context.finding('continuous', {
          level: 'continuous-session',
          data: {
            hours: Math.round(runHours * 10) / 10,
            start: new Date(longest.start).toISOString().slice(0, 16) + 'Z',
          },
          path: `activity[${longest.first.index}]`,
          evidence: { continuousHours: o.continuousHours, maxGapMinutes: o.maxGapMinutes },
        }),
      );
    }
    const median = medianDailySpanHours(events, context.now.getTime(), o.windowDays);
    if (median >= o.dailySpanHours) {
      findings.push(
        context.finding('longDays', {
          level: 'long-days',
          data: { days: o.windowDays, hours: Math.round(median * 10) / 10 },
          path: 'activity',
          evidence: { dailySpanHours: o.dailySpanHours },
        }),
      );
    }
    return findings;
  },
});
