import { sharedHomeAddress } from '../../../src/rules/links/shared-home-address.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf, ship } from './_lib/index-of.js';

const home = (line1: string) => ({ purpose: 'home' as const, ...ship(line1) });
const links = indexOf([
  { id: 'h1', name: { full: 'Ana Lima' }, addresses: [home('5 Oak Ave')] },
  { id: 'h2', name: { full: 'Rui Lima' }, addresses: [home('5 Oak Avenue')] },
  { id: 'a1', name: { full: 'Kim Park' }, addresses: [home('8 Elm St')] },
  { id: 'a2', name: { full: 'Lee Fox' }, addresses: [home('8 Elm Street')] },
  { id: 'a3', name: { full: 'Joe Day' }, devices: [{ id: 'd', shippedTo: ship('8 Elm St') }] },
]);

new RuleTester({ defaults: { links } }).run('shared-home-address', sharedHomeAddress, {
  valid: [
    {
      name: 'a third family member at home is a household',
      profile: { id: 'h3', name: { full: 'Eva Lima' }, addresses: [home('5 Oak Ave')] },
    },
    {
      name: 'the same person on a second record (same name)',
      profile: { id: 'h1-old', name: { full: 'Ana Lima' }, addresses: [home('5 Oak Ave')] },
    },
  ],
  invalid: [
    {
      name: 'a flatmate with another family name is a weak co-resident finding',
      profile: { id: 'h4', name: { full: 'Tom Reed' }, addresses: [home('5 Oak Ave')] },
      findings: [{ messageId: 'shared', severity: 'low', level: 'co-residents', related: ['h1', 'h2'] }],
    },
    {
      // Was high before evidence levels: three of the four live there, a shared house's shape.
      name: 'a fourth person at a home where three live and one ships a laptop is weak: shared houses are common',
      profile: { id: 'a4', name: { full: 'Max Roe' }, addresses: [home('8 Elm St.')] },
      findings: [
        {
          messageId: 'shared',
          severity: 'low',
          level: 'shared-house',
          path: 'addresses[0]',
          related: ['a1', 'a2', 'a3'],
          data: { key: '8 ELM ST, 62701 US', count: 4, others: 'a1, a2, a3', organizations: 0 },
          evidence: { residentCount: 3, shipOnlyCount: 1 },
        },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's', phones: [{ number: '+14155552671' }] },
      missing: ['home address (addresses with purpose "home")'],
    },
  ],
});
