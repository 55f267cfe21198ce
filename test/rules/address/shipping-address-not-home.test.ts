import { shippingAddressNotHome } from '../../../src/rules/address/shipping-address-not-home.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const home = {
  purpose: 'home',
  line1: '88 Oak Avenue',
  city: 'Tulsa',
  region: 'OK',
  postalCode: '74103',
} as const;
const farm = {
  line1: '1420 Ridgeview Dr Apt 3',
  city: 'Nashville',
  region: 'TN',
  postalCode: '37211',
} as const;

const OFFICE = { line1: '500 Market St', city: 'Tulsa', region: 'OK', postalCode: '74103' } as const;

new RuleTester().run('shipping-address-not-home', shippingAddressNotHome, {
  valid: [
    {
      name: 'clear when the shipping address is the home address typed differently',
      profile: {
        id: 'p1',
        addresses: [
          home,
          {
            purpose: 'shipping',
            line1: '88 OAK AVE.',
            city: 'TULSA',
            region: 'Oklahoma',
            postalCode: '74103-2201',
          },
        ],
      },
    },
    {
      name: 'clear when the laptop was shipped to the home address',
      profile: {
        id: 'p2',
        addresses: [home],
        devices: [
          {
            id: 'LT-1',
            shippedTo: { line1: '88 Oak Ave', city: 'Tulsa', region: 'OK', postalCode: '74103' },
          },
        ],
      },
    },
    {
      name: 'clear when a second home address (a move) is the shipping address',
      profile: {
        id: 'p3',
        addresses: [
          home,
          { purpose: 'home', ...farm },
          {
            purpose: 'shipping',
            line1: '1420 Ridgeview Drive #3',
            city: 'Nashville',
            region: 'TN',
            postalCode: '37211',
          },
        ],
      },
    },
    {
      name: 'clear when the laptop goes to an address validated as commercial (an office)',
      profile: {
        id: 'p10',
        addresses: [
          home,
          {
            purpose: 'shipping',
            line1: '500 Market St Fl 4',
            city: 'Tulsa',
            region: 'OK',
            postalCode: '74103',
            deliveryType: 'commercial',
          },
        ],
      },
    },
    {
      name: 'clear when the laptop goes to an office the organisation declared',
      profile: {
        id: 'p7',
        organizationId: 'org-acme',
        addresses: [home, { purpose: 'shipping', ...OFFICE, line2: 'Suite 400' }],
      },
      organizations: { 'org-acme': { offices: [OFFICE] } },
    },
    {
      name: 'clear for a declared office even when flagCommercial is on',
      profile: {
        id: 'p9',
        addresses: [home, { purpose: 'shipping', ...OFFICE, deliveryType: 'commercial' }],
      },
      options: { flagCommercial: true },
      organizations: { '*': { offices: ['500 Market St, Tulsa, OK 74103'] } },
    },
  ],
  invalid: [
    {
      name: 'flags a commercial destination when flagCommercial is on',
      profile: {
        id: 'p11',
        addresses: [
          home,
          {
            purpose: 'shipping',
            line1: '500 Market St Fl 4',
            city: 'Tulsa',
            region: 'OK',
            postalCode: '74103',
            deliveryType: 'commercial',
          },
        ],
      },
      options: { flagCommercial: true },
      findings: [
        { messageId: 'differs', path: 'addresses[1]', severity: 'low', level: 'commercial-elsewhere' },
      ],
    },
    {
      name: 'flags a shipping address that is not the home address',
      profile: { id: 'p4', addresses: [home, { purpose: 'shipping', ...farm, deliveryType: 'residential' }] },
      findings: [
        {
          messageId: 'differs',
          data: {
            shipping: '1420 Ridgeview Dr Apt 3, Nashville, TN 37211',
            home: '88 Oak Avenue, Tulsa, OK 74103',
          },
          path: 'addresses[1]',
          severity: 'medium',
          level: 'residential-elsewhere',
          evidence: { shippingKey: 'US|37211|1420||RIDGEVIEW|DR||#|3', deliveryType: 'residential' },
        },
      ],
    },
    {
      name: 'flags a device shipped elsewhere, and reports one address once however often it recurs',
      profile: {
        id: 'p5',
        addresses: [home, { purpose: 'shipping', ...farm }],
        devices: [
          {
            id: 'LT-2',
            shippedTo: {
              line1: '1420 RIDGEVIEW DRIVE UNIT 3',
              city: 'Nashville',
              region: 'TN',
              postalCode: '37211',
            },
          },
        ],
      },
      findings: [{ messageId: 'differs', path: 'addresses[1]', level: 'residential-elsewhere' }],
    },
    {
      name: 'flags a destination that is another organisation\u2019s office, not this profile\u2019s',
      profile: {
        id: 'p8',
        organizationId: 'org-other',
        addresses: [home, { purpose: 'shipping', ...OFFICE }],
      },
      organizations: { 'org-acme': { offices: [OFFICE] } },
      findings: [{ messageId: 'differs', path: 'addresses[1]', level: 'residential-elsewhere' }],
    },
    {
      name: 'flags each distinct destination',
      profile: {
        id: 'p6',
        addresses: [home],
        devices: [
          { id: 'LT-3', shippedTo: farm },
          { id: 'LT-4', shippedTo: { line1: '9 Elm St', city: 'Dover', region: 'DE', postalCode: '19901' } },
        ],
      },
      findings: [
        { messageId: 'differs', path: 'devices[0].shippedTo', level: 'residential-elsewhere' },
        {
          messageId: 'differs',
          path: 'devices[1].shippedTo',
          level: 'residential-elsewhere',
          data: { shipping: '9 Elm St, Dover, DE 19901', home: '88 Oak Avenue, Tulsa, OK 74103' },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skips without any address',
      profile: { id: 'p7' },
      missing: ['addresses'],
    },
    {
      name: 'skips without a home address',
      profile: { id: 'p8', addresses: [{ purpose: 'shipping', ...farm }] },
      missing: ['home address (addresses with purpose "home")'],
    },
    {
      name: 'skips without a shipping destination',
      profile: { id: 'p9', addresses: [home] },
      missing: ['shipping address (addresses with purpose "shipping" or devices[].shippedTo)'],
    },
  ],
});
