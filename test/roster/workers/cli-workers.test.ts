import { join, resolve } from 'node:path';
import { runCli } from '../../../src/cli/run-cli.js';

const roster = join(resolve(__dirname, '../../..'), 'examples/data/roster.json');
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
  });
  return { code, stdout, stderr };
}

describe('hirescreen screen --workers', () => {
  it('writes the one-thread report when a worker screens and renders the entries, in either detail', async () => {
    for (const detail of ['compact', 'full']) {
      const args = ['screen', roster, '--format', 'json', '--report-detail', detail, ...AS_OF];
      const oneThread = await cli([...args, '--workers', '0']);
      const pooled = await cli([...args, '--workers', '1']);
      expect(pooled.stderr).toBe('');
      expect(pooled.code).toBe(oneThread.code);
      expect(pooled.stdout).toBe(oneThread.stdout);
      expect(JSON.parse(pooled.stdout)).toMatchObject({ detail, summary: { screened: 11 } });
    }
  }, 60_000);

  it('refuses a count that is not a whole number', async () => {
    const { code, stderr } = await cli(['screen', roster, '--workers', 'two']);
    expect(code).toBe(2);
    expect(stderr).toContain('--workers takes a whole number of threads, like 1 (got "two")');
  });
});
