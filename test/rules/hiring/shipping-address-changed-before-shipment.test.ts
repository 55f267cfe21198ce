import { shippingAddressChangedBeforeShipment } from '../../../src/rules/hiring/shipping-address-changed-before-shipment.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const place = { city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' };
const home = { purpose: 'home', line1: '12 Oak Street', ...place, recordedAt: '2025-03-01T00:00:00Z' };
const laptop = { id: 'LT-7', shippedAt: '2025-05-20T12:00:00Z' };

function ship(line1: string, recordedAt: string) {
  return { purpose: 'shipping', line1, ...place, recordedAt };
}

new RuleTester().run('shipping-address-changed-before-shipment', shippingAddressChangedBeforeShipment, {
  valid: [
    {
      name: 'clear when the shipping address was set once',
      profile: {
        id: 'p1',
        addresses: [home, ship('12 Oak Street', '2025-05-15T00:00:00Z')],
        devices: [laptop],
      },
    },
    {
      name: 'clear when the change came weeks before shipment',
      profile: {
        id: 'p1',
        addresses: [
          home,
          ship('12 Oak Street', '2025-03-01T00:00:00Z'),
          ship('9 Pine Road', '2025-04-01T00:00:00Z'),
        ],
        devices: [laptop],
      },
    },
    {
      name: 'clear for a genuine move: the home address changed to the same new address',
      profile: {
        id: 'p1',
        addresses: [
          { ...home, line1: '9 Pine Road', recordedAt: '2025-05-14T00:00:00Z' },
          ship('12 Oak Street', '2025-03-01T00:00:00Z'),
          ship('9 Pine Rd', '2025-05-14T00:00:00Z'),
        ],
        devices: [laptop],
      },
    },
    {
      name: 'clear when the same address was entered again',
      profile: {
        id: 'p1',
        addresses: [
          home,
          ship('9 Pine Road', '2025-03-01T00:00:00Z'),
          ship('9 PINE RD', '2025-05-18T00:00:00Z'),
        ],
        devices: [laptop],
      },
    },
    {
      name: 'clear when the change came after the shipment',
      profile: {
        id: 'p1',
        addresses: [
          home,
          ship('12 Oak Street', '2025-03-01T00:00:00Z'),
          ship('9 Pine Road', '2025-05-25T00:00:00Z'),
        ],
        devices: [laptop],
      },
    },
  ],
  invalid: [
    {
      name: 'flags one change five days before shipment as medium',
      profile: {
        id: 'p2',
        addresses: [
          home,
          ship('12 Oak Street', '2025-03-01T00:00:00Z'),
          ship('77 Farm Lane', '2025-05-15T09:00:00Z'),
        ],
        devices: [laptop],
      },
      findings: [
        {
          messageId: 'changed',
          data: {
            changes: 'once',
            windowDays: 14,
            device: 'LT-7',
            shippedOn: '2025-05-20',
            address: '77 Farm Lane, Springfield, IL 62701',
          },
          path: 'addresses[2]',
          severity: 'medium',
          level: 'changed-once',
          evidence: { changedAt: ['2025-05-15T09:00:00.000Z'], deviceId: 'LT-7' },
        },
      ],
    },
    {
      name: 'flags two changes before shipment as the repeated level (moderate, not high)',
      profile: {
        id: 'p2',
        addresses: [
          home,
          ship('12 Oak Street', '2025-03-01T00:00:00Z'),
          ship('5 Mill Street', '2025-05-10T00:00:00Z'),
          ship('77 Farm Lane', '2025-05-18T00:00:00Z'),
        ],
        devices: [laptop],
      },
      findings: [
        {
          messageId: 'changed',
          data: {
            changes: '2 times',
            windowDays: 14,
            device: 'LT-7',
            shippedOn: '2025-05-20',
            address: '77 Farm Lane, Springfield, IL 62701',
          },
          path: 'addresses[3]',
          severity: 'medium',
          level: 'changed-repeatedly',
        },
      ],
    },
    {
      name: 'uses a wider configured window',
      profile: {
        id: 'p2',
        addresses: [
          home,
          ship('12 Oak Street', '2025-03-01T00:00:00Z'),
          ship('9 Pine Road', '2025-04-25T00:00:00Z'),
        ],
        devices: [laptop],
      },
      options: { windowDays: 30 },
      findings: [
        {
          messageId: 'changed',
          data: {
            changes: 'once',
            windowDays: 30,
            device: 'LT-7',
            shippedOn: '2025-05-20',
            address: '9 Pine Road, Springfield, IL 62701',
          },
          level: 'changed-once',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skips when no device has shipped',
      profile: { id: 'p3', addresses: [home], devices: [{ id: 'LT-1' }] },
      missing: ['devices[].shippedAt'],
    },
    { name: 'skips without addresses', profile: { id: 'p3', devices: [laptop] }, missing: ['addresses'] },
  ],
});
