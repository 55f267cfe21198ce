import { alwaysOnActivity } from '../../../src/rules/activity/always-on-activity.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { utcDays } from './_support.js';

// The default as-of time is 2026-01-15T12:00:00Z; the 14-day window starts 2026-01-01T12:00:00Z.
const tester = new RuleTester();

tester.run('always-on-activity', alwaysOnActivity, {
  valid: [
    {
      name: 'clear for two weeks of 09:00-17:00 days',
      profile: { id: 'p1', activity: utcDays('2026-01-02', 14, 9, 8) },
    },
    {
      name: 'clear for a 23-hour session (under a day)',
      profile: {
        id: 'p2',
        activity: [
          ...utcDays('2026-01-02', 10, 9, 8),
          { at: '2026-01-13T08:00:00Z', durationMinutes: 23 * 60 },
        ],
      },
    },
    {
      name: 'clear when a 20-minute break splits a long run',
      profile: {
        id: 'p3',
        activity: [
          { at: '2026-01-10T00:00:00Z', durationMinutes: 700 },
          { at: '2026-01-10T12:00:00Z', durationMinutes: 700 },
        ],
      },
    },
    {
      name: 'clear for long days long ago (outside the 14-day window)',
      profile: {
        id: 'p4',
        activity: [...utcDays('2025-12-01', 14, 6, 15), ...utcDays('2026-01-05', 5, 9, 8)],
      },
    },
  ],
  invalid: [
    {
      name: 'flags a session of 25 hours',
      profile: {
        id: 'p10',
        activity: [
          ...utcDays('2026-01-02', 5, 9, 8),
          { at: '2026-01-12T03:00:00Z', kind: 'login', durationMinutes: 1500 },
        ],
      },
      findings: [
        {
          messageId: 'continuous',
          data: { hours: 25, start: '2026-01-12T03:00Z' },
          path: 'activity[80]',
          severity: 'medium',
          level: 'continuous-session',
          evidence: { continuousHours: 24, maxGapMinutes: 15 },
        },
      ],
    },
    {
      name: 'flags back-to-back events that add up to more than a day',
      profile: {
        id: 'p11',
        activity: utcDays('2026-01-10', 2, 0, 24).concat([
          { at: '2026-01-12T00:10:00Z', durationMinutes: 5 },
        ]),
      },
      findings: [
        {
          messageId: 'continuous',
          data: { hours: 48.3, start: '2026-01-10T00:00Z' },
          path: 'activity[0]',
          level: 'continuous-session',
        },
      ],
    },
    {
      name: 'flags a median day of 15 hours over two weeks',
      profile: { id: 'p12', activity: utcDays('2026-01-01', 14, 6, 15) },
      findings: [
        {
          messageId: 'longDays',
          data: { days: 14, hours: 15 },
          path: 'activity',
          severity: 'medium',
          level: 'long-days',
          evidence: { dailySpanHours: 14 },
        },
      ],
    },
    {
      name: 'flags 14-hour days that straddle midnight UTC, cutting days at the quietest hour',
      profile: { id: 'p13', activity: utcDays('2026-01-01', 14, 19, 14) },
      findings: [{ messageId: 'longDays', data: { days: 14, hours: 14 }, level: 'long-days' }],
    },
  ],
  skipped: [
    { name: 'skipped without activity', profile: { id: 'p20', activity: [] }, missing: ['activity'] },
    {
      name: 'skipped when no activity falls in the window',
      profile: { id: 'p21', activity: utcDays('2025-11-01', 3, 9, 8) },
      missing: ['activity in the last 14 days'],
    },
  ],
});
