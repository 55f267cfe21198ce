import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Reader } from 'mmdb-lib';
import { createMmdbProvider, loadMmdbProvider } from '../../src/intel/mmdb-provider.js';
import { IntelError } from '../../src/intel/errors.js';
import { writeMmdb, type MmdbNetwork } from '../support/mmdb-writer.js';

// 2026-06-02T00:00:00Z
const BUILT = 1_780_358_400;

function db(databaseType: string, networks: MmdbNetwork[], ipVersion: 4 | 6 = 6): Buffer {
  return writeMmdb({ ipVersion, databaseType, networks, buildEpoch: BUILT });
}

const city = db('GeoLite2-City', [
  {
    network: '198.51.100.0/24',
    data: {
      city: { geoname_id: 4684888, names: { en: 'Dallas', de: 'Dallas' } },
      continent: { code: 'NA', names: { en: 'North America' } },
      country: { iso_code: 'US', names: { en: 'United States' } },
      registered_country: { iso_code: 'DE', names: { en: 'Germany' } },
      location: { latitude: 32.7831, longitude: -96.8067, accuracy_radius: 20, time_zone: 'America/Chicago' },
      subdivisions: [{ iso_code: 'TX', names: { en: 'Texas' } }],
    },
  },
  { network: '2001:db8::/32', data: { country: { iso_code: 'SG' } } },
]);
const asn = db('GeoLite2-ASN', [
  {
    network: '198.51.100.0/24',
    data: { autonomous_system_number: 64500, autonomous_system_organization: 'Example Hosting Ltd' },
  },
]);
const anonymous = db('GeoIP2-Anonymous-IP', [
  {
    network: '198.51.100.0/25',
    data: { is_anonymous: true, is_anonymous_vpn: true, is_hosting_provider: true },
  },
  { network: '203.0.113.0/24', data: { is_anonymous: true, is_tor_exit_node: true } },
  { network: '192.0.2.0/24', data: { is_anonymous: true, is_residential_proxy: true } },
]);

describe('createMmdbProvider', () => {
  it('maps a GeoLite2 City record to country, region, city and coordinates, naming file, date and network', () => {
    const provider = createMmdbProvider({ databases: [{ name: 'GeoLite2-City.mmdb', data: city }] });
    expect(provider.lookup(['198.51.100.7']).get('198.51.100.7')).toEqual({
      ip: '198.51.100.7',
      country: 'US',
      region: 'TX',
      city: 'Dallas',
      lat: 32.7831,
      lon: -96.8067,
      sources: [
        {
          name: 'GeoLite2-City.mmdb',
          asOf: '2026-06-02',
          fields: ['country', 'region', 'city', 'lat', 'lon'],
          matched: '198.51.100.0/24',
        },
      ],
    });
    expect(provider.databases).toEqual([
      { name: 'GeoLite2-City.mmdb', databaseType: 'GeoLite2-City', asOf: '2026-06-02', ipVersion: 6 },
    ]);
  });

  it('maps a GeoLite2 ASN record to asn and org', () => {
    const provider = createMmdbProvider({ databases: [{ data: asn }] });
    expect(provider.name).toBe('GeoLite2-ASN');
    expect(provider.lookup(['198.51.100.7']).get('198.51.100.7')).toMatchObject({
      asn: 64500,
      org: 'Example Hosting Ltd',
    });
  });

  it.each([
    ['198.51.100.7', 'vpn'],
    ['203.0.113.9', 'tor'],
    ['192.0.2.1', 'proxy'],
  ])('maps Anonymous IP flags for %s to the most specific connection type, %s', (ip, type) => {
    const provider = createMmdbProvider({ databases: [{ name: 'anon', data: anonymous }] });
    expect(provider.lookup([ip]).get(ip)?.connectionType).toBe(type);
  });

  it('maps is_hosting_provider alone to hosting and is_anonymous alone to proxy', () => {
    const file = db('GeoIP2-Anonymous-IP', [
      { network: '10.0.0.0/8', data: { is_hosting_provider: true } },
      { network: '11.0.0.0/8', data: { is_anonymous: true } },
    ]);
    const provider = createMmdbProvider({ databases: [{ data: file }] });
    const found = provider.lookup(['10.1.1.1', '11.1.1.1']);
    expect(found.get('10.1.1.1')?.connectionType).toBe('hosting');
    expect(found.get('11.1.1.1')?.connectionType).toBe('proxy');
  });

  it('reads an IPinfo ASN record whose ASN is a string with its AS prefix', () => {
    const file = db('ipinfo asn.mmdb', [
      {
        network: '8.8.8.0/24',
        data: { asn: 'AS15169', name: 'Google LLC', domain: 'google.com', type: 'hosting', country: 'US' },
      },
      {
        network: '9.9.9.0/24',
        data: { asn: 'AS19281', name: 'Quad9', domain: 'quad9.net', type: 'isp', country: 'CH' },
      },
    ]);
    const provider = createMmdbProvider({ databases: [{ name: 'asn.mmdb', data: file }] });
    const found = provider.lookup(['8.8.8.8', '9.9.9.9']);
    expect(found.get('8.8.8.8')).toEqual({
      ip: '8.8.8.8',
      country: 'US',
      asn: 15169,
      org: 'Google LLC',
      connectionType: 'hosting',
      sources: [
        {
          name: 'asn.mmdb',
          asOf: '2026-06-02',
          fields: ['country', 'asn', 'org', 'connectionType'],
          matched: '8.8.8.0/24',
        },
      ],
    });
    // An ISP says nothing about whether the line is residential, mobile or business.
    expect(found.get('9.9.9.9')?.connectionType).toBeUndefined();
  });

  it('reads IPinfo Lite, whose country is a name and country_code the ISO code', () => {
    const file = db('ipinfo lite.mmdb', [
      {
        network: '1.0.16.0/20',
        data: {
          country: 'Japan',
          country_code: 'JP',
          continent: 'Asia',
          continent_code: 'AS',
          asn: 'AS2519',
          as_name: 'ARTERIA Networks Corporation',
          as_domain: 'arteria-net.com',
        },
      },
    ]);
    const provider = createMmdbProvider({ databases: [{ data: file }] });
    expect(provider.lookup(['1.0.16.1']).get('1.0.16.1')).toMatchObject({
      country: 'JP',
      asn: 2519,
      org: 'ARTERIA Networks Corporation',
    });
  });

  it('reads an IPinfo geolocation record, whose coordinates sit at the top level', () => {
    const file = db('ipinfo location.mmdb', [
      {
        network: '1.253.242.0/24',
        data: {
          city: 'Yangsan',
          region: 'Gyeongsangnam-do',
          country: 'KR',
          latitude: '35.34199',
          longitude: '129.03358',
          postal_code: '50593',
          timezone: 'Asia/Seoul',
        },
      },
    ]);
    const provider = createMmdbProvider({ databases: [{ data: file }] });
    expect(provider.lookup(['1.253.242.9']).get('1.253.242.9')).toMatchObject({
      country: 'KR',
      region: 'Gyeongsangnam-do',
      city: 'Yangsan',
      lat: 35.34199,
      lon: 129.03358,
    });
  });

  it('reads IPinfo privacy flags stored as strings, keeps the service name, and does not treat relay as an anonymiser', () => {
    const file = db('ipinfo standard_privacy.mmdb', [
      {
        network: '10.0.0.0/24',
        data: { hosting: 'true', proxy: '', tor: '', vpn: 'true', relay: '', service: 'NordVPN' },
      },
      {
        network: '10.0.1.0/24',
        data: { hosting: '', proxy: '', tor: 'true', vpn: '', relay: '', service: '' },
      },
      {
        network: '10.0.2.0/24',
        data: { hosting: '', proxy: '', tor: '', vpn: '', relay: 'true', service: 'iCloud Private Relay' },
      },
      {
        network: '10.0.3.0/24',
        data: { hosting: true, proxy: false, tor: false, vpn: false, relay: false, service: '' },
      },
    ]);
    const provider = createMmdbProvider({ databases: [{ data: file }] });
    const found = provider.lookup(['10.0.0.1', '10.0.1.1', '10.0.2.1', '10.0.3.1']);
    expect(found.get('10.0.0.1')).toMatchObject({ connectionType: 'vpn', provider: 'NordVPN' });
    expect(found.get('10.0.1.1')).toMatchObject({ connectionType: 'tor' });
    expect(found.get('10.0.2.1')).toEqual({
      ip: '10.0.2.1',
      provider: 'iCloud Private Relay',
      sources: [
        {
          name: 'ipinfo standard_privacy.mmdb',
          asOf: '2026-06-02',
          fields: ['provider'],
          matched: '10.0.2.0/24',
        },
      ],
    });
    expect(found.get('10.0.3.1')?.connectionType).toBe('hosting');
  });

  it('merges several files per address: location from City, network from ASN, anonymiser from Anonymous IP', () => {
    const provider = createMmdbProvider({
      databases: [
        { name: 'GeoLite2-City.mmdb', data: city },
        { name: 'GeoLite2-ASN.mmdb', data: asn },
        { name: 'GeoIP2-Anonymous-IP.mmdb', data: anonymous },
      ],
    });
    expect(provider.name).toBe('GeoLite2-City.mmdb+GeoLite2-ASN.mmdb+GeoIP2-Anonymous-IP.mmdb');
    expect(provider.lookup(['198.51.100.7']).get('198.51.100.7')).toEqual({
      ip: '198.51.100.7',
      country: 'US',
      region: 'TX',
      city: 'Dallas',
      lat: 32.7831,
      lon: -96.8067,
      asn: 64500,
      org: 'Example Hosting Ltd',
      connectionType: 'vpn',
      sources: [
        {
          name: 'GeoLite2-City.mmdb',
          asOf: '2026-06-02',
          fields: ['country', 'region', 'city', 'lat', 'lon'],
          matched: '198.51.100.0/24',
        },
        { name: 'GeoLite2-ASN.mmdb', asOf: '2026-06-02', fields: ['asn', 'org'], matched: '198.51.100.0/24' },
        {
          name: 'GeoIP2-Anonymous-IP.mmdb',
          asOf: '2026-06-02',
          fields: ['connectionType'],
          matched: '198.51.100.0/25',
        },
      ],
    });
  });

  it('answers IPv6 and IPv4-mapped addresses, and leaves unknown and invalid addresses out', () => {
    const provider = createMmdbProvider({ databases: [{ data: city }] });
    const found = provider.lookup(['2001:db8::1', '::ffff:198.51.100.7', '192.0.2.1', 'not-an-ip', '']);
    expect(found.get('2001:db8::1')).toMatchObject({ country: 'SG' });
    expect(found.get('::ffff:198.51.100.7')).toMatchObject({ country: 'US', city: 'Dallas' });
    expect([...found.keys()]).toEqual(['2001:db8::1', '::ffff:198.51.100.7']);
  });

  it('skips IPv6 addresses in an IPv4-only file', () => {
    const file = db('GeoLite2-ASN', [{ network: '10.0.0.0/8', data: { autonomous_system_number: 1 } }], 4);
    const provider = createMmdbProvider({ databases: [{ data: file }] });
    expect([...provider.lookup(['10.0.0.1', '2001:db8::1']).keys()]).toEqual(['10.0.0.1']);
  });

  it('throws an IntelError naming the file when the bytes are not a MaxMind DB', () => {
    const attempt = () =>
      createMmdbProvider({ databases: [{ name: 'broken.mmdb', data: Buffer.from('nope') }] });
    expect(attempt).toThrow(IntelError);
    expect(attempt).toThrow(/^broken\.mmdb is not a MaxMind DB file/);
  });

  it('loads files from disk, each named after its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hirescreen-mmdb-'));
    writeFileSync(join(dir, 'GeoLite2-ASN.mmdb'), asn);
    const provider = await loadMmdbProvider([join(dir, 'GeoLite2-ASN.mmdb')]);
    expect(provider.lookup(['198.51.100.1']).get('198.51.100.1')?.sources).toEqual([
      { name: 'GeoLite2-ASN.mmdb', asOf: '2026-06-02', fields: ['asn', 'org'], matched: '198.51.100.0/24' },
    ]);
  });

  it.each([
    [4, 24],
    [6, 28],
    [6, 32],
    [4, 32],
    [6, 24],
  ] as const)(
    'walks an IPv%i tree of %i-bit records to the same record and prefix as mmdb-lib (property)',
    (ipVersion, recordSize) => {
      const octet = fc.integer({ min: 0, max: 255 });
      const network = fc.record({ a: octet, b: octet, c: octet, prefix: fc.integer({ min: 8, max: 24 }) });
      fc.assert(
        fc.property(
          fc.array(network, { minLength: 1, maxLength: 12 }),
          fc.array(fc.tuple(octet, octet, octet, octet), { minLength: 1, maxLength: 12 }),
          (networks, probes) => {
            const file = writeMmdb({
              ipVersion,
              recordSize,
              databaseType: 'T',
              networks: [
                ...networks.map(({ a, b, c, prefix }, i) => ({
                  network: `${a}.${b}.${c}.0/${prefix}`,
                  data: { autonomous_system_number: i + 1 },
                })),
                ...(ipVersion === 6
                  ? [{ network: '2001:db8::/32', data: { autonomous_system_number: 99 } }]
                  : []),
              ],
            });
            const provider = createMmdbProvider({ databases: [{ name: 't', data: file }] });
            const reader = new Reader<Record<string, number>>(file);
            const ips = [
              ...probes.map((p) => p.join('.')),
              ...networks.map(({ a, b, c }) => `${a}.${b}.${c}.1`),
              ...(ipVersion === 6 ? ['2001:db8::1', '2001:db9::1'] : []),
            ];
            const found = provider.lookup(ips);
            for (const ip of ips) {
              const [record, prefix] = reader.getWithPrefixLength(ip);
              expect(found.get(ip)?.asn).toBe(record?.autonomous_system_number);
              const matched = found.get(ip)?.sources?.[0]?.matched;
              if (record !== null && !ip.includes(':')) expect(matched?.endsWith(`/${prefix}`)).toBe(true);
            }
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});
