import { assembleProfiles, ProfileAssembler } from '../../src/adapters/assemble.js';
import { streamOkta } from '../../src/adapters/okta.js';
import type { PartialProfile } from '../../src/adapters/types.js';
import type { IpIntelProvider } from '../../src/intel/types.js';

const partial = (
  source: string,
  person: PartialProfile['person'],
  profile: PartialProfile['profile'],
  observedAt?: string,
): PartialProfile => ({
  source,
  person,
  profile,
  ...(observedAt && { observedAt }),
});

async function assemble(partials: PartialProfile[], options = {}) {
  const assembler = new ProfileAssembler(options);
  for (const p of partials) assembler.add(p);
  return assembler.finish();
}

const login = (at: string, ip: string) => ({ at, ip });

describe('assembleProfiles', () => {
  it('joins an HRIS record and sign-ins on the e-mail, case-folded, under the employee id', async () => {
    const result = await assemble([
      partial('hris', { employeeId: 'E-1', email: 'dana@example.com' }, { name: { full: 'Dana Reyes' } }),
      partial(
        'okta',
        { email: 'Dana@Example.com' },
        { logins: [login('2026-01-05T14:00:00.000Z', '203.0.113.5')] },
      ),
    ]);
    expect(result.profiles).toEqual([
      {
        id: 'E-1',
        name: { full: 'Dana Reyes' },
        logins: [{ at: '2026-01-05T14:00:00.000Z', ip: '203.0.113.5' }],
      },
    ]);
    expect(result.provenance).toEqual({ 'E-1': { logins: ['okta'], 'name.full': ['hris'] } });
  });

  it('joins sign-ins that arrive before the HRIS record', async () => {
    const result = await assemble([
      partial(
        'okta',
        { email: 'lee@example.com' },
        { logins: [login('2026-01-05T14:00:00.000Z', '203.0.113.5')] },
      ),
      partial('hris', { employeeId: 'E-2', email: 'LEE@example.com' }, { dateOfBirth: '1991-04-18' }),
    ]);
    expect(result.profiles.map((p) => [p.id, p.dateOfBirth, p.logins?.length])).toEqual([
      ['E-2', '1991-04-18', 1],
    ]);
  });

  it('joins endpoint data that names only a machine to the person whose record lists it', async () => {
    const result = await assemble([
      partial('hris', { employeeId: 'E-3' }, { devices: [{ id: 'MAC-0417', serial: 'C02ZK0417' }] }),
      partial(
        'osquery',
        { deviceId: 'mac-0417' },
        { devices: [{ id: 'mac-0417', usb: [{ vendorId: '1d6b', productId: '0104' }] }] },
      ),
      partial('defender', { deviceId: 'lt-9' }, { devices: [{ id: 'lt-9', usb: [{ vendorId: '046d' }] }] }),
    ]);
    expect(result.profiles).toEqual([
      {
        id: 'E-3',
        devices: [{ id: 'MAC-0417', serial: 'C02ZK0417', usb: [{ vendorId: '1d6b', productId: '0104' }] }],
      },
    ]);
    expect(result.unjoined).toEqual([{ key: 'device:lt-9', sources: ['defender'] }]);
  });

  it('reports two sources disagreeing on a date of birth, keeping the first, with when each said it', async () => {
    const result = await assemble([
      partial(
        'bamboohr',
        { employeeId: 'E-4' },
        { dateOfBirth: '1990-07-14', name: { full: 'Kim Lee' } },
        '2025-12-02T08:00:00.000Z',
      ),
      partial('greenhouse', { employeeId: 'E-4' }, { dateOfBirth: '1991-07-14', name: { full: 'kim  LEE' } }),
    ]);
    expect(result.profiles[0]?.dateOfBirth).toBe('1990-07-14');
    expect(result.conflicts).toEqual([
      {
        profileId: 'E-4',
        path: 'dateOfBirth',
        claims: [
          { value: '1990-07-14', sources: ['bamboohr'], observedAt: '2025-12-02T08:00:00.000Z' },
          { value: '1991-07-14', sources: ['greenhouse'] },
        ],
      },
    ]);
  });

  it('never joins two employee ids through a shared e-mail, and reports the shared key', async () => {
    const result = await assemble([
      partial('hris', { employeeId: 'E-5', email: 'shared@example.net' }, {}),
      partial('hris', { employeeId: 'E-6', email: 'shared@example.net' }, {}),
    ]);
    expect(result.profiles.map((p) => p.id)).toEqual(['E-5', 'E-6']);
    expect(result.sharedKeys).toEqual([{ key: 'email:shared@example.net', profileIds: ['E-5', 'E-6'] }]);
  });

  it('keeps the later lifecycle stage as kind instead of reporting candidate vs employee', async () => {
    const result = await assemble([
      partial('greenhouse', { email: 'a@example.com' }, { kind: 'candidate' }),
      partial('bamboohr', { employeeId: 'E-7', email: 'a@example.com' }, { kind: 'employee' }),
    ]);
    expect([result.profiles[0]?.kind, result.conflicts]).toEqual(['employee', []]);
  });

  it('deduplicates list items and merges a device seen by two sources, keeping the earliest sighting', async () => {
    const usb = (firstSeenAt: string) => ({ vendorId: '1d6b', productId: '0104', firstSeenAt });
    const result = await assemble([
      partial(
        'hris',
        { employeeId: 'E-8' },
        { emails: [{ address: 'x@example.com' }], devices: [{ id: 'd1' }] },
      ),
      partial('ats', { employeeId: 'E-8' }, { emails: [{ address: 'X@example.com', purpose: 'work' }] }),
      partial(
        'osquery',
        { deviceId: 'd1' },
        { devices: [{ id: 'd1', usb: [usb('2026-01-06T00:00:00.000Z')] }] },
      ),
      partial(
        'defender',
        { deviceId: 'd1' },
        { devices: [{ id: 'd1', usb: [usb('2026-01-05T00:00:00.000Z')], software: [{ name: 'AnyDesk' }] }] },
      ),
    ]);
    expect(result.profiles[0]).toEqual({
      id: 'E-8',
      emails: [{ address: 'x@example.com' }],
      devices: [{ id: 'd1', software: [{ name: 'AnyDesk' }], usb: [usb('2026-01-05T00:00:00.000Z')] }],
    });
  });

  it('collapses sign-ins to one per address and hour and keeps the newest within the cap', async () => {
    const partials = ['05', '06', '07', '08'].flatMap((day) =>
      ['10', '40'].map((minute) =>
        partial(
          'okta',
          { email: 'p@example.com' },
          { logins: [login(`2026-01-${day}T14:${minute}:00.000Z`, '203.0.113.5')] },
        ),
      ),
    );
    const result = await assemble(partials, { maxLoginsPerPerson: 2 });
    expect(result.profiles[0]?.logins?.map((l) => l.at)).toEqual([
      '2026-01-07T14:10:00.000Z',
      '2026-01-08T14:10:00.000Z',
    ]);
    expect(result.droppedLogins).toBe(2);
  });

  it('fills facts the sign-in lacks from an IP-intelligence provider, never overriding the source', async () => {
    const provider: IpIntelProvider = {
      name: 'test',
      lookup: (ips) =>
        new Map(
          ips.map((ip) => [ip, { asn: 64500, org: 'Example Hosting', connectionType: 'hosting' as const }]),
        ),
    };
    const result = await assemble(
      [
        partial(
          'okta',
          { email: 'p@example.com' },
          { logins: [{ ...login('2026-01-05T14:00:00.000Z', '192.0.2.9'), geo: { asn: 7922 } }] },
        ),
      ],
      { ipIntel: provider },
    );
    expect(result.profiles[0]?.logins?.[0]?.geo).toEqual({
      asn: 7922,
      org: 'Example Hosting',
      connectionType: 'hosting',
    });
  });

  it('records a failing provider as an error and keeps the logins as they were', async () => {
    const provider: IpIntelProvider = { name: 'down', lookup: () => Promise.reject(new Error('timeout')) };
    const result = await assemble(
      [
        partial(
          'okta',
          { email: 'p@example.com' },
          { logins: [login('2026-01-05T14:00:00.000Z', '192.0.2.9')] },
        ),
      ],
      {
        ipIntel: provider,
      },
    );
    expect([result.ipIntelError, result.profiles[0]?.logins]).toEqual([
      'down: timeout',
      [login('2026-01-05T14:00:00.000Z', '192.0.2.9')],
    ]);
  });

  it('reads a streaming source item by item and counts its records per source', async () => {
    const lines = [
      '{"eventType":"user.session.start","published":"2026-01-05T14:00:00Z","actor":{"alternateId":"p@example.com"},"client":{"ipAddress":"192.0.2.9"}}',
      '{"eventType":"user.session.start","published":"2026-01-05T15:00:00Z","actor":{"alternateId":"p@example.com"},"outcome":{"result":"FAILURE"}}',
      '{oops',
    ];
    const result = await assembleProfiles([streamOkta(lines)]);
    expect(result.profiles.map((p) => p.id)).toEqual(['p@example.com']);
    expect(result.sources).toEqual({
      okta: {
        records: 3,
        used: 1,
        skipped: 1,
        malformed: 1,
        malformedRecords: [
          { source: 'okta', position: 2, line: 3, reason: expect.stringMatching(/^not valid JSON/) },
        ],
      },
    });
  });
});
