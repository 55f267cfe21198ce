import { sharedPhone } from '../../../src/rules/links/shared-phone.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const links = indexOf(
  [
    { id: 'p1', organizationId: 'o1', phones: [{ number: '+1 415 555 2671' }] },
    { id: 'q1', phones: [{ number: '+1 415 555 3000' }] },
    { id: 'q2', phones: [{ number: '+1 415 555 3000' }] },
    { id: 'a1', phones: [{ number: '+1 800 555 0100' }] },
  ],
  { allowlist: { keys: [{ attribute: 'phone', key: '+18005550100' }] } },
);

new RuleTester({ defaults: { links } }).run('shared-phone', sharedPhone, {
  valid: [
    { name: 'a number nobody else uses', profile: { id: 'x', phones: [{ number: '+1 415 555 9999' }] } },
    { name: 'an allowlisted agency number', profile: { id: 'y', phones: [{ number: '(800) 555-0100' }] } },
  ],
  invalid: [
    {
      profile: { id: 'p2', organizationId: 'o2', phones: [{ number: '(415) 555-2671' }] },
      findings: [
        {
          // Was high before evidence levels: a family phone is a common innocent cause for two.
          messageId: 'shared',
          severity: 'medium',
          level: 'two-identities',
          path: 'phones[0]',
          related: ['p1'],
          data: { key: '+1***2671', count: 2, others: 'p1', organizations: 2 },
        },
      ],
    },
    {
      name: 'a third identity on one number is strong',
      profile: { id: 'q3', phones: [{ number: '415-555-3000' }] },
      findings: [
        { messageId: 'shared', severity: 'high', level: 'several-identities', related: ['q1', 'q2'] },
      ],
    },
  ],
  skipped: [{ profile: { id: 's' }, missing: ['phone numbers (phones)'] }],
});
