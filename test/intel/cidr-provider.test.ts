import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCidrProvider, loadCidrFile } from '../../src/intel/cidr-provider.js';
import { parseCidrList } from '../../src/intel/cidr-list.js';
import { IntelError } from '../../src/intel/errors.js';

const LIST = [
  '# Example VPN ranges (documentation address space)',
  '# asOf: 2025-06-01',
  'cidr,connectionType,provider,asn,org,country',
  '198.51.100.0/24,vpn,Astrill,AS64500,"Example, Inc.",sg',
  '198.51.100.128/25,hosting,,64501,Example Hosting',
  '',
  '2001:db8::/32,proxy',
].join('\n');

describe('parseCidrList', () => {
  it('reads a header, quoted fields, AS-prefixed numbers and the asOf comment', () => {
    const list = parseCidrList(LIST, { source: 'vpn.csv' });
    expect(list.errors).toEqual([]);
    expect(list.asOf).toBe('2025-06-01');
    expect(list.ranges).toEqual([
      {
        cidr: '198.51.100.0/24',
        facts: {
          connectionType: 'vpn',
          provider: 'Astrill',
          asn: 64500,
          org: 'Example, Inc.',
          country: 'SG',
        },
        line: 4,
      },
      {
        cidr: '198.51.100.128/25',
        facts: { connectionType: 'hosting', asn: 64501, org: 'Example Hosting' },
        line: 5,
      },
      { cidr: '2001:db8::/32', facts: { connectionType: 'proxy' }, line: 7 },
    ]);
  });

  it('uses the default column order when there is no header, and a header may reorder columns', () => {
    expect(parseCidrList('203.0.113.0/24,tor,,,,DE').ranges[0]?.facts).toEqual({
      connectionType: 'tor',
      country: 'DE',
    });
    expect(parseCidrList('country,cidr\nUS,203.0.113.0/24').ranges[0]).toEqual({
      cidr: '203.0.113.0/24',
      facts: { country: 'US' },
      line: 2,
    });
  });

  it('rejects bad lines with their line numbers and keeps the good ones', () => {
    const text = [
      'cidr,connectionType,asn,country,lat',
      '192.0.2.0/24,vpn',
      '192.0.2.0/33,vpn',
      '192.0.2.0/24,satellite',
      '192.0.2.0/24,,AS-1',
      '192.0.2.0/24,,,USA',
      '192.0.2.0/24,,,,91',
      ',vpn',
      '192.0.2.0/24,vpn,1,US,0,extra',
      '"192.0.2.0/24,vpn',
    ].join('\n');
    const list = parseCidrList(text, { source: 'x.csv' });
    expect(list.ranges.map((range) => range.line)).toEqual([2]);
    expect(list.errors.map(({ line, path }) => [line, path])).toEqual([
      [3, 'cidr'],
      [4, 'connectionType'],
      [5, 'asn'],
      [6, 'country'],
      [7, 'lat'],
      [8, 'cidr'],
      [9, undefined],
      [10, undefined],
    ]);
    expect(list.errors[0]).toMatchObject({
      source: 'x.csv',
      line: 3,
      message: expect.stringContaining('"192.0.2.0/33" is not a CIDR block'),
    });
    expect(list.errors[6]?.message).toBe('expected at most 5 fields, found 6');
    expect(list.errors[7]?.message).toBe('a quoted field is not closed');
  });

  it('reports unknown header columns and ignores them', () => {
    const list = parseCidrList('cidr,vendor\n192.0.2.0/24,acme');
    expect(list.ranges).toEqual([{ cidr: '192.0.2.0/24', facts: {}, line: 2 }]);
    expect(list.errors).toEqual([
      {
        line: 1,
        message: expect.stringMatching(
          /^unknown column "vendor" is ignored; known columns: cidr, connectionType/,
        ),
      },
    ]);
  });

  it('throws one error listing every bad line in strict mode', () => {
    expect(() => parseCidrList('bad\n192.0.2.0/24\nworse', { source: 'f.csv', strict: true })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        reason: 'INVALID_CIDR_LIST',
        message: expect.stringContaining('f.csv line 1 cidr: "bad" is not a CIDR block'),
        issues: [expect.objectContaining({ line: 1 }), expect.objectContaining({ line: 3 })],
      }),
    );
  });
});

describe('createCidrProvider', () => {
  const list = parseCidrList(LIST);
  const provider = createCidrProvider({ name: 'acme-vpn', asOf: list.asOf, ranges: list.ranges });

  it('answers a batch with facts attributed to the provider and the matching range', () => {
    const found = provider.lookup(['198.51.100.7', '198.51.100.200', '203.0.113.1', '198.51.100.7']);
    expect([...found.keys()]).toEqual(['198.51.100.7', '198.51.100.200']);
    expect(found.get('198.51.100.7')).toEqual({
      ip: '198.51.100.7',
      connectionType: 'vpn',
      provider: 'Astrill',
      asn: 64500,
      org: 'Example, Inc.',
      country: 'SG',
      sources: [
        {
          name: 'acme-vpn',
          asOf: '2025-06-01',
          fields: ['connectionType', 'provider', 'asn', 'org', 'country'],
          matched: '198.51.100.0/24',
        },
      ],
    });
    expect(found.get('198.51.100.200')?.connectionType).toBe('hosting');
  });

  it('skips invalid ranges and lists them, or throws in strict mode', () => {
    const ranges = [
      { cidr: '192.0.2.0/24', facts: { connectionType: 'vpn' as const } },
      { cidr: '192.0.2.0/99', facts: {} },
    ];
    const lenient = createCidrProvider({ name: 'p', ranges });
    expect(lenient.size).toBe(1);
    expect(lenient.rejected).toEqual([
      { path: 'ranges[1]', message: expect.stringContaining('"192.0.2.0/99"') },
    ]);
    expect(() => createCidrProvider({ name: 'p', ranges, strict: true })).toThrow(IntelError);
  });
});

describe('loadCidrFile', () => {
  it('reads a file and names it in errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hirescreen-intel-'));
    const path = join(dir, 'ranges.csv');
    await writeFile(path, '192.0.2.0/24,vpn\n192.0.2.0/24,nope\n');
    const list = await loadCidrFile(path);
    expect(list.ranges).toHaveLength(1);
    expect(list.errors).toEqual([
      { source: path, line: 2, path: 'connectionType', message: expect.any(String) },
    ]);
  });
});
