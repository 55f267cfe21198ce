import { referredByFlaggedProfile } from '../../../src/rules/links/referred-by-flagged-profile.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf, ship } from './_lib/index-of.js';

const bank = { accounts: [{ routingNumber: '021000021', accountNumber: '555012345' }] };
const links = indexOf([
  { id: 'f1', name: { full: 'Ana Lima' }, payroll: bank },
  { id: 'f2', name: { full: 'Joe Day' }, payroll: bank },
  { id: 'ref', name: { full: 'Kim Park' }, phones: [{ number: '+1 415 555 2671' }] },
  { id: 'mom', name: { full: 'Eva Reed' }, addresses: [{ purpose: 'home', ...ship('5 Oak Ave') }] },
  { id: 'ok', name: { full: 'Lee Fox' } },
]);
const cluster = links.clusterOf('f1');

new RuleTester({ defaults: { links } }).run('referred-by-flagged-profile', referredByFlaggedProfile, {
  valid: [
    { name: 'a referrer with no ties', profile: { id: 'x', referredBy: 'ok' } },
    { name: 'a referrer unknown to the index', profile: { id: 'y', referredBy: 'nobody' } },
    {
      name: 'a relative at the same home (household)',
      profile: {
        id: 'son',
        name: { full: 'Tom Reed' },
        referredBy: 'mom',
        addresses: [{ purpose: 'home', ...ship('5 Oak Ave') }],
      },
    },
    {
      name: 'below a raised suspicion threshold',
      profile: { id: 'z', referredBy: 'f1' },
      options: { minSuspicion: 90 },
    },
  ],
  invalid: [
    {
      profile: { id: 'new', referredBy: 'f2' },
      findings: [
        {
          // Was high before evidence levels: the referrer's cluster has a high tie, not a critical one.
          messageId: 'referrerInCluster',
          severity: 'medium',
          level: 'referrer-in-cluster',
          path: 'referredBy',
          related: ['f2'],
          data: { referrer: 'f2', size: 2, suspicion: cluster?.suspicion as number },
        },
      ],
    },
    {
      profile: { id: 'new2', referredBy: 'ref', phones: [{ number: '(415) 555-2671' }] },
      findings: [
        {
          messageId: 'sharesKey',
          level: 'shares-key',
          severity: 'medium',
          related: ['ref'],
          data: { referrer: 'ref', attributes: 'phone number' },
        },
      ],
    },
  ],
  skipped: [{ profile: { id: 's' }, missing: ['referredBy'] }],
});
