import { historyBeforeWorkingAge } from '../../../src/rules/identity/history-before-working-age.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const story = (dateOfBirth: string, employment: Record<string, unknown>) => ({
  id: 'p1',
  dateOfBirth,
  employment,
});

new RuleTester().run('history-before-working-age', historyBeforeWorkingAge, {
  valid: [
    {
      name: 'clear for an ordinary career',
      profile: story('1990-04-12', {
        workHistory: [{ employer: 'Acme', start: '2012-06-01', end: '2016-05-31' }],
        education: [{ institution: 'Ohio State University', graduationYear: 2012 }],
      }),
    },
    {
      name: 'clear for a job that starts on the 16th birthday',
      profile: story('1990-04-12', { workHistory: [{ employer: 'Grocer', start: '2006-04-12' }] }),
    },
    {
      name: 'clear for a graduation in the year the person turns 16',
      profile: story('1990-12-31', {
        education: [{ institution: 'Early College High School', graduationYear: 2006 }],
      }),
    },
    {
      name: 'clear for a summer job at 14 when the organisation lowers the floor',
      profile: story('1990-04-12', { workHistory: [{ employer: 'Pool', start: '2004-06-15' }] }),
      options: { minimumAge: 14 },
    },
    {
      name: 'clear for entries without dates',
      profile: story('1990-04-12', {
        workHistory: [{ employer: 'Acme' }],
        education: [{ institution: 'MIT' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'flags a senior job that starts in childhood on the stated birth date',
      profile: story('2001-03-02', {
        workHistory: [
          { employer: 'Globex', start: '2012-01-09', end: '2019-12-31' },
          { employer: 'Initech', start: '2020-01-06' },
        ],
      }),
      findings: [
        {
          messageId: 'job',
          level: 'before-working-age',
          data: { employer: 'Globex', start: '2012-01-09', dateOfBirth: '2001-03-02', minimumAge: 16 },
          path: 'employment.workHistory[0].start',
          severity: 'medium',
        },
      ],
    },
    {
      name: 'flags a job one day before the 16th birthday',
      profile: story('1990-04-12', { workHistory: [{ employer: 'Grocer', start: '2006-04-11' }] }),
      findings: [{ messageId: 'job', level: 'before-working-age', path: 'employment.workHistory[0].start' }],
    },
    {
      name: 'flags a degree dated before the person could have earned it',
      profile: story('2000-01-01', {
        education: [{ institution: 'State University', graduationYear: 2012 }],
      }),
      findings: [
        {
          messageId: 'graduation',
          level: 'before-working-age',
          data: { institution: 'State University', year: 2012, dateOfBirth: '2000-01-01', minimumAge: 16 },
          path: 'employment.education[0].graduationYear',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a date of birth',
      profile: { id: 'p1', employment: { workHistory: [{ employer: 'Acme', start: '2012-01-01' }] } },
      missing: ['dateOfBirth'],
    },
    {
      name: 'skipped without any history',
      profile: { id: 'p1', dateOfBirth: '1990-04-12' },
      missing: ['employment'],
    },
  ],
});
