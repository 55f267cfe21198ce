import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from './_support/cli.js';

const roster = join(resolve(__dirname, '../..'), 'examples/data/roster.json');
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];

describe('hirescreen screen through the roster stream', () => {
  it('writes the same report for a JSON array (read once) and the same records as NDJSON (read twice)', async () => {
    const records = JSON.parse(readFileSync(roster, 'utf8')) as unknown[];
    const ndjson = join(mkdtempSync(join(tmpdir(), 'hirescreen-paths-')), 'roster.ndjson');
    writeFileSync(ndjson, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
    const run = async (file: string) => {
      const { code, stdout, stderr } = await cli([
        'screen',
        file,
        '--format',
        'json',
        '--report-detail',
        'full',
        ...AS_OF,
      ]);
      expect([code, stderr]).toEqual([0, '']);
      return stdout;
    };
    const fromArray = await run(roster);
    expect(await run(ndjson)).toBe(fromArray);
    expect((JSON.parse(fromArray) as { summary: { screened: number } }).summary.screened).toBe(
      records.length,
    );
  });
});
