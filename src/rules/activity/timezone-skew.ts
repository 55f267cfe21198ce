import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { countOption, shareOption, windowDaysOption } from '../_lib/option-schemas.js';
import { optionText } from '../_lib/option-text.js';
import { cite } from '../_lib/references.js';
import {
  addToHourBins,
  hourLabel,
  isKnownTimeZone,
  localClock,
  MINUTES_PER_DAY,
  utcMinuteOfDay,
} from '../_lib/time.js';
import { activityInWindow } from './_lib/window.js';
import { weekdayShares } from './_lib/weekdays.js';

// docs/indicators.md beh-timezone-skew (defaults, not sourced figures): over 4 weeks, >= 60 % of active minutes
// outside 07:00-20:00 claimed local time AND the daily peak inside 09:00-18:00 at UTC+8 or UTC+9 (§3.8:
// Pyongyang UTC+9, PRC border cities UTC+8).
const hour = z.number().int().min(0).max(24);
const options = z.object({
  minOffHoursShare: shareOption(0.6, 'Share of active minutes outside the claimed working day that counts.'),
  workdayStart: hour.default(7).describe('Start of the claimed local working day (hour).'),
  workdayEnd: hour.default(20).describe('End of the claimed local working day (hour, exclusive).'),
  peakOffsetsHours: z
    .array(z.number().min(-12).max(14))
    .min(1)
    .default([8, 9])
    .describe('UTC offsets whose working day the daily peak is compared with.'),
  peakDayStart: hour.default(9).describe('Start of the working day at those offsets (hour).'),
  peakDayEnd: hour.default(18).describe('End of the working day at those offsets (hour, exclusive).'),
  windowDays: windowDaysOption(28),
  localWeekMargin: shareOption(
    0.05,
    'Clears the pattern when this much more of the activity falls on Monday-Friday in the claimed zone than at the UTC+8/+9 offset: the person keeps the local week. 1 turns the weekday test off.',
  ),
  minEvents: countOption(20, 'Fewest activity events in the window for the pattern to mean anything.'),
});

// How much more of the activity must fall on the offset's Monday-Friday than on the claimed zone's for
// the week, not just the hours, to fit the far-off business day (a seven-day pattern scores about 0).
const BUSINESS_WEEK_LEAD = 0.05;

const inHours = (h: number, start: number, end: number) =>
  start <= end ? h >= start && h < end : h >= start || h < end;
const offsetLabel = (offset: number) => `UTC${offset >= 0 ? '+' : '-'}${Math.abs(offset)}`;

const tooFewEvents = optionText(
  (minEvents, windowDays) => `at least ${minEvents} activity events in the last ${windowDays} days`,
);

/**
 * Work happens at night in the claimed time zone AND peaks inside a working day at UTC+8/+9. One rule, not
 * two: the off-hours share alone is what night owls, caregivers and global teams produce, and the peak
 * alone is what everyone who really lives at UTC+8/+9 produces; only together do they say "works another
 * zone's day while claiming this one".
 */
export const timezoneSkew = defineRule({
  id: 'timezone-skew',
  meta: {
    description:
      'Most activity falls outside the claimed local working day and peaks in a UTC+8/UTC+9 working day.',
    category: 'activity',
    severity: 'medium',
    weight: 25,
    // One observation of the hours: an always-on account trips both rules.
    group: 'activity-pattern',
    levels: {
      'far-off-business-week': {
        description:
          'The hours fit a UTC+8/+9 working day and the week fits its Monday-Friday better than the claimed zone\u2019s (quiet Asian weekends, busy Sunday evenings locally).',
        likelihoodRatio: 8,
        basis: {
          kind: 'judgement',
          note: 'SEAL and the KnowBe4 case describe workers keeping an Asian business day [S35][S32]; a local night owl rarely also keeps the Asian week, but globally distributed teams can (docs/indicators.md): needs corroboration.',
        },
      },
      'every-day-night-hours': {
        description:
          'The hours fit a UTC+8/+9 working day but the activity runs seven days a week, so the week fits both calendars equally.',
        likelihoodRatio: 2,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'In the Americas a UTC+8/+9 day is a local evening: night owls who work every evening, weekends included, are a known false positive (issue 14), so the hours alone are weak.',
        },
      },
    },
    defaultLevel: 'far-off-business-week',
    presets: ['recommended'],
    // The thresholds are suggested defaults, not sourced figures.
    status: 'experimental',
    options,
    messages: {
      skew: '{{percent}}% of active time over the last {{days}} days ({{events}} events) fell outside {{workday}} in {{zone}}, the claimed time zone, and the daily peak ({{peakUtc}} UTC) sits inside a {{peakDay}} working day at {{offsets}}.',
    },
    requires: ['activity', 'claimed.timeZone'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['beh-timezone-skew'],
    falsePositives: [
      'Night owls and caregivers: cleared when their peak is outside the UTC+8/+9 day (late nights, or evenings in Europe). In the Americas an evening of 19:00-04:00 Eastern IS a UTC+8/+9 working day by the clock; the rule then clears people whose evenings follow the local week (Friday evening, not Sunday evening), but a night owl who works every evening of the week, weekends included, can still match.',
      'Globally distributed teams whose meetings follow Asia-Pacific hours.',
      'Absence of skew is not exculpatory: these workers often work round the clock or a U.S. night shift.',
    ],
    mitigation:
      'Compare with the team\u2019s expected hours, ask the person about their schedule, and look at the login locations for the same hours.',
    references: cite('S35', 'S1'),
  },
  check(profile, context) {
    const zone = profile.claimed?.timeZone as string;
    if (!isKnownTimeZone(zone))
      return context.skip(`a known IANA time zone in claimed.timeZone (not "${zone}")`);
    const o = context.options;
    const events = activityInWindow(profile, context.now, o.windowDays);
    if (events.length < o.minEvents) return context.skip(tooFewEvents(o.minEvents, o.windowDays));
    const local = new Array<number>(24).fill(0);
    const utc = new Array<number>(24).fill(0);
    const clock = localClock(zone);
    for (const { start, minutes } of events) {
      // The offset at the start holds for the whole event (capped at a day): DST changes at night, and a
      // day-long event spreads evenly over the hours anyway.
      const span = Math.min(minutes, MINUTES_PER_DAY);
      addToHourBins(local, clock(start), span);
      addToHourBins(utc, utcMinuteOfDay(new Date(start)), span);
    }
    const total = local.reduce((a, b) => a + b, 0);
    const outside = local.reduce(
      (sum, m, h) => (inHours(h, o.workdayStart, o.workdayEnd) ? sum : sum + m),
      0,
    );
    const share = outside / total;
    if (share < o.minOffHoursShare) return undefined;
    // The peak is the busiest hour after smoothing over its neighbours, so one odd hour does not decide it.
    const smoothed = utc.map(
      (_, h) => (utc[(h + 23) % 24] as number) + (utc[h] as number) + (utc[(h + 1) % 24] as number),
    );
    const peak = smoothed.indexOf(Math.max(...smoothed));
    const offsets = o.peakOffsetsHours.filter((offset) =>
      inHours((((peak + offset) % 24) + 24) % 24, o.peakDayStart, o.peakDayEnd),
    );
    if (offsets.length === 0) return undefined;
    // A Monday-Friday day at UTC+9 falls on Sunday evening to Thursday night in the Americas, while a
    // local night owl's weekday evenings include Friday's. Where the activity keeps the local week
    // clearly better than the Asian one, it is a local schedule, whatever the hours. Where both weeks fit
    // equally (Europe's early mornings, or work every day of the week) the hours decide, as before.
    const weekdays = weekdayShares(events, zone, offsets);
    const shifted = offsets.filter(
      (offset) => weekdays.claimed - (weekdays.atOffset.get(offset) as number) < o.localWeekMargin,
    );
    if (shifted.length === 0) return undefined;
    const keepsFarWeek = shifted.some(
      (offset) => (weekdays.atOffset.get(offset) as number) - weekdays.claimed >= BUSINESS_WEEK_LEAD,
    );
    return context.finding('skew', {
      level: keepsFarWeek ? 'far-off-business-week' : 'every-day-night-hours',
      data: {
        percent: Math.round(share * 100),
        days: o.windowDays,
        events: events.length,
        workday: `${hourLabel(o.workdayStart)}-${hourLabel(o.workdayEnd)}`,
        zone,
        peakUtc: hourLabel(peak),
        peakDay: `${hourLabel(o.peakDayStart)}-${hourLabel(o.peakDayEnd)}`,
        offsets: shifted.map(offsetLabel).join(' and '),
      },
      path: 'activity',
      evidence: {
        share: Math.round(share * 1000) / 1000,
        weekdayShareClaimed: Math.round(weekdays.claimed * 1000) / 1000,
        weekdayShareAtOffsets: Object.fromEntries(
          shifted.map((offset) => [
            offsetLabel(offset),
            Math.round((weekdays.atOffset.get(offset) as number) * 1000) / 1000,
          ]),
        ),
        localMinutesByHour: local,
        utcMinutesByHour: utc,
      },
    });
  },
});
