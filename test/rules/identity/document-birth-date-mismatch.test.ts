import { documentBirthDateMismatch } from '../../../src/rules/identity/document-birth-date-mismatch.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const person = (dateOfBirth: string, onDocument: string) => ({
  id: 'p1',
  dateOfBirth,
  documents: [{ type: 'drivers-license', issuingRegion: 'OH', dateOfBirth: onDocument }],
});

new RuleTester().run('document-birth-date-mismatch', documentBirthDateMismatch, {
  valid: [
    { name: 'clear when the dates agree', profile: person('1990-04-12', '1990-04-12') },
    {
      name: 'clear when the document has no date of birth',
      profile: {
        id: 'p1',
        dateOfBirth: '1990-04-12',
        documents: [{ type: 'passport' }, { type: 'passport', dateOfBirth: '1990-04-12' }],
      },
    },
  ],
  invalid: [
    {
      name: 'flags a different date of birth',
      profile: person('1990-04-12', '1996-09-30'),
      findings: [
        {
          messageId: 'differs',
          level: 'different-date',
          data: {
            document: 'driver\u2019s license (OH)',
            documentDate: '1996-09-30',
            profileDate: '1990-04-12',
          },
          path: 'documents[0].dateOfBirth',
          severity: 'high',
          evidence: { swapped: false },
        },
      ],
    },
    {
      name: 'reports swapped day and month at low severity',
      profile: person('1990-04-12', '1990-12-04'),
      findings: [
        { messageId: 'swapped', level: 'day-month-swapped', severity: 'low', evidence: { swapped: true } },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a profile date of birth',
      profile: { id: 'p1', documents: [{ type: 'passport', dateOfBirth: '1990-04-12' }] },
      missing: ['dateOfBirth'],
    },
    {
      name: 'skipped without a document date of birth',
      profile: { id: 'p1', dateOfBirth: '1990-04-12', documents: [{ type: 'passport' }] },
      missing: ['documents[].dateOfBirth'],
    },
  ],
});
