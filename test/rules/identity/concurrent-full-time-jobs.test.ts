import { concurrentFullTimeJobs } from '../../../src/rules/identity/concurrent-full-time-jobs.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const history = (...workHistory: Record<string, unknown>[]) => ({ id: 'p1', employment: { workHistory } });
const job = (employer: string, start: string, end?: string, fullTime = true) => ({
  employer,
  start,
  end,
  fullTime,
});

new RuleTester({ defaults: { now: '2026-01-15T12:00:00Z' } }).run(
  'concurrent-full-time-jobs',
  concurrentFullTimeJobs,
  {
    valid: [
      {
        name: 'clear for consecutive jobs',
        profile: history(job('Acme', '2018-01-01', '2020-12-31'), job('Globex', '2021-01-04')),
      },
      {
        name: 'clear for a handover overlap shorter than the threshold',
        profile: history(job('Acme', '2018-01-01', '2021-01-31'), job('Globex', '2021-01-04')),
      },
      {
        name: 'clear for a part-time job alongside a full-time one (moonlighting)',
        profile: history(job('Acme', '2018-01-01'), job('Weekend Tutoring', '2019-01-01', undefined, false)),
      },
      {
        name: 'clear for an overlap under a raised threshold',
        profile: history(job('Acme', '2018-01-01', '2020-12-31'), job('Globex', '2020-09-01')),
        options: { minOverlapDays: 180 },
      },
    ],
    invalid: [
      {
        name: 'flags an overlap of a few months as weak',
        profile: history(job('Acme', '2020-01-01', '2021-03-31'), job('Globex', '2021-01-01')),
        findings: [
          {
            messageId: 'overlap',
            level: 'overlap-months',
            severity: 'low',
            data: { first: 'Acme', second: 'Globex', days: 89 },
          },
        ],
      },
      {
        name: 'flags two full-time jobs held at once for months',
        profile: history(job('Acme', '2023-01-02'), job('Globex', '2024-03-01', '2025-03-01')),
        findings: [
          {
            messageId: 'overlap',
            level: 'overlap-over-six-months',
            data: { first: 'Acme', second: 'Globex', days: 365 },
            path: 'employment.workHistory[1]',
            severity: 'medium',
            evidence: { entries: [0, 1], overlapDays: 365 },
          },
        ],
      },
      {
        name: 'flags every overlapping pair of three current jobs',
        profile: history(
          job('Acme', '2025-01-01'),
          job('Globex', '2025-02-01'),
          job('Initech', '2025-03-01'),
        ),
        findings: [
          {
            messageId: 'overlap',
            level: 'overlap-over-six-months',
            data: { first: 'Acme', second: 'Globex', days: 348 },
          },
          {
            messageId: 'overlap',
            level: 'overlap-over-six-months',
            data: { first: 'Acme', second: 'Initech', days: 320 },
          },
          {
            messageId: 'overlap',
            level: 'overlap-over-six-months',
            data: { first: 'Globex', second: 'Initech', days: 320 },
          },
        ],
      },
    ],
    skipped: [
      {
        name: 'skipped without work history',
        profile: { id: 'p1', employment: {} },
        missing: ['employment.workHistory'],
      },
      {
        name: 'skipped when no entry says whether it was full-time',
        profile: history(
          { employer: 'Acme', start: '2023-01-02' },
          { employer: 'Globex', start: '2024-03-01' },
        ),
        missing: ['employment.workHistory[].fullTime'],
      },
    ],
  },
);
