import { reusedPhoto } from '../../../src/rules/links/reused-photo.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const links = indexOf([{ id: 'f1', name: { full: 'Ana Lima' }, photoHash: 'a1b2c3d4e5f60718' }]);

new RuleTester({ defaults: { links } }).run('reused-photo', reusedPhoto, {
  valid: [
    { name: 'another photo', profile: { id: 'x', photoHash: 'ffffeeee00001111' } },
    {
      name: 'the same person on a second record',
      profile: { id: 'f1-ats', name: { full: 'Ana Lima' }, photoHash: 'a1b2c3d4e5f60718' },
    },
  ],
  invalid: [
    {
      profile: { id: 'f2', name: { full: 'Joe Day' }, photoHash: 'A1:B2:C3:D4:E5:F6:07:18' },
      findings: [
        {
          // Was high before evidence levels: two identities have a common innocent cause (see the level).
          messageId: 'shared',
          severity: 'medium',
          level: 'two-identities',
          path: 'photoHash',
          related: ['f1'],
          data: { key: 'photo a1b2c3d4', count: 2, others: 'f1', organizations: 0 },
        },
      ],
    },
  ],
  skipped: [{ profile: { id: 's' }, missing: ['photo hash (photoHash)'] }],
});
