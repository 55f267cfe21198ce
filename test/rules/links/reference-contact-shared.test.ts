import { referenceContactShared } from '../../../src/rules/links/reference-contact-shared.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const links = indexOf([
  // Another applicant whose own number and mailbox a farm candidate gives as a reference.
  {
    id: 'a1',
    name: { full: 'Ari Applicant' },
    phones: [{ number: '+1 415 555 0101' }],
    emails: [{ address: 'ari.applicant@gmail.com' }],
  },
  // A facilitator's number given for two different front companies.
  {
    id: 'f1',
    name: { full: 'Farm One' },
    references: [{ name: 'Sam Lee', phone: '+1 646 555 0199', employer: 'Bluepeak Solutions' }],
  },
  {
    id: 'f2',
    name: { full: 'Farm Two' },
    references: [{ name: 'Sam Lee', phone: '+1 646 555 0199', employer: 'Orbital Data LLC' }],
  },
  // A former manager who vouches for two people from one old team.
  {
    id: 't1',
    name: { full: 'Team One' },
    references: [{ name: 'Pat Boss', email: 'pat.boss@acme.example', employer: 'Acme Corp' }],
  },
  {
    id: 't2',
    name: { full: 'Team Two' },
    references: [{ name: 'Pat Boss', email: 'Pat.Boss@acme.example', employer: 'ACME Corporation' }],
  },
]);

new RuleTester({ defaults: { links } }).run('reference-contact-shared', referenceContactShared, {
  valid: [
    {
      name: 'a reference no one else gives',
      profile: { id: 'v1', references: [{ name: 'Jo', phone: '+1 212 555 0177', employer: 'Globex' }] },
    },
    {
      name: 'the candidate\u2019s own number in a reference (reference-contact-weak reports it)',
      profile: {
        id: 'v2',
        phones: [{ number: '+1 415 555 0101' }],
        references: [{ phone: '(415) 555-0101' }],
      },
    },
    {
      name: 'the same person\u2019s other record under one name',
      profile: {
        id: 'v3',
        name: { full: 'Ari Applicant' },
        references: [{ phone: '+1 415 555 0101' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a reference who is another applicant',
      profile: {
        id: 'c1',
        name: { full: 'Cam Candidate' },
        references: [{ name: 'Ari', email: 'Ari.Applicant@gmail.com' }],
      },
      findings: [
        {
          messageId: 'anotherApplicant',
          severity: 'high',
          level: 'another-applicant',
          path: 'references[0].email',
          related: ['a1'],
          data: { reference: '"Ari"', contact: 'e-mail address', key: 'a***@gmail.com', others: 'a1' },
        },
      ],
    },
    {
      name: 'a facilitator number given for several employers',
      profile: {
        id: 'f3',
        name: { full: 'Farm Three' },
        references: [{ name: 'Sam', phone: '646-555-0199', employer: 'Bluepeak Solutions' }],
      },
      findings: [
        {
          messageId: 'anotherReference',
          severity: 'high',
          level: 'another-applicants-reference',
          path: 'references[0].phone',
          related: ['f1', 'f2'],
          data: { reference: '"Sam"', contact: 'phone number', key: '+1***0199', others: 'f1, f2' },
        },
      ],
    },
    {
      name: 'a former manager of several applicants at one employer is context only',
      profile: {
        id: 't3',
        name: { full: 'Team Three' },
        references: [{ email: 'pat.boss@acme.example', employer: 'Acme Corp.' }],
      },
      findings: [
        {
          messageId: 'sameEmployer',
          severity: 'info',
          level: 'same-employer-reference',
          path: 'references[0].email',
          related: ['t1', 't2'],
          data: {
            reference: 'reference 1',
            contact: 'e-mail address',
            key: 'p***@acme.example',
            others: 't1, t2',
          },
        },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's', references: [{ name: 'No Contact' }] },
      missing: ['reference phone numbers or e-mail addresses (references[].phone, .email)'],
    },
  ],
});
