import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { BatchReport } from '../../src/report/batch.js';
import { writeMmdb } from '../support/mmdb-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-ip-intel-'));
const AS_OF = '2026-07-01T00:00:00Z';
const BUILT = Date.parse('2026-06-15T00:00:00Z') / 1000;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

// Six sign-ins that carry only an address, all from one VPN exit.
const roster = file(
  'roster.ndjson',
  `${JSON.stringify({
    id: 'emp-1',
    logins: Array.from({ length: 6 }, (_, i) => ({ at: `2026-06-2${i}T15:00:00Z`, ip: '192.0.2.10' })),
  })}\n`,
);
const asn = file(
  'GeoLite2-ASN.mmdb',
  writeMmdb({
    ipVersion: 6,
    databaseType: 'GeoLite2-ASN',
    buildEpoch: BUILT,
    networks: [
      {
        network: '192.0.2.0/24',
        data: { autonomous_system_number: 64500, autonomous_system_organization: 'Example VPS' },
      },
    ],
  }),
);
const anonymous = file(
  'GeoIP2-Anonymous-IP.mmdb',
  writeMmdb({
    ipVersion: 6,
    databaseType: 'GeoIP2-Anonymous-IP',
    buildEpoch: BUILT,
    networks: [{ network: '192.0.2.0/24', data: { is_anonymous: true, is_anonymous_vpn: true } }],
  }),
);

describe('hirescreen screen --ip-intel', () => {
  it("reads .mmdb files (repeatable), prints each one's build date and flags the VPN egress they reveal", async () => {
    const plain = await cli(['screen', roster, '--format', 'json', '--as-of', AS_OF, '--no-ip-data']);
    const ruleIds = (stdout: string) =>
      (JSON.parse(stdout) as BatchReport).screenings.flatMap((s) => s.findings.map((f) => f.ruleId));
    expect(ruleIds(plain.stdout)).not.toContain('anonymized-login-share');

    const { code, stdout, stderr } = await cli([
      'screen',
      roster,
      '--format',
      'json',
      '--as-of',
      AS_OF,
      '--no-ip-data',
      '--ip-intel',
      asn,
      '--ip-intel',
      anonymous,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'hirescreen: IP data: GeoLite2-ASN.mmdb (GeoLite2-ASN) built 2026-06-15\n' +
        'hirescreen: IP data: GeoIP2-Anonymous-IP.mmdb (GeoIP2-Anonymous-IP) built 2026-06-15\n',
    );
    expect(ruleIds(stdout)).toContain('anonymized-login-share');
  });

  it('warns when a database is older than --ip-data-max-age', async () => {
    const { code, stderr } = await cli([
      'screen',
      roster,
      '--as-of',
      AS_OF,
      '--no-ip-data',
      '--ip-intel',
      asn,
      '--ip-data-max-age',
      '10',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'hirescreen: warning: GeoLite2-ASN.mmdb is 16 days old (over 10); use a fresher copy\n',
    );
  });

  it('reads an ip-location-db ASN .csv with the hosting catalog', async () => {
    const ranges = file('asn-ipv4.csv', '192.0.2.0,192.0.2.255,16509,"Amazon.com, Inc."\n');
    const { code, stdout, stderr } = await cli([
      'screen',
      roster,
      '--format',
      'json',
      '--as-of',
      AS_OF,
      '--ip-intel',
      ranges,
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^hirescreen: IP data: asn-ipv4\.csv as of \d{4}-\d{2}-\d{2} \(1 range\)\n/);
    const findings = (JSON.parse(stdout) as BatchReport).screenings.flatMap((s) => s.findings);
    expect(findings.map((f) => f.ruleId)).toContain('anonymized-login-share');
  });

  it('exits 2 on a file that is neither .mmdb nor .csv, a missing file, or a file that is not a MaxMind DB', async () => {
    const other = await cli(['screen', roster, '--ip-intel', join(dir, 'ranges.txt')]);
    expect(other).toMatchObject({ code: 2 });
    expect(other.stderr).toMatch(
      /^hirescreen: --ip-intel ".*ranges\.txt": expected a \.mmdb database or an ip-location-db ASN \.csv file\n$/,
    );
    const missing = await cli(['screen', roster, '--ip-intel', join(dir, 'none.mmdb')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^hirescreen: cannot read --ip-intel ".*none\.mmdb": no such file\n$/);
    const broken = await cli(['screen', roster, '--ip-intel', file('broken.mmdb', 'not a database')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^hirescreen: broken\.mmdb is not a MaxMind DB file/);
  });

  it('rejects a --ip-data-max-age that is not a whole number of days', async () => {
    const { code, stderr } = await cli(['screen', roster, '--ip-data-max-age', 'soon']);
    expect(code).toBe(2);
    expect(stderr).toBe('hirescreen: --ip-data-max-age takes a whole number of days (got "soon")\n');
  });
});
