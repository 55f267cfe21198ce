import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli as runCliInProcess } from './_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-lists-'));
const sdn = 'test/fixtures/ofac/sdn.csv';
const list = join(dir, 'entities.json');
writeFileSync(
  list,
  JSON.stringify({
    name: 'Our vendor blocklist',
    kind: 'case',
    asOf: '2026-10-01',
    entities: [{ id: 'v1', kind: 'organization', name: 'Blue Lantern Staffing LLC' }],
  }),
);

describe('hirescreen lists and screen --sanctions / --entities', () => {
  it('lists the built-in catalog and the loaded lists with their age', async () => {
    const run = await runCliInProcess(['lists', '--entities', list, '--as-of', '2026-12-01T00:00:00Z']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'hirescreen catalog of entities named in enforcement actions (case, as of 2025-11-14, 382 days old): 7 entries, built in',
      'Our vendor blocklist (case, as of 2026-10-01, 61 days old): 1 entries',
      '',
    ]);
  });

  it('reports the SDN lines it could not read, never dropping them silently', async () => {
    const run = await runCliInProcess(['lists', '--sanctions', sdn]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('sdn.csv: 2 line(s) could not be read and were not loaded (lines 5, 6)');
    expect(run.stdout).toContain('OFAC SDN (sanctions, as of ');
  });

  it('screens a payee against a loaded list', async () => {
    const roster = join(dir, 'roster.ndjson');
    writeFileSync(
      roster,
      `${JSON.stringify({ id: 'p1', payroll: { accounts: [{ payeeEntity: 'Blue Lantern Staffing, Inc.' }] } })}\n`,
    );
    const run = await runCliInProcess([
      'screen',
      roster,
      '--entities',
      list,
      '--format',
      'json',
      '--no-links',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      screenings: { decision: string; findings: { ruleId: string; evidence: { list: string } }[] }[];
    };
    expect(report.screenings[0]?.decision).toBe('escalate');
    expect(report.screenings[0]?.findings.map((f) => [f.ruleId, f.evidence.list])).toEqual([
      ['known-entity-match', 'Our vendor blocklist'],
    ]);
  });

  it('exits 2 on a list file that is not a list, naming where', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', kind: 'case', entities: [{ id: 'a' }] }));
    const run = await runCliInProcess(['lists', '--entities', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a known-entity list at entities\.0\.kind/);
  });
});
