import { sharedEmail } from '../../../src/rules/links/shared-email.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const links = indexOf([{ id: 'e1', emails: [{ address: 'dev.ops.pro@gmail.com' }] }]);

new RuleTester({ defaults: { links } }).run('shared-email', sharedEmail, {
  valid: [
    { name: 'another mailbox', profile: { id: 'x', emails: [{ address: 'devopspro@example.com' }] } },
    {
      name: 'dots matter outside Gmail',
      profile: { id: 'y', emails: [{ address: 'dev.ops.pro@example.com' }] },
    },
  ],
  invalid: [
    {
      name: 'Gmail ignores dots and +tags',
      profile: { id: 'e2', emails: [{ address: 'DevOpsPro+hr@googlemail.com' }] },
      findings: [
        {
          // Was high before evidence levels: two identities have a common innocent cause (see the level).
          messageId: 'shared',
          severity: 'medium',
          level: 'two-identities',
          path: 'emails[0]',
          related: ['e1'],
          data: { key: 'd***@gmail.com', count: 2, others: 'e1', organizations: 0 },
        },
      ],
    },
  ],
  skipped: [{ profile: { id: 's' }, missing: ['e-mail addresses (emails)'] }],
});
