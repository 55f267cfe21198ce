import { ssnReused } from '../../../src/rules/links/ssn-reused.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const ssn = (value: string) => [{ type: 'us-ssn' as const, value }];
const links = indexOf([
  { id: 's1', organizationId: 'o1', name: { full: 'Ana Lima' }, nationalIds: ssn('123-45-6789') },
  { id: 's9', organizationId: 'o1', name: { full: 'Joe Day' }, nationalIds: ssn('987-65-4321') },
  {
    id: 'm1',
    organizationId: 'o1',
    name: { full: 'Lea Roy' },
    nationalIds: ssn('222-33-4444'),
    phones: [{ number: '+14155550101' }],
    emails: [{ address: 'lea.roy@example.com' }],
  },
]);
// Lea Roy's SSN at a second employer, with her own phone (a second job) or with nothing of hers (lent).
const leaAt = (id: string, details: Record<string, unknown>) => ({
  id,
  organizationId: 'o2',
  name: { full: 'Lea Roy' },
  nationalIds: ssn('222-33-4444'),
  ...details,
});

new RuleTester({ defaults: { links } }).run('ssn-reused', ssnReused, {
  valid: [
    { name: 'an SSN nobody else has', profile: { id: 'x', nationalIds: ssn('111-22-3333') } },
    {
      name: 'a duplicate record: same name, same organisation',
      profile: {
        id: 's1-hris',
        organizationId: 'o1',
        name: { full: 'Ana Lima' },
        nationalIds: ssn('123456789'),
      },
    },
  ],
  invalid: [
    {
      name: 'one SSN under another name is critical',
      profile: {
        id: 's2',
        organizationId: 'o2',
        name: { full: 'Kim Park' },
        nationalIds: ssn('123 45 6789'),
      },
      findings: [
        {
          messageId: 'differentNames',
          severity: 'critical',
          level: 'different-names',
          path: 'nationalIds[0]',
          related: ['s1'],
          data: { key: '***-**-6789', others: 's1', names: 2 },
        },
      ],
    },
    {
      // Was high before evidence levels: with no contact details to compare, a second job and a lent
      // identity look alike, so it now needs corroboration.
      name: 'one identity at two organisations with nothing to compare is medium',
      profile: { id: 's3', organizationId: 'o3', name: { full: 'Joe Day' }, nationalIds: ssn('987-65-4321') },
      findings: [
        {
          messageId: 'severalOrganizations',
          severity: 'medium',
          level: 'details-unknown',
          related: ['s9'],
          data: { key: '***-**-4321', others: 's9', organizations: 2 },
        },
      ],
    },
    {
      name: 'one person with the same phone at a second employer is weak (over-employment)',
      profile: leaAt('m2', { phones: [{ number: '(415) 555-0101' }] }),
      findings: [
        {
          messageId: 'severalOrganizations',
          severity: 'low',
          level: 'same-person-several-jobs',
          related: ['m1'],
          data: { key: '***-**-4444', others: 'm1', organizations: 2 },
        },
      ],
    },
    {
      name: 'the same name with other contact details at a second employer is high (a lent identity)',
      profile: leaAt('m3', {
        phones: [{ number: '+14155550199' }],
        emails: [{ address: 'l.roy.dev@example.net' }],
      }),
      findings: [
        {
          messageId: 'severalOrganizations',
          severity: 'high',
          level: 'different-details',
          related: ['m1'],
          data: { key: '***-**-4444', others: 'm1', organizations: 2 },
        },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's', nationalIds: [{ type: 'other', value: 'X1' }] },
      missing: ['SSN (nationalIds with type "us-ssn")'],
    },
  ],
});
