import { fromDefender } from '../../src/adapters/defender.js';
import { fromJamf } from '../../src/adapters/jamf.js';
import { fromOsquery } from '../../src/adapters/osquery.js';
import { edidManufacturer, hex4 } from '../../src/adapters/_lib/hardware.js';
import { fixture } from './_fixture.js';

describe('osquery adapter', () => {
  const result = fromOsquery(fixture('osquery.jsonl'));
  const devices = result.partials.map((p) => p.profile.devices?.[0]);

  it('maps a usb_devices row to devices[].usb, dated by unixTime when added, keyed by host and decorations', () => {
    expect(result.partials[0]?.person).toEqual({
      deviceId: '4C4C4544-0417',
      email: 'dana.reyes@example.com',
    });
    expect(devices[0]).toEqual({
      id: '4C4C4544-0417',
      serial: 'C02ZK0417',
      usb: [
        {
          vendorId: '1d6b',
          productId: '0104',
          manufacturer: 'Linux Foundation',
          product: 'Multifunction Composite Gadget',
          serial: 'CAFE0417',
          interfaceClasses: ['hid-keyboard'],
          firstSeenAt: '2026-01-05T15:00:00.000Z',
        },
      ],
    });
  });

  it('decodes connected_displays vendor ids as EDID manufacturer codes, keeping removed rows undated', () => {
    expect(devices[1]?.displays).toEqual([
      {
        name: 'PiKVM',
        manufacturerCode: 'LNX',
        productCode: '0a1b',
        firstSeenAt: '2026-01-05T15:01:00.000Z',
      },
      { name: 'DELL U2720Q', manufacturerCode: 'DEL', productCode: 'a0c4' },
    ]);
  });

  it('maps programs (dated by install_date in a snapshot) and apps (by bundle name) to software', () => {
    expect(devices[2]).toEqual({
      id: 'win-0588',
      software: [{ name: 'AnyDesk', firstSeenAt: '2026-01-02T00:00:00.000Z' }],
    });
    expect(devices[3]?.software).toEqual([{ name: 'Amphetamine', firstSeenAt: '2026-01-05T15:03:20.000Z' }]);
  });

  it('counts a record without a host and a truncated line as malformed, and skips other tables', () => {
    expect(result).toMatchObject({ records: 7, used: 4, skipped: 1 });
    expect(result.malformed).toEqual([
      { source: 'osquery', position: 4, line: 5, reason: 'no hostIdentifier' },
      { source: 'osquery', position: 5, line: 6, reason: expect.stringMatching(/^not valid JSON/) },
    ]);
  });
});

describe('EDID and USB id decoding', () => {
  it('decodes the 16-bit manufacturer id to three letters, trying swapped bytes', () => {
    expect(edidManufacturer('610')).toBe('APP');
    expect(edidManufacturer(0x31d8)).toBe('LNX');
    expect(edidManufacturer('0xd831')).toBe('LNX');
    expect(edidManufacturer('tsb')).toBe('TSB');
    expect(edidManufacturer('0')).toBeUndefined();
  });

  it('writes USB ids as four lower-case hex digits', () => {
    expect([hex4('0x1D6B'), hex4('104'), hex4(0x46d), hex4('xyz')]).toEqual([
      '1d6b',
      '0104',
      '046d',
      undefined,
    ]);
  });
});

describe('defender adapter', () => {
  const result = fromDefender(fixture('defender-pnp.jsonl'));

  it('parses VID and PID from AdditionalFields.DeviceId, a non-generated serial and the class', () => {
    expect(result.partials[0]).toMatchObject({
      person: { deviceId: 'lt-0588.corp.example.com', email: 'lee.park@example.com' },
      profile: {
        devices: [
          {
            id: 'lt-0588.corp.example.com',
            usb: [
              {
                vendorId: '1d6b',
                productId: '0104',
                product: 'USB Input Device',
                serial: 'CAFE0588',
                interfaceClasses: ['hid-keyboard'],
                firstSeenAt: '2026-01-05T15:02:00.000Z',
              },
            ],
          },
        ],
      },
    });
    expect(result.partials[2]?.profile.devices?.[0]?.usb?.[0]).toEqual({
      vendorId: '046d',
      productId: 'c52b',
      firstSeenAt: '2026-01-05T15:04:00.000Z',
    });
  });

  it('reads a monitor instance id as a display with its PNP manufacturer code', () => {
    expect(result.partials[1]?.profile.devices?.[0]?.displays).toEqual([
      {
        name: 'Generic PnP Monitor',
        manufacturerCode: 'TSB',
        productCode: '0206',
        firstSeenAt: '2026-01-05T15:03:00.000Z',
      },
    ]);
  });

  it('skips other actions and buses and counts an event without AdditionalFields as malformed', () => {
    expect(result).toMatchObject({ records: 6, used: 3, skipped: 2 });
    expect(result.malformed).toEqual([
      { source: 'defender', position: 5, line: 6, reason: 'AdditionalFields has no DeviceId' },
    ]);
  });
});

describe('jamf adapter', () => {
  const result = fromJamf(fixture('jamf-inventory.json'));

  it('maps udid, hardware.serialNumber, userAndLocation.email and applications', () => {
    expect(result.partials[0]).toMatchObject({
      person: { deviceId: '4C4C4544-0417', email: 'dana.reyes@example.com' },
      profile: {
        devices: [
          {
            id: '4C4C4544-0417',
            serial: 'C02ZK0417',
            managed: true,
            software: [{ name: 'TeamViewer' }, { name: 'Safari' }],
          },
        ],
      },
    });
  });

  it('maps the Classic API computer object the same way', () => {
    expect(result.partials[1]?.person).toEqual({ deviceId: '4C4C4544-0418', email: 'rita.moss@example.com' });
    expect(result.partials[1]?.profile.devices).toEqual([
      {
        id: '4C4C4544-0418',
        serial: 'C02ZK0418',
        managed: true,
        software: [{ name: 'Chrome Remote Desktop Host' }],
      },
    ]);
  });

  it('counts a computer without an id as malformed with its position', () => {
    expect(result.malformed).toEqual([{ source: 'jamf', position: 2, reason: 'no udid or id' }]);
  });
});
