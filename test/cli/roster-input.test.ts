import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';
import type { BatchReport } from '../../src/report/batch.js';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hirescreen-roster-'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(args: string[], extra: { stdin?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...(extra.stdin !== undefined && { stdin: () => Readable.from([extra.stdin as string]) }),
    env: extra.env ?? {},
  });
  return { code, stdout, stderr };
}

async function jsonReport(args: string[], extra?: Parameters<typeof cli>[1]): Promise<BatchReport> {
  const { code, stdout, stderr } = await cli([...args, '--format', 'json', ...AS_OF], extra);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as BatchReport;
}

const example = (name: string): string => join(root, 'examples/data', name);

describe('hirescreen screen on CSV', () => {
  it('reads a BOM, CRLF, empty lines, a row with too many cells, a bad number and a bad value; the counts add up', async () => {
    const rows = [
      'id,name.full,claimed.lat,kind,addresses[0].purpose,addresses[0].line1',
      'c-1,Ana Lima,41.5,employee,home,1 Main St',
      '',
      'c-2,Bo Chen,north,employee,,',
      'c-3,Cy Diaz,12,employee,home,2 Main St,extra',
      'c-4,Di Eko,,wizard,,',
      '"c-5","Ed ""Fast"" Fox",,candidate,,',
      '',
    ];
    const path = file('mixed.csv', Buffer.concat([BOM, Buffer.from(rows.join('\r\n'))]));
    // Three of five rejected is over the default --max-reject-rate of 0.5.
    const report = await jsonReport(['screen', path, '--max-reject-rate', '1']);
    expect(report.summary).toEqual({
      input: 5,
      screened: 2,
      rejected: 3,
      decisions: { clear: 2, review: 0, escalate: 0 },
    });
    expect(report.screenings.map((s) => s.profileId)).toEqual(['c-1', 'c-5']);
    expect(report.rejects).toEqual([
      {
        position: 1,
        line: 4,
        profileId: 'c-2',
        issues: [{ path: 'claimed.lat', code: 'invalid_type', message: expect.any(String) }],
      },
      {
        position: 2,
        line: 5,
        issues: [{ path: '', code: 'too_many_columns', message: 'the row has 7 cells; the header has 6' }],
      },
      {
        position: 3,
        line: 6,
        profileId: 'c-4',
        issues: [{ path: 'kind', code: 'invalid_value', message: expect.any(String) }],
      },
    ]);
  });

  it('maps HRIS headers with a --columns file, sets constants only on objects a cell started, and warns about unmapped columns', async () => {
    const header =
      'Employee ID,Legal Name,Home Street,Home City,Home State,Home ZIP,Laptop Ship-To Street,Laptop Ship-To City,Laptop Ship-To State,Laptop Ship-To ZIP,Cost Center,Badge Colour';
    const path = file(
      'hris.csv',
      `${header}\n` +
        'E1,Ana Lima,88 Oak Ave,Tulsa,OK,74103,1420 Ridgeview Dr Apt 3,Nashville,TN,37211,CC-9,red\n' +
        'E2,Bo Chen,5 Pine Rd,Tulsa,OK,74103,,,,,CC-9,blue\n',
    );
    const { code, stdout, stderr } = await cli([
      'screen',
      path,
      '--columns',
      example('columns.example.json'),
      '--format',
      'json',
      '--no-links',
      ...AS_OF,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('hirescreen: warning: CSV columns not in --columns, ignored: Badge Colour\n');
    const report = JSON.parse(stdout) as BatchReport;
    // The mapped ship-to address is read: it differs from home, a finding that alone stays below review.
    expect(report.summary.decisions).toEqual({ clear: 2, review: 0, escalate: 0 });
    const flagged = report.screenings.find((s) => s.profileId === 'E1');
    expect(flagged?.findings.map((f) => f.ruleId)).toContain('shipping-address-not-home');
  });

  it('exits 2 naming a header that is not a profile path', async () => {
    const { code, stderr } = await cli(['screen', file('bad-header.csv', 'id,Full Name\na,b\n')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hirescreen: CSV column "Full Name": "Full Name" is not a profile field path/);
  });

  it('gives the same report for the example roster as CSV and as JSON', async () => {
    const fromJson = await jsonReport(['screen', example('roster.json')]);
    const fromCsv = await jsonReport(['screen', example('roster.csv')]);
    expect(fromCsv).toEqual(fromJson);
    expect(fromJson.clusters?.[0]?.members).toEqual([
      'emp-1001',
      'emp-1002',
      'emp-1003',
      'emp-1004',
      'emp-1005',
    ]);
  });
});

describe('hirescreen screen on JSON and NDJSON', () => {
  it('reads a JSON array with a BOM and CRLF, rejecting wrong types and duplicate ids by position', async () => {
    const text = `[\r\n${JSON.stringify({ id: 'a' })},\r\n${JSON.stringify({ id: 7 })},\r\n${JSON.stringify({ id: 'a' })},\r\n"text"\r\n]\r\n`;
    const report = await jsonReport([
      'screen',
      file('array.json', Buffer.concat([BOM, Buffer.from(text)])),
      '--max-reject-rate',
      '1',
    ]);
    expect(report.summary).toMatchObject({ input: 4, screened: 1, rejected: 3 });
    expect(report.rejects.map((r) => [r.position, r.issues[0]?.path, r.issues[0]?.code])).toEqual([
      [1, 'id', 'invalid_type'],
      [2, 'id', 'duplicate_id'],
      [3, '', 'invalid_type'],
    ]);
  });

  it('streams NDJSON from standard input and rejects a repeated id', async () => {
    const stdin = ['{"id":"a"}', '{"id":"b"}', '{"id":"a"}', '{oops'].join('\n');
    const report = await jsonReport(['screen', '-'], { stdin });
    expect(report.summary).toMatchObject({ input: 4, screened: 2, rejected: 2 });
    expect(report.rejects.map((r) => [r.line, r.issues[0]?.code])).toEqual([
      [3, 'duplicate_id'],
      [4, 'invalid_json'],
    ]);
  });

  it('screens one profile written over several lines (a pretty-printed JSON object) as one record', async () => {
    const report = await jsonReport(['screen', example('one-profile.json'), '--no-links']);
    expect(report.summary).toMatchObject({ input: 1, screened: 1, rejected: 0 });
    expect(report.screenings.map((s) => s.profileId)).toEqual(['emp-1001']);
    // From standard input too, and NDJSON whose first line is broken stays line by line.
    const piped = await jsonReport(['screen', '-', '--no-links'], {
      stdin: `\uFEFF${JSON.stringify({ id: 'a', name: { full: 'Ana Lima' } }, null, 2)}\r\n`,
    });
    expect(piped.screenings.map((s) => s.profileId)).toEqual(['a']);
    const broken = await jsonReport([
      'screen',
      file('broken.ndjson', '{oops\n{"id":"b"}\n'),
      '--max-reject-rate',
      '1',
    ]);
    expect(broken.summary).toMatchObject({ input: 2, screened: 1, rejected: 1 });
  });

  it('honours --input-format over the extension', async () => {
    const path = file('roster.txt', 'id,name.full\nx-1,Ana Lima\n');
    const report = await jsonReport(['screen', path, '--input-format', 'csv']);
    expect(report.screenings.map((s) => s.profileId)).toEqual(['x-1']);
  });
});

describe('roster mode', () => {
  it('shows the farm cluster in the text report, and none with --no-links', async () => {
    const { stdout } = await cli(['screen', example('roster.json'), ...AS_OF]);
    expect(stdout).toContain('Clusters (1):');
    expect(stdout).toMatch(/members: emp-1001, emp-1002, emp-1003, emp-1004, emp-1005\n/);
    // The household, the nickname and married-name documents and the ordinary hires stay clear.
    expect(stdout).toContain('Clear (6): emp-2001, emp-2002, emp-2003, emp-2004, emp-2005, cand-3001');
    const alone = await jsonReport(['screen', example('roster.json'), '--no-links']);
    expect(alone.clusters).toBeUndefined();
    expect(alone.screenings.flatMap((s) => s.findings).some((f) => f.related !== undefined)).toBe(false);
  });

  it('keys links with the secret from --hmac-key-env, so no raw address reaches the clusters', async () => {
    const report = await jsonReport(['screen', example('roster.json'), '--hmac-key-env', 'LINK_KEY'], {
      env: { LINK_KEY: 'test-secret' },
    });
    expect(report.clusters?.map((cluster) => cluster.members)).toEqual([
      ['emp-1001', 'emp-1002', 'emp-1003', 'emp-1004', 'emp-1005'],
    ]);
    expect(JSON.stringify(report.clusters)).not.toMatch(/RIDGEVIEW/i);
  });

  it('exits 2 when the --hmac-key-env variable is missing', async () => {
    const { code, stderr } = await cli(['screen', example('roster.json'), '--hmac-key-env', 'NOPE_KEY']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'hirescreen: --hmac-key-env: the environment variable NOPE_KEY is not set (it must hold the link-hashing secret)\n',
    );
  });
});

describe('--config and --ip-ranges', () => {
  it('turns a rule off with a JSON rule set', async () => {
    const config = file(
      'rules.json',
      JSON.stringify({ extends: ['recommended'], rules: { 'shipping-address-not-home': 'off' } }),
    );
    const on = await jsonReport(['screen', example('roster.json'), '--no-links']);
    const off = await jsonReport(['screen', example('roster.json'), '--no-links', '--config', config]);
    const ids = (r: BatchReport) => new Set(r.screenings.flatMap((s) => s.findings.map((f) => f.ruleId)));
    expect(ids(on).has('shipping-address-not-home')).toBe(true);
    expect(ids(off).has('shipping-address-not-home')).toBe(false);
  });

  it('loads a rule set from a CommonJS module', async () => {
    const config = file('rules.cjs', "module.exports = { rules: { 'shipping-address-not-home': 'on' } };\n");
    const report = await jsonReport(['screen', example('roster.json'), '--config', config]);
    expect(report.summary.input).toBe(11);
  });

  it('exits 2 on an invalid rule set, naming the path', async () => {
    const config = file(
      'bad-rules.json',
      JSON.stringify({ rules: { 'shipping-address-not-home': { weight: 500 } } }),
    );
    const { code, stderr } = await cli(['screen', example('roster.json'), '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hirescreen: Invalid hirescreen configuration: .*shipping-address-not-home/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads --ip-ranges files (repeatable) and exits 2 on a missing one', async () => {
    const ranges = file(
      'vpn.csv',
      '# asOf: 2026-01-01\ncidr,connectionType,provider\n73.182.44.0/24,vpn,Example VPN\n',
    );
    const report = await jsonReport([
      'screen',
      example('roster.json'),
      '--ip-ranges',
      ranges,
      '--ip-ranges',
      ranges,
    ]);
    expect(report.summary.screened).toBe(11);
    const { code, stderr } = await cli([
      'screen',
      example('roster.json'),
      '--ip-ranges',
      join(dir, 'none.csv'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hirescreen: cannot read --ip-ranges ".*none\.csv": no such file\n$/);
  });
});

describe('report formats', () => {
  it('writes Markdown with the clusters and escaped profile text', async () => {
    const path = file('md.ndjson', `${JSON.stringify({ id: 'x|<b>*' })}\n`);
    const { stdout } = await cli(['screen', path, '--format', 'markdown', ...AS_OF]);
    expect(stdout).toContain('## Clusters');
    expect(stdout).toContain('x\\|\\<b\\>\\*');
    const example = await cli([
      'screen',
      join(root, 'examples/data/roster.json'),
      '--format',
      'markdown',
      ...AS_OF,
    ]);
    expect(example.stdout).toContain(
      '### Farm: 5 laptops shipped to 1420 RIDGEVIEW DR \\#3, 37211 US, signing in from one home line',
    );
  });

  it('writes a self-contained HTML page to --output', async () => {
    const out = join(dir, 'report.html');
    const { code } = await cli([
      'screen',
      example('roster.json'),
      '--format',
      'html',
      '--output',
      out,
      ...AS_OF,
    ]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|src=|href=|url\(/i);
  });
});
