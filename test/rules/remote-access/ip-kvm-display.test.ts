import { ipKvmDisplay } from '../../../src/rules/remote-access/ip-kvm-display.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const DELL = { name: 'DELL U2720Q', manufacturerCode: 'DEL' };
const CAPTURE = { name: 'Toshiba-H2C', manufacturerCode: 'TSB' };

new RuleTester().run('ip-kvm-display', ipKvmDisplay, {
  valid: [
    {
      name: 'clear for an ordinary monitor',
      profile: { id: 'p1', devices: [{ id: 'LT-1', displays: [DELL] }] },
    },
    {
      name: 'clear for a Toshiba-style capture EDID with no KVM-like USB device',
      profile: {
        id: 'p2',
        devices: [
          {
            id: 'LT-1',
            displays: [CAPTURE],
            usb: [{ vendorId: '046d', productId: 'c52b', product: 'USB Receiver' }],
          },
        ],
      },
    },
    {
      name: 'clear for a bare TSB manufacturer code',
      profile: { id: 'p3', devices: [{ id: 'LT-1', displays: [{ manufacturerCode: 'TSB' }] }] },
    },
  ],
  invalid: [
    {
      name: 'flags a PiKVM EDID as critical',
      profile: {
        id: 'p10',
        devices: [{ id: 'LT-1', displays: [DELL, { name: 'PiKVM V4 Plus', manufacturerCode: 'LNX' }] }],
      },
      findings: [
        {
          messageId: 'named',
          data: { device: 'LT-1', display: 'PiKVM V4 Plus', kvm: 'PiKVM' },
          path: 'devices[0].displays[1]',
          severity: 'critical',
          level: 'named-edid',
          evidence: { signatures: ['pikvm:name'], manufacturerCode: 'LNX' },
        },
      ],
    },
    {
      name: 'flags a TinyPilot EDID',
      profile: {
        id: 'p11',
        devices: [{ id: 'LT-2', displays: [{ name: 'TinyPilot', manufacturerCode: 'TSB' }] }],
      },
      findings: [
        {
          messageId: 'named',
          data: { device: 'LT-2', display: 'TinyPilot', kvm: 'TinyPilot' },
          severity: 'critical',
          level: 'named-edid',
        },
      ],
    },
    {
      name: 'flags a capture EDID beside a composite gadget as high',
      profile: {
        id: 'p12',
        devices: [{ id: 'LT-3', displays: [CAPTURE], usb: [{ vendorId: '1d6b', productId: '0104' }] }],
      },
      findings: [
        {
          messageId: 'weakWithUsb',
          data: { device: 'LT-3', display: 'Toshiba-H2C, TSB' },
          path: 'devices[0].displays[0]',
          severity: 'high',
          level: 'capture-edid-with-kvm-usb',
          evidence: { signatures: ['pikvm:name', 'tinypilot:manufacturerCode'] },
        },
      ],
    },
    {
      name: 'flags a capture EDID beside a CircuitPython board as moderate',
      profile: {
        id: 'p13',
        devices: [
          {
            id: 'LT-4',
            displays: [CAPTURE],
            usb: [
              {
                vendorId: '239a',
                productId: '80f4',
                interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'],
              },
            ],
          },
        ],
      },
      findings: [
        {
          messageId: 'weakWithUsb',
          data: { device: 'LT-4', display: 'Toshiba-H2C, TSB' },
          severity: 'medium',
          level: 'capture-edid-with-dev-board',
        },
      ],
    },
    {
      name: 'flags a capture EDID as strong when a gadget sits beside a dev board',
      profile: {
        id: 'p14',
        devices: [
          {
            id: 'LT-5',
            displays: [CAPTURE],
            usb: [
              {
                vendorId: '239a',
                productId: '80f4',
                interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'],
              },
              { vendorId: '1d6b', productId: '0104' },
            ],
          },
        ],
      },
      findings: [{ messageId: 'weakWithUsb', severity: 'high', level: 'capture-edid-with-kvm-usb' }],
    },
  ],
  skipped: [
    {
      name: 'skipped without display data',
      profile: { id: 'p20', devices: [{ id: 'LT-1' }] },
      missing: ['devices[].displays'],
    },
  ],
});
