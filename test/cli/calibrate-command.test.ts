import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScenario, SCENARIO_NOW } from '../../bench/scenario/generate.js';
import { cli } from './_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-calibrate-'));

/** A labelled roster from the benchmark's generator, one `{ label, profile }` per line, and two bad lines. */
function labelledFile(): string {
  const lines = [...generateScenario({ size: 400, seed: 3 })].map(({ profile, label }) =>
    JSON.stringify({ label: label.fraud ? 'fraud' : 'legitimate', profile }),
  );
  lines.splice(
    5,
    0,
    '{"label": "fraud", "profile": ',
    JSON.stringify({ label: 'maybe', profile: { id: 'x' } }),
  );
  const path = join(dir, 'labelled.ndjson');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('hirescreen calibrate', () => {
  const path = labelledFile();

  it('fits every rule level that fired, reports the thresholds before and after, and counts every line', async () => {
    const { code, stdout, stderr } = await cli([
      'calibrate',
      path,
      '--format',
      'json',
      '--as-of',
      SCENARIO_NOW,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'hirescreen: line 6: not valid JSON\nhirescreen: line 7: needs "profile" and a "label" of "fraud" or "legitimate"\n',
    );
    const report = JSON.parse(stdout) as {
      lines: number;
      rejected: number;
      profiles: number;
      fraud: number;
      levels: Array<{ ruleId: string; level: string; fitted: number; documented: number }>;
      config: { rules: Record<string, { likelihoodRatios: Record<string, number> }> };
      before: unknown[];
      after: unknown[];
    };
    expect([report.lines, report.rejected, report.profiles]).toEqual([402, 2, 400]);
    expect(report.fraud).toBeGreaterThan(0);
    expect(report.before).toHaveLength(100);
    expect(report.after).toHaveLength(100);
    expect(report.levels.length).toBeGreaterThan(5);
    for (const row of report.levels) {
      expect(row.fitted).toBeGreaterThanOrEqual(1);
      expect(report.config.rules[row.ruleId]?.likelihoodRatios[row.level]).toBe(row.fitted);
    }
  });

  it('prints a readable summary with the layer to keep', async () => {
    const { code, stdout } = await cli(['calibrate', path, '--as-of', SCENARIO_NOW]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^hirescreen calibrate: 402 line\(s\), 400 labelled profile\(s\) \(\d+ fraud, \d+ legitimate\), 2 rejected\./,
    );
    expect(stdout).toContain('The fitted ratios as a rule-set layer');
    // Every row of the table as wide as its heading, however long a rule@level is.
    const lines = stdout.split('\n');
    const head = lines.findIndex((line) => line.startsWith('rule level'));
    const rows = lines.slice(head + 1, lines.indexOf('', head));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.some((row) => row.split(' ')[0]!.length > 44)).toBe(true);
    for (const row of rows) expect(row).toHaveLength((lines[head] as string).length);
  });

  it('refuses a prevalence that is not a share', async () => {
    const { code, stderr } = await cli(['calibrate', path, '--prevalence', '5']);
    expect(code).toBe(2);
    expect(stderr).toBe('hirescreen: --prevalence must be a share between 0 and 1, like 0.005 (got "5")\n');
  });
});
