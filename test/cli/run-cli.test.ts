import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './_support/cli.js';
import type { BatchReport } from '../../src/report/batch.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];
const shipsElsewhere = {
  id: 'emp-farm',
  addresses: [
    { purpose: 'home', line1: '88 Oak Ave', city: 'Tulsa', region: 'OK', postalCode: '74103' },
    {
      purpose: 'shipping',
      line1: '1420 Ridgeview Dr Apt 3',
      city: 'Nashville',
      region: 'TN',
      postalCode: '37211',
    },
  ],
  // A laptop shipped elsewhere is moderate evidence alone; with sign-ins through Astrill VPN, two
  // independent findings reach review.
  logins: [
    { at: '2026-01-28T03:10:00Z', ip: '45.76.12.9', geo: { connectionType: 'vpn', provider: 'Astrill VPN' } },
  ],
};

describe('hirescreen screen', () => {
  it('screens NDJSON with a BOM, CRLF line ends, blank lines, a broken line and a wrong type; the counts add up', async () => {
    const lines = [
      JSON.stringify({ id: 'ok-1' }),
      '',
      '{"id": "broken", ',
      JSON.stringify({ id: 'typed', phones: [{ number: 12 }] }),
      JSON.stringify(shipsElsewhere),
      '   ',
    ];
    const path = file(
      'mixed.ndjson',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'))]),
    );
    const { code, stdout, stderr } = await cli(['screen', path, '--format', 'json', ...AS_OF]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as BatchReport;
    expect(report.summary).toEqual({
      input: 4,
      screened: 2,
      rejected: 2,
      decisions: { clear: 1, review: 1, escalate: 0 },
    });
    expect(report.rejects).toEqual([
      {
        position: 1,
        line: 3,
        issues: [{ path: '', code: 'invalid_json', message: expect.stringMatching(/^not valid JSON/) }],
      },
      {
        position: 2,
        line: 4,
        profileId: 'typed',
        issues: [{ path: 'phones[0].number', code: 'invalid_type', message: expect.any(String) }],
      },
    ]);
    expect(report.screenings.map((s) => s.profileId)).toEqual(['ok-1', 'emp-farm']);
  });

  it('explains a shipping address that differs from home in the text report', async () => {
    const path = file('one.json', JSON.stringify([shipsElsewhere]));
    const { code, stdout } = await cli(['screen', path, ...AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toContain('Profile emp-farm: score 37/100, REVIEW');
    expect(stdout).toContain('Equipment is to be shipped to 1420 Ridgeview Dr Apt 3, Nashville, TN 37211');
    expect(stdout).toContain('what to do: Confirm the home address');
  });

  it('exits 1 when a profile reaches --fail-on', async () => {
    const path = file('fail.json', JSON.stringify([shipsElsewhere]));
    expect((await cli(['screen', path, '--fail-on', 'review', ...AS_OF])).code).toBe(1);
    expect((await cli(['screen', path, '--fail-on', 'escalate', ...AS_OF])).code).toBe(0);
  });

  it('reads standard input with "-"', async () => {
    const { code, stdout } = await cli(
      ['screen', '-', '--format', 'json', ...AS_OF],
      JSON.stringify({ id: 'stdin-1' }),
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as BatchReport).summary.screened).toBe(1);
  });

  it('writes the report to --output', async () => {
    const out = join(dir, 'report.json');
    const { code, stdout } = await cli([
      'screen',
      file('o.json', '[{"id":"a"}]'),
      '--format',
      'json',
      '--output',
      out,
      ...AS_OF,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as BatchReport).summary.input).toBe(1);
  });

  it('gives the same bytes on the same input', async () => {
    const path = file('same.json', JSON.stringify([shipsElsewhere, { id: 'x' }]));
    const a = await cli(['screen', path, '--format', 'json', ...AS_OF]);
    const b = await cli(['screen', path, '--format', 'json', ...AS_OF]);
    expect(a.stdout).toBe(b.stdout);
  });

  it.each([
    [['screen', join(dir, 'missing.json')], /^hirescreen: cannot read ".*missing\.json": no such file\n$/],
    [['screen', dir], /^hirescreen: cannot read ".*": it is a directory\n$/],
    [['screen'], /^hirescreen: missing input file/],
    [['scan', 'x'], /^hirescreen: unknown command "scan"/],
    [
      ['screen', 'x', '--format', 'xml'],
      /^hirescreen: --format must be one of text, json, markdown, html \(got "xml"\)\n$/,
    ],
    [['screen', 'x', '--bogus'], /^hirescreen: Unknown option '--bogus'/],
    [['screen', 'x', '--as-of', 'yesterday'], /^hirescreen: --as-of must be a date-time/],
  ])('exits 2 with a one-line reason for %j', async (args, message) => {
    const { code, stderr, stdout } = await cli(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on an empty file', async () => {
    const { code, stderr } = await cli(['screen', file('empty.json', '\n  \n')]);
    expect(code).toBe(2);
    expect(stderr).toBe('hirescreen: the input is empty: expected a JSON array or NDJSON of profiles\n');
  });

  it('exits 2 on a broken JSON array without quoting its content', async () => {
    const { code, stderr } = await cli(['screen', file('broken.json', '[{"id": "123-45-6789"')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hirescreen: the input starts like a JSON array but is not valid JSON/);
    expect(stderr).not.toContain('123-45-6789');
  });

  it('prints the version from package.json', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version}\n`,
    );
  });

  it('prints help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: hirescreen screen <file\|->/);
  });
});
