import { ssnReused } from '../../../src/rules/links/ssn-reused.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const ssn = (value: string) => [{ type: 'us-ssn' as const, value }];
const links = indexOf([
  { id: 's1', organizationId: 'o1', name: { full: 'Ana Lima' }, nationalIds: ssn('123-45-6789') },
  { id: 's9', organizationId: 'o1', name: { full: 'Joe Day' }, nationalIds: ssn('987-65-4321') },
]);

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
          path: 'nationalIds[0]',
          related: ['s1'],
          data: { key: '***-**-6789', others: 's1', names: 2 },
        },
      ],
    },
    {
      name: 'one identity at two organisations is high',
      profile: { id: 's3', organizationId: 'o3', name: { full: 'Joe Day' }, nationalIds: ssn('987-65-4321') },
      findings: [
        {
          messageId: 'severalOrganizations',
          severity: 'high',
          related: ['s9'],
          data: { key: '***-**-4321', others: 's9', organizations: 2 },
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
