import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function roster(count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const address = {
      purpose: 'home',
      line1: `${i} Oak St`,
      city: 'Tulsa',
      region: 'OK',
      postalCode: '74103',
    };
    text += `${JSON.stringify({ id: `p-${i}`, name: { full: `Person ${i}` }, addresses: [address] })}\n`;
  }
  return text;
}

describe('the hirescreen executable writing reports', () => {
  it('keeps the previous report whole and leaves no temporary file when interrupted mid-write', async () => {
    const base = mkdtempSync(join(tmpdir(), 'hirescreen-signal-'));
    const temp = join(base, 'tmp');
    const out = join(base, 'out');
    mkdirSync(temp);
    mkdirSync(out);
    const report = join(out, 'report.json');
    writeFileSync(report, 'previous report\n');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/cli/main.ts'),
        'screen',
        '-',
        '--format',
        'json',
        '--output',
        report,
      ],
      { cwd: root, env: { ...process.env, TMPDIR: temp }, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    // The report's temporary file appears when the screening is done and the 30 MB write begins.
    let seenWhileWriting: string[] = [];
    const watcher = watch(out, (_event, name) => {
      if (seenWhileWriting.length > 0 || !String(name).endsWith('.tmp')) return;
      seenWhileWriting = readdirSync(temp).filter((entry) => entry.startsWith('hirescreen-'));
      process.kill(child.pid as number, 'SIGINT');
    });
    child.stdin.end(roster(2000));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('exit', (exitCode, exitSignal) => done([exitCode, exitSignal])),
    );
    watcher.close();
    expect(stderr).toBe('');
    expect([code, signal]).toEqual([null, 'SIGINT']);
    // The copy of standard input and the JSON spool existed while the report was written...
    expect(seenWhileWriting.map((entry) => entry.replace(/-[^-]+$/, '')).sort()).toEqual([
      'hirescreen-report',
      'hirescreen-stdin',
    ]);
    // ...and nothing of them, nor of the half-written report, is left.
    expect(readdirSync(temp).filter((entry) => entry.startsWith('hirescreen-'))).toEqual([]);
    expect(readdirSync(out)).toEqual(['report.json']);
    expect(readFileSync(report, 'utf8')).toBe('previous report\n');
  }, 180_000);

  it('writes a JSON report of over 2 MB to --output with nothing on stderr (no MaxListenersExceededWarning)', () => {
    const base = mkdtempSync(join(tmpdir(), 'hirescreen-big-'));
    const input = join(base, 'roster.ndjson');
    const report = join(base, 'report.json');
    writeFileSync(input, roster(200));
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/cli/main.ts'),
        'screen',
        input,
        '--format',
        'json',
        // Every rule's result, so the report is over 2 MB now that the compact form is the default.
        '--report-detail',
        'full',
        '--output',
        report,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(statSync(report).size).toBeGreaterThan(2 * 1024 * 1024);
    expect(readdirSync(base).sort()).toEqual(['report.json', 'roster.ndjson']);
  }, 120_000);
});
