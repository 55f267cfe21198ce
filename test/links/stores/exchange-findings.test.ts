import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../cli/_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-exchange-findings-'));
afterAll(() => {
  delete process.env.HIRESCREEN_TEST_EXCHANGE_KEY;
  rmSync(dir, { recursive: true, force: true });
});

const roster = (name: string, lines: object[]): string => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n'));
  return path;
};
const paidTo = (accountNumber: string) => ({
  payroll: { accounts: [{ routingNumber: '021000021', accountNumber }] },
});
const key = ['--hmac-key-env', 'HIRESCREEN_TEST_EXCHANGE_KEY'];

interface ReportFinding {
  ruleId: string;
  message: string;
  evidence?: Record<string, unknown>;
}

describe('exchange counts in a screening', () => {
  it('flags a shared account with how many other employers carry it, and never who', async () => {
    process.env.HIRESCREEN_TEST_EXCHANGE_KEY = 'group secret';
    const northStore = `sqlite:${join(dir, 'north.db')}`;
    const southStore = `sqlite:${join(dir, 'south.db')}`;
    const oursStore = `sqlite:${join(dir, 'ours.db')}`;
    // Two other employers each pay one of their staff into the farm's account.
    const north = roster('north.ndjson', [{ id: 'north-7', organizationId: 'north', ...paidTo('77001234') }]);
    const south = roster('south.ndjson', [
      { id: 'south-3', organizationId: 'south', ...paidTo('7700-1234') },
      { id: 'south-4', organizationId: 'south', ...paidTo('99887766') },
    ]);
    const exports: string[] = [];
    for (const [file, store, name] of [
      [north, northStore, 'north.json'],
      [south, southStore, 'south.json'],
    ] as const) {
      expect((await cli(['index', 'add', file, '--store', store, ...key])).code).toBe(0);
      const output = join(dir, name);
      expect((await cli(['index', 'export', '--store', store, ...key, '--output', output])).code).toBe(0);
      exports.push(output);
    }

    // Our employer already pays one member of staff into it, and imports both exports at once.
    const staff = roster('staff.ndjson', [{ id: 'ours-1', organizationId: 'ours', ...paidTo('77001234') }]);
    expect((await cli(['index', 'add', staff, '--store', oursStore, ...key])).code).toBe(0);
    const imported = await cli([
      'index',
      'import',
      ...exports,
      '--from',
      'peer-files',
      '--store',
      oursStore,
      ...key,
    ]);
    expect(imported).toEqual({ code: 0, stdout: 'imported 3 keys from peer-files\n', stderr: '' });

    const candidates = roster('candidates.ndjson', [
      { id: 'cand-1', organizationId: 'ours', ...paidTo('770-01234') },
    ]);
    const screened = await cli([
      'screen',
      candidates,
      '--store',
      oursStore,
      ...key,
      '--format',
      'json',
      '--as-of',
      '2026-01-15T00:00:00Z',
    ]);
    expect(screened.code).toBe(0);
    const report = JSON.parse(screened.stdout) as { screenings: { findings: ReportFinding[] }[] };
    const shared = report.screenings[0]?.findings.find((finding) => finding.ruleId === 'shared-bank-account');
    expect(shared?.evidence).toMatchObject({ identityCount: 2, otherEmployers: 2 });
    expect(shared?.message).toContain('ours-1; also held at 2 other employers of the exchange group');
    // Counts only: no other employer's staff or label, and no full account number, reach the report.
    expect(screened.stdout).not.toMatch(/north|south|peer-files|77001234/);
  });
});
