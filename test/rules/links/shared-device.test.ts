import { sharedDevice } from '../../../src/rules/links/shared-device.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const links = indexOf([
  { id: 'd1', devices: [{ id: 'mac', serial: 'C02XK19AB' }] },
  { id: 'd0', devices: [{ id: 'mac', serial: 'To Be Filled By O.E.M.' }] },
]);

new RuleTester({ defaults: { links } }).run('shared-device', sharedDevice, {
  valid: [
    { name: 'a serial nobody else has', profile: { id: 'x', devices: [{ id: 'mac', serial: 'C02ZZ0001' }] } },
    {
      name: 'a placeholder serial links nobody',
      profile: { id: 'y', devices: [{ id: 'mac', serial: 'To be filled by O.E.M.' }] },
    },
  ],
  invalid: [
    {
      profile: { id: 'd2', devices: [{ id: 'mac', reportedSerial: 'c02-xk1-9ab' }] },
      findings: [
        {
          // Was high before evidence levels: two identities have a common innocent cause (see the level).
          messageId: 'shared',
          severity: 'medium',
          level: 'two-identities',
          path: 'devices[0].reportedSerial',
          related: ['d1'],
          data: { key: '****19AB', count: 2, others: 'd1', organizations: 0 },
        },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's', devices: [{ id: 'mac' }] },
      missing: ['device serials (devices[].serial or devices[].reportedSerial)'],
    },
  ],
});
