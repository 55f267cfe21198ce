import { referenceContactWeak } from '../../../src/rules/hiring/reference-contact-weak.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const candidate = {
  id: 'c1',
  claimed: { country: 'US' },
  phones: [{ number: '+1 415 555 0101' }],
  emails: [{ address: 'ana.lima@gmail.com' }],
};

new RuleTester().run('reference-contact-weak', referenceContactWeak, {
  valid: [
    {
      name: 'a reference at the company\u2019s own domain',
      profile: {
        ...candidate,
        references: [
          { name: 'Sam Lee', email: 'sam@contoso.example', employerWebsite: 'https://contoso.example' },
        ],
      },
    },
    {
      name: 'a reference on webmail for an employer with no website given',
      profile: { ...candidate, references: [{ name: 'Sam Lee', email: 'samlee@gmail.com' }] },
    },
  ],
  invalid: [
    {
      name: 'a reference who answers on the candidate\u2019s own phone is high',
      profile: { ...candidate, references: [{ name: 'Sam Lee', phone: '(415) 555-0101' }] },
      findings: [
        {
          messageId: 'candidateContact',
          severity: 'high',
          level: 'candidate-contact',
          path: 'references[0].phone',
          message:
            'Reference "Sam Lee" gives the candidate\u2019s own phone number. A reference reached through the candidate is not an independent check.',
        },
      ],
    },
    {
      name: 'with no claimed country, a nationally written number is read as the link index reads it (US)',
      profile: {
        id: 'c2',
        phones: [{ number: '+1 415 555 0101' }],
        references: [{ name: 'Sam Lee', phone: '(415) 555-0101' }],
      },
      findings: [{ messageId: 'candidateContact', level: 'candidate-contact', path: 'references[0].phone' }],
    },
    {
      name: 'the candidate\u2019s own mailbox, spelled with dots and a tag',
      profile: { ...candidate, references: [{ email: 'analima+ref@gmail.com' }] },
      findings: [
        {
          messageId: 'candidateContact',
          severity: 'high',
          level: 'candidate-contact',
          path: 'references[0].email',
          data: { reference: 'reference 1', contact: 'e-mail address' },
        },
      ],
    },
    {
      name: 'webmail for a company with its own website is weak',
      profile: {
        ...candidate,
        references: [
          {
            name: 'Sam Lee',
            email: 'samlee@yahoo.com',
            employer: 'Contoso',
            employerWebsite: 'www.contoso.example',
          },
        ],
      },
      findings: [
        {
          messageId: 'webmail',
          severity: 'low',
          level: 'webmail-for-company',
          path: 'references[0].email',
          message:
            'Reference "Sam Lee" speaks for "Contoso" (contoso.example) from a free webmail address at yahoo.com.',
          evidence: { mailDomain: 'yahoo.com', employerDomain: 'contoso.example' },
        },
      ],
    },
  ],
  skipped: [{ profile: { id: 's' }, missing: ['references'] }],
});
