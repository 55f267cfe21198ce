import { ipKvmUsbDevice } from '../../../src/rules/remote-access/ip-kvm-usb-device.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

type Usb = {
  vendorId?: string;
  productId?: string;
  manufacturer?: string;
  product?: string;
  serial?: string;
  interfaceClasses?: (
    'hid-keyboard' | 'hid-mouse' | 'hid-other' | 'mass-storage' | 'network' | 'audio' | 'video' | 'other'
  )[];
};
const laptop = (...usb: Usb[]) => ({ id: 'LT-9', managed: true, usb });

const LOGITECH_RECEIVER: Usb = {
  vendorId: '046d',
  productId: 'c52b',
  manufacturer: 'Logitech',
  product: 'USB Receiver',
  interfaceClasses: ['hid-keyboard', 'hid-mouse', 'hid-other'],
};
const ARDUINO_UNO: Usb = {
  vendorId: '2341',
  productId: '0043',
  manufacturer: 'Arduino (www.arduino.cc)',
  product: 'Arduino Uno',
  interfaceClasses: ['other'],
};
const ARDUINO_LEONARDO: Usb = {
  vendorId: '2341',
  productId: '8036',
  manufacturer: 'Arduino LLC',
  product: 'Arduino Leonardo',
  interfaceClasses: ['hid-keyboard', 'hid-mouse', 'other'],
};
const ESP32_S3: Usb = {
  vendorId: '303a',
  productId: '1001',
  manufacturer: 'Espressif',
  product: 'USB JTAG/serial debug unit',
  interfaceClasses: ['other'],
};
const CP2102: Usb = {
  vendorId: '10c4',
  productId: 'ea60',
  manufacturer: 'Silicon Labs',
  product: 'CP2102 USB to UART Bridge Controller',
};
const FLASH_DRIVE: Usb = {
  vendorId: '0781',
  productId: '5583',
  manufacturer: 'SanDisk',
  product: 'Ultra Fit',
  interfaceClasses: ['mass-storage'],
};

new RuleTester().run('ip-kvm-usb-device', ipKvmUsbDevice, {
  valid: [
    {
      name: 'clear for a Logitech Unifying receiver',
      profile: { id: 'p1', devices: [laptop(LOGITECH_RECEIVER)] },
    },
    {
      name: 'clear for a developer\u2019s Arduino and ESP32 boards',
      profile: { id: 'p2', devices: [laptop(ARDUINO_UNO, ESP32_S3, CP2102)] },
    },
    {
      name: 'clear for an Arduino Leonardo acting as keyboard and mouse (no storage)',
      profile: { id: 'p3', devices: [laptop(ARDUINO_LEONARDO)] },
    },
    { name: 'clear for a flash drive', profile: { id: 'p4', devices: [laptop(FLASH_DRIVE)] } },
  ],
  invalid: [
    {
      name: 'flags a PiKVM by its default strings as critical',
      profile: {
        id: 'p10',
        devices: [
          laptop(LOGITECH_RECEIVER, {
            vendorId: '1d6b',
            productId: '0104',
            manufacturer: 'PiKVM',
            product: 'PiKVM Composite Device',
            serial: 'CAFEBABE',
            interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'],
          }),
        ],
      },
      findings: [
        {
          messageId: 'named',
          data: { device: 'LT-9', kvm: 'PiKVM', evidence: 'PiKVM, PiKVM Composite Device' },
          path: 'devices[0].usb[1]',
          severity: 'critical',
          level: 'named-device',
          evidence: { level: 'named', signatures: ['pikvm:manufacturer', 'pikvm:product'] },
        },
      ],
    },
    {
      name: 'flags a TinyPilot by manufacturer string',
      profile: {
        id: 'p11',
        devices: [
          laptop({
            vendorId: '1d6b',
            productId: '0104',
            manufacturer: 'tinypilot',
            product: 'Multifunction USB Device',
          }),
        ],
      },
      findings: [
        {
          messageId: 'named',
          data: { device: 'LT-9', kvm: 'TinyPilot', evidence: 'tinypilot' },
          severity: 'critical',
          level: 'named-device',
        },
      ],
    },
    {
      name: 'flags the Linux composite-gadget ids 1d6b:0104 as moderate',
      profile: {
        id: 'p12',
        devices: [
          laptop({ vendorId: '1D6B', productId: '0104', manufacturer: 'Linux 6.1.21 with fe980000.usb' }),
        ],
      },
      findings: [
        {
          messageId: 'generic',
          data: { device: 'LT-9', evidence: '1d6b:0104' },
          path: 'devices[0].usb[0]',
          severity: 'medium',
          level: 'generic-gadget',
          evidence: { level: 'generic', signatures: ['linux-usb-gadget:ids'] },
        },
      ],
    },
    {
      name: 'flags 1d6b:0106 and 1d6b:0044 as moderate',
      profile: {
        id: 'p13',
        devices: [laptop({ vendorId: '1d6b', productId: '0106' }, { vendorId: '1d6b', productId: '0044' })],
      },
      findings: [
        {
          messageId: 'generic',
          data: { device: 'LT-9', evidence: '1d6b:0106' },
          path: 'devices[0].usb[0]',
          severity: 'medium',
          level: 'generic-gadget',
        },
        {
          messageId: 'generic',
          data: { device: 'LT-9', evidence: '1d6b:0044' },
          path: 'devices[0].usb[1]',
          severity: 'medium',
          level: 'generic-gadget',
        },
      ],
    },
    {
      name: 'flags the keyboard+mouse+storage shape as medium even under a Logitech receiver\u2019s ids',
      profile: {
        id: 'p14',
        devices: [
          laptop({ ...LOGITECH_RECEIVER, interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'] }),
        ],
      },
      findings: [
        {
          messageId: 'shape',
          data: { device: 'LT-9', evidence: '046d:c52b, Logitech / USB Receiver' },
          severity: 'medium',
          level: 'composite-shape',
          evidence: { level: 'shape', signatures: [], imitates: 'Logitech Unifying Receiver' },
        },
      ],
    },
    {
      name: 'flags a Raspberry Pi Pico running CircuitPython (keyboard+mouse+storage) as a weak dev board',
      profile: {
        id: 'p15',
        devices: [
          laptop({
            vendorId: '2e8a',
            productId: '000b',
            manufacturer: 'Raspberry Pi',
            product: 'Pico',
            interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'],
          }),
        ],
      },
      findings: [
        {
          messageId: 'devBoard',
          data: {
            device: 'LT-9',
            maker: 'Raspberry Pi (RP2040)',
            evidence: '2e8a:000b, Raspberry Pi / Pico',
          },
          severity: 'low',
          level: 'dev-board',
        },
      ],
    },
    {
      name: 'flags an Adafruit board with a gadget product string as a weak dev board',
      profile: {
        id: 'p16',
        devices: [laptop({ vendorId: '239A', productId: '80f4', product: 'Multifunction USB Device' })],
      },
      findings: [
        {
          messageId: 'devBoard',
          data: { device: 'LT-9', maker: 'Adafruit', evidence: 'Multifunction USB Device' },
          severity: 'low',
          level: 'dev-board',
        },
      ],
    },
    {
      name: 'flags a named IP-KVM as critical even under a dev-board vendor id',
      profile: {
        id: 'p17',
        devices: [laptop({ vendorId: '2e8a', productId: '0001', manufacturer: 'PiKVM' })],
      },
      findings: [{ messageId: 'named', severity: 'critical', level: 'named-device' }],
    },
  ],
  skipped: [
    {
      name: 'skipped without a USB inventory',
      profile: { id: 'p20', devices: [{ id: 'LT-9', usb: [] }] },
      missing: ['devices[].usb'],
    },
  ],
});
