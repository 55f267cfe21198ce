import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
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

  it('reads the advanced XML by its extension or its first character, and says which it read', async () => {
    const bare = join(dir, 'SDN_ADVANCED');
    copyFileSync('test/fixtures/ofac/sdn_advanced.xml', bare);
    for (const file of ['test/fixtures/ofac/sdn_advanced.xml', bare]) {
      const run = await runCliInProcess(['lists', '--sanctions', file, '--as-of', '2026-12-01T00:00:00Z']);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[1]).toBe(
        `OFAC SDN (sanctions, as of 2026-11-28, 3 days old): 3 entries, from ${file.split('/').pop()}, OFAC advanced XML`,
      );
      expect(run.stderr).toContain(
        '3 entries or places could not be read and were not loaded (lines 125, 134, 168)',
      );
      expect(run.stderr).toContain('dated 2026-11-28 by its DateOfIssue');
    }
  });

  it('screens a payee against the advanced XML', async () => {
    const roster = join(dir, 'roster-xml.ndjson');
    writeFileSync(
      roster,
      `${JSON.stringify({ id: 'p1', payroll: { accounts: [{ payeeEntity: 'China Yanbian Silverstar' }] } })}\n`,
    );
    const run = await runCliInProcess([
      'screen',
      roster,
      '--sanctions',
      'test/fixtures/ofac/sdn_advanced.xml',
      '--format',
      'json',
      '--no-links',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      screenings: { findings: { ruleId: string; evidence: { list: string } }[] }[];
    };
    expect(report.screenings[0]?.findings.map((f) => [f.ruleId, f.evidence.list])).toEqual([
      ['known-entity-match', 'OFAC SDN'],
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
