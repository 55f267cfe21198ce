import { LINK_INDEX_GAP } from '../../../src/engine/evaluate.js';
import { sharedShippingAddress } from '../../../src/rules/links/shared-shipping-address.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf, ship } from './_lib/index-of.js';

const farm = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `f${i + 1}`,
    organizationId: `o${(i % 3) + 1}`,
    devices: [
      {
        id: 'd',
        shippedTo: ship(
          i % 2 ? '77 W Lake Blvd Apt 3' : '77 West Lake Boulevard #3',
          i % 2 ? '62701-4431' : '62701',
        ),
      },
    ],
  }));
/** The same farm, its laptops signing in from one residential line: a second physical tie. */
const farmOnOneLine = (n: number) =>
  farm(n).map((profile, i) => ({
    ...profile,
    id: `g${i + 1}`,
    devices: [{ id: 'd', shippedTo: ship('12 Birch Ln Apt 2') }],
    logins: [{ at: '2026-01-05T15:00:00Z', ip: `73.182.44.${i + 10}` }],
  }));
const links = indexOf([
  ...farm(6),
  ...farmOnOneLine(6),
  {
    id: 'h1',
    name: { full: 'Ana Lima' },
    addresses: [
      { purpose: 'home', ...ship('5 Oak Ave') },
      { purpose: 'shipping', ...ship('5 Oak Ave') },
    ],
  },
  // Two hires' laptops to an address neither lives at; then a third.
  { id: 'e1', devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }] },
  { id: 'e2', devices: [{ id: 'd', shippedTo: ship('40 Mill Road') }] },
  // Two flatmates with different family names who both live there and receive equipment there.
  { id: 'c1', name: { full: 'Amy Cole' }, addresses: [{ purpose: 'home', ...ship('3 Ash Ct') }] },
  { id: 'o1', addresses: [{ purpose: 'shipping', ...ship('9 Pine Rd'), deliveryType: 'commercial' }] },
  { id: 'o2', addresses: [{ purpose: 'shipping', ...ship('9 Pine Road'), deliveryType: 'commercial' }] },
]);
const clusterId = links.clusterOf('f1')?.id;

new RuleTester({ defaults: { links } }).run('shared-shipping-address', sharedShippingAddress, {
  valid: [
    {
      name: 'a flatmate who lives there and receives equipment at home: the shared home is shared-home-address\u2019s finding',
      profile: {
        id: 'c2',
        name: { full: 'Ben Diaz' },
        addresses: [
          { purpose: 'home', ...ship('3 Ash Ct') },
          { purpose: 'shipping', ...ship('3 Ash Court') },
        ],
      },
    },
    {
      name: 'an address nobody else uses',
      profile: { id: 'x', addresses: [{ purpose: 'shipping', ...ship('1 Unique St') }] },
    },
    {
      name: 'a household: same family name, both live there',
      profile: {
        id: 'h2',
        name: { full: 'Rui Lima' },
        addresses: [
          { purpose: 'home', ...ship('5 Oak Ave') },
          { purpose: 'shipping', ...ship('5 Oak Avenue') },
        ],
      },
    },
    {
      name: 'the employer\u2019s declared office is not a finding',
      profile: { id: 'e9', organizationId: 'acme', devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }] },
      organizations: { acme: { offices: ['40 Mill Rd, Springfield, IL 62701'] } },
    },
    {
      name: 'a commercial address shared by three (an office)',
      profile: { id: 'o3', addresses: [{ purpose: 'shipping', ...ship('9 Pine Rd') }] },
    },
  ],
  invalid: [
    {
      name: 'the sixth member of a farm whose laptops sign in from one line is critical',
      profile: farmOnOneLine(6)[0],
      findings: [
        {
          messageId: 'shared',
          path: 'devices[0].shippedTo',
          severity: 'critical',
          level: 'farm-scale',
          related: ['g2', 'g3', 'g4', 'g5', 'g6'],
        },
      ],
    },
    {
      name: 'six identities at one address with nothing else tying them are moderate: a coworking space looks the same',
      profile: farm(6)[0],
      findings: [
        {
          messageId: 'shared',
          path: 'devices[0].shippedTo',
          severity: 'medium',
          level: 'many-uncorroborated',
          related: ['f2', 'f3', 'f4', 'f5', 'f6'],
          data: {
            key: '77 W LK BLVD #3, 62701 US',
            count: 6,
            others: 'f2, f3, f4, f5, f6',
            organizations: 3,
          },
          evidence: { residentCount: 0, shipOnlyCount: 6, commercial: false },
        },
      ],
    },
    {
      name: 'a roommate with another family name is weak',
      profile: {
        id: 'r1',
        name: { full: 'Tom Reed' },
        addresses: [{ purpose: 'shipping', ...ship('5 Oak Ave') }],
      },
      findings: [
        {
          messageId: 'shared',
          severity: 'low',
          level: 'two-identities',
          related: ['h1'],
          data: { key: '5 OAK AVE, 62701 US', count: 2, others: 'h1', organizations: 0 },
        },
      ],
    },
    {
      name: 'a third identity shipping where two others live elsewhere, with no other tie, is moderate',
      profile: { id: 'e3', devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }] },
      findings: [
        { messageId: 'shared', severity: 'medium', level: 'several-living-elsewhere', related: ['e1', 'e2'] },
      ],
    },
    {
      name: 'a third identity shipping there and paid into the same account as the others is strong',
      profile: {
        id: 'e3',
        devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }],
        payroll: { accounts: [{ routingNumber: '011000015', accountNumber: '99887766' }] },
      },
      links: indexOf([
        {
          id: 'e1',
          devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }],
          payroll: { accounts: [{ routingNumber: '011000015', accountNumber: '99887766' }] },
        },
        { id: 'e2', devices: [{ id: 'd', shippedTo: ship('40 Mill Road') }] },
      ]),
      findings: [{ messageId: 'shared', severity: 'high', level: 'corroborated', related: ['e1', 'e2'] }],
    },
    {
      name: 'a second identity shipping to an address neither lives at is moderate',
      profile: { id: 'e3', devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }] },
      links: indexOf([{ id: 'e1', devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }] }]),
      findings: [
        { messageId: 'shared', severity: 'medium', level: 'pair-living-elsewhere', related: ['e1'] },
      ],
    },
    {
      name: 'an office elsewhere leaves a shared address a finding',
      profile: { id: 'e4', organizationId: 'acme', devices: [{ id: 'd', shippedTo: ship('40 Mill Rd') }] },
      organizations: { acme: { offices: ['1 Main St, Springfield, IL 62701'] } },
      findings: [
        { messageId: 'shared', severity: 'medium', level: 'several-living-elsewhere', related: ['e1', 'e2'] },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's1', addresses: [{ purpose: 'home', ...ship('1 Unique St') }] },
      missing: ['shipping address (addresses with purpose "shipping" or devices[].shippedTo)'],
    },
    {
      profile: { id: 's2', addresses: [{ purpose: 'shipping', ...ship('1 Unique St') }] },
      links: undefined,
      missing: [LINK_INDEX_GAP],
    } as never,
  ],
});

it('names the cluster in its findings', () => {
  expect(clusterId).toMatch(/^cl-/);
});
