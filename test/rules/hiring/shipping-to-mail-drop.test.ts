import { shippingToMailDrop } from '../../../src/rules/hiring/shipping-to-mail-drop.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const home = {
  purpose: 'home',
  line1: '12 Oak Street',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

function shipping(fields: Record<string, unknown>) {
  return {
    purpose: 'shipping',
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    country: 'US',
    ...fields,
  };
}

new RuleTester().run('shipping-to-mail-drop', shippingToMailDrop, {
  valid: [
    {
      name: 'clear when equipment goes to a residence',
      profile: {
        id: 'p1',
        addresses: [home, shipping({ line1: '12 Oak Street', deliveryType: 'residential' })],
      },
    },
    {
      name: 'clear for a rural PO box that is also the home address',
      profile: {
        id: 'p1',
        addresses: [
          {
            purpose: 'home',
            line1: 'PO Box 77',
            city: 'Dixon',
            region: 'MT',
            postalCode: '59831',
            country: 'US',
            deliveryType: 'po-box',
          },
          {
            purpose: 'shipping',
            line1: 'P.O. Box 77',
            city: 'Dixon',
            region: 'MT',
            postalCode: '59831',
            country: 'US',
            deliveryType: 'po-box',
          },
        ],
      },
    },
    {
      name: 'clear for a package locker in the home building',
      profile: {
        id: 'p1',
        addresses: [
          { ...home, line1: '400 Lake Avenue', line2: 'Apt 5C' },
          shipping({ line1: '400 Lake Ave', line2: 'Parcel Locker', deliveryType: 'carrier-pickup' }),
        ],
      },
    },
    {
      name: 'clear for a commercial address (an office), which is not a mail drop',
      profile: { id: 'p1', addresses: [shipping({ line1: '1 Commerce Plaza', deliveryType: 'commercial' })] },
    },
    {
      name: 'clear for a coworking space the organisation declared, even when validation calls it a mail drop',
      profile: {
        id: 'p9',
        organizationId: 'org-acme',
        addresses: [home, shipping({ line1: '500 Main Street', line2: 'Ste 210', deliveryType: 'cmra' })],
      },
      organizations: { 'org-acme': { offices: ['500 Main Street, Springfield, IL 62701'] } },
    },
  ],
  invalid: [
    {
      name: 'flags a mailbox store',
      profile: {
        id: 'p2',
        addresses: [home, shipping({ line1: '500 Main Street', line2: 'Ste 210', deliveryType: 'cmra' })],
      },
      findings: [
        {
          messageId: 'drop',
          data: {
            address: '500 Main Street Ste 210, Springfield, IL 62701',
            dropType: 'a commercial mail-receiving agency (a mailbox store)',
          },
          path: 'addresses[1]',
          severity: 'medium',
          level: 'mailbox-or-pickup',
        },
      ],
    },
    {
      name: 'flags a PO box typed without a delivery type',
      profile: { id: 'p2', addresses: [home, shipping({ line1: 'Post Office Box 9' })] },
      findings: [
        {
          messageId: 'drop',
          data: { address: 'Post Office Box 9, Springfield, IL 62701', dropType: 'a PO box' },
          level: 'mailbox-or-pickup',
        },
      ],
    },
    {
      name: 'flags a device shipped to a forwarder abroad and a carrier pickup point once each',
      profile: {
        id: 'p2',
        addresses: [shipping({ line1: '9 Depot Road', deliveryType: 'carrier-pickup' })],
        devices: [
          {
            id: 'LT-1',
            shippedTo: {
              line1: '9 Depot Road',
              city: 'Springfield',
              region: 'IL',
              postalCode: '62701',
              country: 'US',
              deliveryType: 'carrier-pickup',
            },
          },
          {
            id: 'LT-2',
            shippedTo: { line1: '88 Harbour Rd', city: 'Dandong', country: 'CN', deliveryType: 'forwarder' },
          },
        ],
      },
      findings: [
        {
          messageId: 'drop',
          data: {
            address: '9 Depot Road, Springfield, IL 62701',
            dropType: 'a carrier hold-for-pickup location',
          },
          path: 'addresses[0]',
          level: 'mailbox-or-pickup',
        },
        {
          messageId: 'drop',
          data: { address: '88 Harbour Rd, Dandong, CN', dropType: 'a package or freight forwarder' },
          path: 'devices[1].shippedTo',
          level: 'forwarder-or-vacant',
        },
      ],
    },
    {
      name: 'flags a different PO box at the same post office as the home box',
      profile: {
        id: 'p2',
        addresses: [
          {
            purpose: 'home',
            line1: 'PO Box 77',
            city: 'Dixon',
            region: 'MT',
            postalCode: '59831',
            country: 'US',
          },
          {
            purpose: 'shipping',
            line1: 'PO Box 99',
            city: 'Dixon',
            region: 'MT',
            postalCode: '59831',
            country: 'US',
          },
        ],
      },
      findings: [
        {
          messageId: 'drop',
          data: { address: 'PO Box 99, Dixon, MT 59831', dropType: 'a PO box' },
          path: 'addresses[1]',
          level: 'mailbox-or-pickup',
        },
      ],
    },
    {
      name: 'flags a vacant property',
      profile: { id: 'p2', addresses: [shipping({ line1: '3 Elm Court', deliveryType: 'vacant' })] },
      findings: [
        {
          messageId: 'drop',
          data: { address: '3 Elm Court, Springfield, IL 62701', dropType: 'a vacant property' },
          severity: 'medium',
          level: 'forwarder-or-vacant',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skips when nothing is to be shipped',
      profile: { id: 'p3', addresses: [home] },
      missing: ['shipping address (addresses with purpose "shipping" or devices[].shippedTo)'],
    },
  ],
});
