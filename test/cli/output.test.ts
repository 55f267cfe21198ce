import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { trackedTemps } from '../../src/cli/_lib/temp-files.js';
import { Readable, Writable } from 'node:stream';
import { openOutput } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/run-cli.js';
import { cli } from './_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-output-'));
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];
const ROSTER = `${JSON.stringify({ id: 'a' })}\n${JSON.stringify({ id: 'b' })}\n`;
const LONG_ROSTER = Array.from({ length: 500 }, (_, i) => `${JSON.stringify({ id: `p-${i}` })}\n`).join('');

describe('--output', () => {
  it('exits 2 and leaves the roster untouched when --output is the input file, also through a symbolic link', async () => {
    const input = join(dir, 'same.ndjson');
    writeFileSync(input, ROSTER);
    symlinkSync(input, join(dir, 'link.ndjson'));
    for (const output of [input, join(dir, '.', 'same.ndjson'), join(dir, 'link.ndjson')]) {
      const { code, stderr } = await cli(['screen', input, '--output', output, ...AS_OF]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `hirescreen: --output "${output}" is the input file; the report would replace the roster (choose another file)\n`,
      );
    }
    expect(readFileSync(input, 'utf8')).toBe(ROSTER);
  });

  it('replaces the previous report only once the new one is complete, leaving no temporary file', async () => {
    const out = join(dir, 'atomic');
    mkdirSync(out);
    const report = join(out, 'report.txt');
    writeFileSync(report, 'previous\n');
    const output = openOutput(report, { stdout: () => {} });
    await output.write('new report, part 1\n');
    expect(readFileSync(report, 'utf8')).toBe('previous\n');
    await output.write('part 2\n');
    await output.close();
    expect(readFileSync(report, 'utf8')).toBe('new report, part 1\npart 2\n');
    expect(readdirSync(out)).toEqual(['report.txt']);

    const aborted = openOutput(report, { stdout: () => {} });
    await aborted.write('half a report');
    await aborted.abort();
    expect(readFileSync(report, 'utf8')).toBe('new report, part 1\npart 2\n');
    expect(readdirSync(out)).toEqual(['report.txt']);

    // Aborted before the temporary file's asynchronous open has finished: it must still be gone after.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const early = openOutput(report, { stdout: () => {} });
      void early.write('x');
      await early.abort();
    }
    expect(readdirSync(out)).toEqual(['report.txt']);
  });

  it('replaces a report reached through a symbolic link where it lives, keeping the link', async () => {
    const real = join(dir, 'real-report.txt');
    const link = join(dir, 'linked-report.txt');
    writeFileSync(real, 'previous\n');
    symlinkSync(real, link);
    const output = openOutput(link, { stdout: () => {} });
    await output.write('new\n');
    await output.close();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new\n');
  });

  it('exits 2 naming the file when the report cannot be written', async () => {
    const output = join(dir, 'no-such-folder', 'report.txt');
    const { code, stderr } = await cli(['screen', '-', '--output', output, ...AS_OF], ROSTER);
    expect(code).toBe(2);
    expect(stderr).toBe(`hirescreen: cannot write "${output}": ENOENT\n`);
  });

  it('writes bytes as UTF-8 to a file and decodes them whole for a text callback, however they are split', async () => {
    const text = 'Zoë … 東京 🙂 done';
    const bytes = Buffer.from(text, 'utf8');
    // Every split point, including inside a character's two, three or four bytes.
    for (let cut = 1; cut < bytes.length; cut += 1) {
      let shown = '';
      const toText = openOutput(undefined, { stdout: (t) => (shown += t) });
      await toText.write('[');
      await toText.write(bytes.subarray(0, cut));
      await toText.write(bytes.subarray(cut));
      await toText.write(']');
      expect(shown).toBe(`[${text}]`);
    }
    const report = join(dir, 'bytes.txt');
    const toFile = openOutput(report, { stdout: () => {} });
    await toFile.write('[');
    await toFile.write(bytes.subarray(0, 7));
    await toFile.write(bytes.subarray(7));
    await toFile.write(']');
    await toFile.close();
    expect(readFileSync(report, 'utf8')).toBe(`[${text}]`);
  });

  it('leaves no drain or error listener behind after writes that wait for back-pressure', async () => {
    const sink = new Writable({
      highWaterMark: 1024,
      write: (_chunk, _encoding, done) => setImmediate(done),
    });
    const output = openOutput(undefined, { stdout: () => {}, stdoutStream: sink });
    for (let i = 0; i < 200; i += 1) await output.write('x'.repeat(4096));
    expect([sink.listenerCount('drain'), sink.listenerCount('error')]).toEqual([0, 0]);
  });
});

describe('standard input', () => {
  /** Runs with a terminal progress display, which notes the CLI's temporary paths at each redraw. */
  async function run(args: string[]) {
    const seen = new Set<string>();
    let stdout = '';
    const code = await runCli(['screen', '-', '--format', 'json', ...AS_OF, ...args], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      stdin: () => Readable.from([LONG_ROSTER]),
      progress: {
        isTTY: true,
        write: () => {
          for (const path of trackedTemps()) seen.add(basename(path).replace(/-[^-]+$/, ''));
        },
      },
    });
    const report = JSON.parse(stdout) as { summary: { screened: number } };
    return { code, screened: report.summary.screened, seen: [...seen].sort() };
  }

  it('is streamed, never copied to a file, when one pass will do (--no-links)', async () => {
    expect(await run(['--no-links'])).toEqual({ code: 0, screened: 500, seen: ['hirescreen-report'] });
    expect(trackedTemps()).toEqual([]);
  });

  it('is copied for the two passes of roster mode, and the copy is removed afterwards', async () => {
    expect(await run([])).toEqual({
      code: 0,
      screened: 500,
      seen: ['hirescreen-report', 'hirescreen-stdin'],
    });
    expect(trackedTemps()).toEqual([]);
  });
});
