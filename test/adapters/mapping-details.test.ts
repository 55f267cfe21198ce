import fc from 'fast-check';
import { fromBamboohr } from '../../src/adapters/bamboohr.js';
import { fromDefender } from '../../src/adapters/defender.js';
import { fromEntra } from '../../src/adapters/entra.js';
import { fromLever } from '../../src/adapters/lever.js';
import { fromOsquery } from '../../src/adapters/osquery.js';
import { fromPersona } from '../../src/adapters/persona.js';
import { countryCode } from '../../src/adapters/_lib/country.js';
import { asn, calendarDate, instant } from '../../src/adapters/_lib/values.js';

describe('values the adapters share', () => {
  it('reads an ASN written as a number, digits or with the AS prefix as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffffffff }), (n) => {
        expect([asn(n), asn(String(n)), asn(`AS${n}`), asn(`as${n}`)]).toEqual([n, n, n, n]);
      }),
    );
    expect([asn(0), asn('AS'), asn('ASN15169'), asn(-5), asn('15169.5')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads epoch milliseconds and seconds, and refuses a date-time without a zone', () => {
    expect(instant(1764586800000)).toBe('2025-12-01T11:00:00.000Z');
    expect(instant(1764586800, 's')).toBe('2025-12-01T11:00:00.000Z');
    expect(instant('2026-01-05T14:00:00+02:00')).toBe('2026-01-05T12:00:00.000Z');
    expect([instant('2026-01-05T14:00:00'), instant('2026-01-05'), instant(1764586800)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads calendar dates, refusing impossible ones', () => {
    expect([
      calendarDate('2025-02-28T00:00:00Z'),
      calendarDate('2025-02-30'),
      calendarDate('0000-00-00'),
    ]).toEqual(['2025-02-28', undefined, undefined]);
  });

  it('turns country names, alpha-2 and alpha-3 codes into alpha-2 codes, with CLDR for other spellings', () => {
    expect(
      ['United States', 'USA', 'us', 'South Korea', 'Republic of Korea', 'Holland', 'Atlantis'].map(
        countryCode,
      ),
    ).toEqual(['US', 'US', 'US', 'KR', 'KR', 'NL', undefined]);
  });
});

describe('field mappings not shown by the fixtures', () => {
  it('entra: TimeGenerated stands in for CreatedDateTime and Location for LocationDetails', () => {
    const result = fromEntra([
      {
        TimeGenerated: '2026-01-06T10:00:00Z',
        UserPrincipalName: 'a@example.com',
        IPAddress: '192.0.2.1',
        Location: 'DE',
        ResultType: 0,
      },
    ]);
    expect(result.partials[0]?.profile.logins).toEqual([
      { at: '2026-01-06T10:00:00.000Z', ip: '192.0.2.1', source: 'idp', geo: { country: 'DE' } },
    ]);
  });

  it('osquery: decorations.employee_id names the person; apps fall back to the name without .app', () => {
    const result = fromOsquery([
      {
        hostIdentifier: 'h1',
        unixTime: 1767625200,
        decorations: { employee_id: 'E-9' },
        action: 'snapshot',
        snapshot: [
          {
            name: 'TeamViewer.app',
            path: '/Applications/TeamViewer.app',
            bundle_identifier: 'com.teamviewer',
          },
        ],
      },
    ]);
    expect(result.partials[0]).toMatchObject({
      person: { deviceId: 'h1', employeeId: 'E-9' },
      profile: { devices: [{ id: 'h1', software: [{ name: 'TeamViewer' }] }] },
    });
  });

  it('defender: AccountUpn and the DeviceId column stand in when DeviceName and the initiating account are absent', () => {
    const result = fromDefender([
      {
        Timestamp: '2026-01-05T15:00:00Z',
        DeviceId: 'mde-77',
        AccountUpn: 'B@example.com',
        ActionType: 'PnpDeviceConnected',
        AdditionalFields: { ClassName: 'DiskDrive', DeviceId: 'USBSTOR\\VID_0781&PID_5581\\4C530001' },
      },
    ]);
    expect(result.partials[0]).toEqual({
      source: 'defender',
      person: { deviceId: 'mde-77', email: 'b@example.com' },
      profile: {
        devices: [
          {
            id: 'mde-77',
            usb: [
              {
                vendorId: '0781',
                productId: '5581',
                serial: '4C530001',
                interfaceClasses: ['mass-storage'],
                firstSeenAt: '2026-01-05T15:00:00.000Z',
              },
            ],
          },
        ],
      },
      where: { position: 0 },
    });
  });

  it('persona: id-class maps to the document type, an identification card by country', () => {
    const inquiry = (idClass: string, country: string) => ({
      data: { type: 'inquiry', attributes: { 'reference-id': 'E-1' } },
      included: [
        {
          type: 'verification/government-id',
          id: 'v',
          attributes: { status: 'failed', 'id-class': idClass, 'country-code': country },
        },
      ],
    });
    const types = ['pp', 'ppc', 'id', 'id', 'rp', 'wp', 'visa', 'cct'].map(
      (idClass, i) =>
        fromPersona([inquiry(idClass, i === 2 ? 'US' : 'PT')]).partials[0]?.profile.documents?.[0]?.type,
    );
    expect(types).toEqual([
      'passport',
      'passport',
      'state-id',
      'other',
      'residence-permit',
      'residence-permit',
      'visa',
      'other',
    ]);
  });

  it('lever: createdAt dates the partial when updatedAt is absent', () => {
    expect(
      fromLever([{ id: 'o', emails: ['x@example.com'], createdAt: 1764586800000 }]).partials[0]?.observedAt,
    ).toBe('2025-12-01T11:00:00.000Z');
  });

  it('bamboohr: ssn, home and work phones, the name from its parts and lastChanged', () => {
    const result = fromBamboohr([
      {
        id: '7',
        firstName: 'Jo',
        middleName: 'K',
        lastName: 'Ng',
        ssn: '123-45-6789',
        homePhone: '+1 775 555 0100',
        workPhone: '+1 775 555 0101',
        lastChanged: '2025-12-02T08:00:00+00:00',
      },
    ]);
    expect(result.partials[0]).toMatchObject({
      person: { employeeId: '7' },
      observedAt: '2025-12-02T08:00:00.000Z',
      profile: {
        name: { full: 'Jo K Ng', given: 'Jo', family: 'Ng' },
        nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
        phones: [
          { number: '+1 775 555 0100', purpose: 'home' },
          { number: '+1 775 555 0101', purpose: 'work' },
        ],
      },
    });
  });
});
