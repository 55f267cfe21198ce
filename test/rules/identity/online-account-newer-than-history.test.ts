import { onlineAccountNewerThanHistory } from '../../../src/rules/identity/online-account-newer-than-history.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const person = (onlinePresence: Record<string, unknown>[], start = '2014-06-01') => ({
  id: 'p1',
  employment: {
    workHistory: [
      { employer: 'Acme', start },
      { employer: 'Globex', start: '2019-02-01' },
    ],
  },
  onlinePresence,
});

new RuleTester({ defaults: { now: '2026-01-15T12:00:00Z' } }).run(
  'online-account-newer-than-history',
  onlineAccountNewerThanHistory,
  {
    valid: [
      {
        name: 'clear for an account opened early in the career',
        profile: person([{ platform: 'GitHub', handle: 'jdoe', createdAt: '2015-03-10' }]),
      },
      {
        name: 'clear for an account opened late but long ago (it has its own history)',
        profile: person([{ platform: 'github', handle: 'jdoe', createdAt: '2021-05-01' }]),
      },
      {
        name: 'clear for a career that predates GitHub (gap counted from the launch)',
        profile: person([{ platform: 'GitHub', handle: 'old', createdAt: '2009-01-01' }], '1995-01-01'),
      },
      {
        name: 'clear for other platforms',
        profile: person([{ platform: 'Mastodon', handle: 'x', createdAt: '2025-06-01' }]),
      },
      {
        name: 'clear for a new account with a short career',
        profile: {
          id: 'p1',
          employment: { workHistory: [{ employer: 'Acme', start: '2022-01-01' }] },
          onlinePresence: [{ platform: 'LinkedIn', createdAt: '2025-06-01' }],
        },
      },
    ],
    invalid: [
      {
        name: 'flags a GitHub account opened last year for a career that began eleven years ago',
        profile: person([{ platform: 'GitHub', handle: 'dev-star', createdAt: '2025-08-20T10:00:00Z' }]),
        findings: [
          {
            messageId: 'newer',
            level: 'new-account',
            data: {
              platform: 'GitHub',
              handle: 'dev-star',
              createdAt: '2025-08-20',
              years: 11,
              historyStart: '2014-06-01',
            },
            path: 'onlinePresence[0].createdAt',
            severity: 'low',
            evidence: { gapYears: 11.2, historyStart: '2014-06-01' },
          },
        ],
      },
      {
        name: 'flags a new LinkedIn account and counts from the launch date for a long career',
        profile: person([{ platform: 'LinkedIn', createdAt: '2025-01-10' }], '1999-01-01'),
        findings: [
          {
            messageId: 'newer',
            level: 'new-account',
            data: {
              platform: 'LinkedIn',
              handle: '(no handle)',
              createdAt: '2025-01-10',
              years: 21,
              historyStart: '2003-05-05',
            },
          },
        ],
      },
      {
        name: 'honours a smaller gap option',
        profile: person([{ platform: 'GitHub', handle: 'jdoe', createdAt: '2024-01-01' }], '2021-01-01'),
        options: { maxGapYears: 2 },
        findings: [
          {
            messageId: 'newer',
            level: 'new-account',
            data: {
              platform: 'GitHub',
              handle: 'jdoe',
              createdAt: '2024-01-01',
              years: 4,
              historyStart: '2019-02-01',
            },
          },
        ],
      },
    ],
    skipped: [
      {
        name: 'skipped without account dates',
        profile: person([{ platform: 'GitHub', handle: 'jdoe' }]),
        missing: ['onlinePresence[].createdAt'],
      },
      {
        name: 'skipped when no job has a start date',
        profile: {
          id: 'p1',
          employment: { workHistory: [{ employer: 'Acme' }] },
          onlinePresence: [{ platform: 'GitHub', createdAt: '2025-01-01' }],
        },
        missing: ['employment.workHistory[].start'],
      },
    ],
  },
);
