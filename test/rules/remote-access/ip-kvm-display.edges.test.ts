import { ipKvmDisplay } from '../../../src/rules/remote-access/ip-kvm-display.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

// The USB side is assessed lazily, once per device and only for a weak display match: these pin that a
// device's USB answer is neither lost between its displays nor carried over to the next device.
const DELL = { name: 'DELL U2720Q', manufacturerCode: 'DEL' };
const CAPTURE = { name: 'Toshiba-H2C', manufacturerCode: 'TSB' };
const GADGET = { vendorId: '1d6b', productId: '0104' };
const RECEIVER = { vendorId: '046d', productId: 'c52b', product: 'USB Receiver' };

new RuleTester().run('ip-kvm-display (edges)', ipKvmDisplay, {
  valid: [
    {
      name: 'clear when the KVM-like USB device is on another device than the capture EDID',
      profile: {
        id: 'e1',
        devices: [
          { id: 'LT-1', displays: [DELL], usb: [GADGET] },
          { id: 'LT-2', displays: [CAPTURE], usb: [RECEIVER] },
        ],
      },
    },
    {
      name: 'clear for an empty display and an empty display list',
      profile: {
        id: 'e2',
        devices: [
          { id: 'LT-1', displays: [{}], usb: [GADGET] },
          { id: 'LT-2', displays: [] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'flags every weak display of a device with a KVM-like USB device',
      profile: {
        id: 'e10',
        devices: [
          { id: 'LT-1', displays: [CAPTURE, DELL, { manufacturerCode: 'lnx ' }], usb: [RECEIVER, GADGET] },
        ],
      },
      findings: [
        {
          messageId: 'weakWithUsb',
          level: 'capture-edid-with-kvm-usb',
          path: 'devices[0].displays[0]',
          data: { device: 'LT-1', display: 'Toshiba-H2C, TSB' },
        },
        {
          messageId: 'weakWithUsb',
          level: 'capture-edid-with-kvm-usb',
          path: 'devices[0].displays[2]',
          data: { device: 'LT-1', display: 'lnx ' },
          evidence: { signatures: ['pikvm:manufacturerCode'] },
        },
      ],
    },
    {
      name: 'a named display on one device and a weak one with USB on the next, in device order',
      profile: {
        id: 'e11',
        devices: [
          { id: 'LT-1', displays: [CAPTURE, { name: 'PiKVM' }] },
          { id: 'LT-2', displays: [CAPTURE], usb: [{ manufacturer: 'TinyPilot' }] },
        ],
      },
      findings: [
        {
          messageId: 'named',
          level: 'named-edid',
          path: 'devices[0].displays[1]',
          data: { device: 'LT-1', display: 'PiKVM', kvm: 'PiKVM' },
        },
        {
          messageId: 'weakWithUsb',
          level: 'capture-edid-with-kvm-usb',
          path: 'devices[1].displays[0]',
          data: { device: 'LT-2', display: 'Toshiba-H2C, TSB' },
        },
      ],
    },
  ],
});
