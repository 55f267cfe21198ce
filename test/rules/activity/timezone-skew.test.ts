import { makeSkip } from '../../../src/engine/define-rule.js';
import { timezoneSkew } from '../../../src/rules/activity/timezone-skew.js';
import type { Profile } from '../../../src/schema/profile.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { localDays, utcDays, weekdaysAtOffset } from './_support.js';

// Windows of 28 days that straddle a DST change:
// US (8 Mar 2026): now 22 Mar, activity 23 Feb-22 Mar. UK (29 Mar): now 12 Apr, activity 16 Mar-12 Apr.
// Sydney (DST ends 5 Apr): now 19 Apr, activity 23 Mar-19 Apr.
const US_NOW = '2026-03-22T12:00:00Z';
const UK_NOW = '2026-04-12T12:00:00Z';
const AU_NOW = '2026-04-19T12:00:00Z';
const AFTER_US_NOW = '2026-04-12T12:00:00Z';

// 09:00-17:00 in Pyongyang (UTC+9) is 00:00-08:00 UTC.
const PYONGYANG_DAY_US = utcDays('2026-02-23', 28, 0, 8);
const claimed = (timeZone: string) => ({ country: 'US', timeZone });

new RuleTester().run('timezone-skew', timezoneSkew, {
  valid: [
    ...(
      [
        ['America/New_York', US_NOW, '2026-02-23'],
        ['America/Los_Angeles', US_NOW, '2026-02-23'],
        ['America/Phoenix', US_NOW, '2026-02-23'],
        ['Europe/London', UK_NOW, '2026-03-16'],
        ['Australia/Sydney', AU_NOW, '2026-03-23'],
      ] as const
    ).map(([zone, now, first], n) => ({
      name: `clear for 09:00-17:00 office hours in ${zone} across the DST change`,
      profile: { id: `office-${n}`, claimed: claimed(zone), activity: localDays(zone, first, 28, 9, 8) },
      now,
    })),
    {
      name: 'clear for a night owl in London (20:00-02:00 local, peak not in a UTC+8/+9 day)',
      profile: {
        id: 'owl-1',
        claimed: claimed('Europe/London'),
        activity: localDays('Europe/London', '2026-03-16', 28, 20, 6),
      },
      now: UK_NOW,
    },
    {
      name: 'clear for a late-shift worker in New York (13:00-01:00, mostly inside the working day)',
      profile: {
        id: 'owl-2',
        claimed: claimed('America/New_York'),
        activity: localDays('America/New_York', '2026-02-23', 28, 13, 12),
      },
      now: US_NOW,
    },
    {
      name: 'clear for a person in Sydney on a UTC+9-like day (10:00-18:00 AEST is their own working day)',
      profile: {
        id: 'syd-1',
        claimed: claimed('Australia/Sydney'),
        activity: utcDays('2026-03-23', 28, 0, 8),
      },
      now: AU_NOW,
    },
    {
      name: 'clear for a Monday-Friday evening night owl in New York: the hours fit a UTC+8/+9 day, the week does not',
      profile: {
        id: 'owl-ny-weekdays',
        claimed: claimed('America/New_York'),
        activity: localDays('America/New_York', '2026-02-23', 28, 20, 5, true),
      },
      now: US_NOW,
    },
    {
      name: 'clear in Los Angeles before DST: a UTC+9 day is half inside 07:00-20:00 PST/PDT (56%)',
      profile: { id: 'la-1', claimed: claimed('America/Los_Angeles'), activity: PYONGYANG_DAY_US },
      now: US_NOW,
    },
  ],
  invalid: [
    {
      name: 'flags a UTC+9 working day claimed from New York, counting EST and EDT days correctly',
      // EST days (23 Feb-8 Mar UTC dates): 19:00-20:00 EST is inside, 60 of 480 min; EDT days: none inside.
      // (28*480 - 14*60) / (28*480) = 93.75 %.
      profile: { id: 'ny-1', claimed: claimed('America/New_York'), activity: PYONGYANG_DAY_US },
      now: US_NOW,
      findings: [
        {
          messageId: 'skew',
          data: {
            percent: 94,
            days: 28,
            events: 448,
            workday: '07:00-20:00',
            zone: 'America/New_York',
            peakUtc: '01:00',
            peakDay: '09:00-18:00',
            offsets: 'UTC+8 and UTC+9',
          },
          path: 'activity',
          severity: 'low',
          level: 'every-day-night-hours',
          evidence: { share: 0.938 },
        },
      ],
    },
    {
      name: 'flags the same day claimed from Phoenix, which keeps MST (17:00-01:00: 62.5% outside)',
      profile: { id: 'phx-1', claimed: claimed('America/Phoenix'), activity: PYONGYANG_DAY_US },
      now: US_NOW,
      findings: [
        {
          messageId: 'skew',
          data: {
            percent: 63,
            days: 28,
            events: 448,
            workday: '07:00-20:00',
            zone: 'America/Phoenix',
            peakUtc: '01:00',
            peakDay: '09:00-18:00',
            offsets: 'UTC+8 and UTC+9',
          },
          level: 'every-day-night-hours',
        },
      ],
    },
    {
      name: 'flags it from Los Angeles after DST (17:00-01:00 PDT: 62.5% outside)',
      profile: {
        id: 'la-2',
        claimed: claimed('America/Los_Angeles'),
        activity: utcDays('2026-03-16', 28, 0, 8),
      },
      now: AFTER_US_NOW,
      findings: [
        {
          messageId: 'skew',
          data: {
            percent: 63,
            days: 28,
            events: 448,
            workday: '07:00-20:00',
            zone: 'America/Los_Angeles',
            peakUtc: '01:00',
            peakDay: '09:00-18:00',
            offsets: 'UTC+8 and UTC+9',
          },
          level: 'every-day-night-hours',
        },
      ],
    },
    {
      name: 'flags it from London across the start of BST (13 GMT days with 60 min inside, 15 BST days with 120)',
      // (13440 - 13*60 - 15*120) / 13440 = 80.8 %.
      profile: { id: 'uk-1', claimed: claimed('Europe/London'), activity: utcDays('2026-03-16', 28, 0, 8) },
      now: UK_NOW,
      findings: [
        {
          messageId: 'skew',
          data: {
            percent: 81,
            days: 28,
            events: 448,
            workday: '07:00-20:00',
            zone: 'Europe/London',
            peakUtc: '01:00',
            peakDay: '09:00-18:00',
            offsets: 'UTC+8 and UTC+9',
          },
          level: 'every-day-night-hours',
        },
      ],
    },
    {
      name: 'flags a Monday-Friday day at UTC+9 claimed from New York: it starts on Sunday evenings there',
      profile: {
        id: 'ny-weekdays',
        claimed: claimed('America/New_York'),
        activity: weekdaysAtOffset(9, '2026-02-23', 26, 9, 8),
      },
      now: US_NOW,
      findings: [
        {
          messageId: 'skew',
          data: {
            percent: 94,
            days: 28,
            events: 320,
            workday: '07:00-20:00',
            zone: 'America/New_York',
            peakUtc: '01:00',
            peakDay: '09:00-18:00',
            offsets: 'UTC+8 and UTC+9',
          },
          level: 'far-off-business-week',
          severity: 'medium',
          evidence: { weekdayShareClaimed: 0.888, weekdayShareAtOffsets: { 'UTC+8': 1, 'UTC+9': 1 } },
        },
      ],
    },
    {
      name: 'flags an every-evening night owl in New York: a listed false positive, since 20:00-01:00 Eastern is a UTC+8/+9 day and seven-day weeks fit both calendars',
      profile: {
        id: 'owl-ny',
        claimed: claimed('America/New_York'),
        activity: localDays('America/New_York', '2026-02-23', 28, 20, 5),
      },
      now: US_NOW,
      findings: [
        {
          messageId: 'skew',
          data: {
            percent: 100,
            days: 28,
            events: 270,
            workday: '07:00-20:00',
            zone: 'America/New_York',
            peakUtc: '02:00',
            peakDay: '09:00-18:00',
            offsets: 'UTC+8 and UTC+9',
          },
          level: 'every-day-night-hours',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a claimed time zone',
      profile: { id: 's1', activity: PYONGYANG_DAY_US },
      now: US_NOW,
      missing: ['claimed.timeZone'],
    },
    {
      name: 'skipped with too few events in the window',
      profile: { id: 's2', claimed: claimed('America/New_York'), activity: utcDays('2026-03-20', 1, 0, 8) },
      now: US_NOW,
      missing: ['at least 20 activity events in the last 28 days'],
    },
  ],
});

describe('timezone-skew with a zone the runtime does not know', () => {
  it('skips with the reason instead of computing NaN hours', () => {
    // The profile schema refuses unknown zones, so this reaches the rule only from an unvalidated caller.
    const profile = {
      id: 'x',
      claimed: { timeZone: 'Mars/Olympus_Mons' },
      activity: PYONGYANG_DAY_US,
    } as Profile;
    const context = {
      ruleId: 'timezone-skew',
      options: timezoneSkew.meta.options?.parse({}),
      now: new Date(US_NOW),
      links: undefined,
      ip: { get: () => undefined, forLogin: () => undefined },
      finding: () => {
        throw new Error('no finding expected');
      },
      skip: (...missing: string[]) => makeSkip(missing),
    } as unknown as Parameters<typeof timezoneSkew.check>[1];
    expect(timezoneSkew.check(profile, context)).toEqual({
      kind: 'skip',
      missing: ['a known IANA time zone in claimed.timeZone (not "Mars/Olympus_Mons")'],
    });
  });
});
