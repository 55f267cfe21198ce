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
const links = indexOf([
  ...farm(6),
  {
    id: 'h1',
    name: { full: 'Ana Lima' },
    addresses: [
      { purpose: 'home', ...ship('5 Oak Ave') },
      { purpose: 'shipping', ...ship('5 Oak Ave') },
    ],
  },
  { id: 'o1', addresses: [{ purpose: 'shipping', ...ship('9 Pine Rd'), deliveryType: 'commercial' }] },
  { id: 'o2', addresses: [{ purpose: 'shipping', ...ship('9 Pine Road'), deliveryType: 'commercial' }] },
]);
const clusterId = links.clusterOf('f1')?.id;

new RuleTester({ defaults: { links } }).run('shared-shipping-address', sharedShippingAddress, {
  valid: [
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
      name: 'a commercial address shared by three (an office)',
      profile: { id: 'o3', addresses: [{ purpose: 'shipping', ...ship('9 Pine Rd') }] },
    },
  ],
  invalid: [
    {
      name: 'the sixth member of a farm is critical',
      profile: farm(6)[0],
      findings: [
        {
          messageId: 'shared',
          path: 'devices[0].shippedTo',
          severity: 'critical',
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
      name: 'a roommate with another family name is medium',
      profile: {
        id: 'r1',
        name: { full: 'Tom Reed' },
        addresses: [{ purpose: 'shipping', ...ship('5 Oak Ave') }],
      },
      findings: [
        {
          messageId: 'shared',
          severity: 'medium',
          related: ['h1'],
          data: { key: '5 OAK AVE, 62701 US', count: 2, others: 'h1', organizations: 0 },
        },
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
