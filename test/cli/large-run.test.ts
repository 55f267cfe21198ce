import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultWorkers, IN_CHILD_ENV, LARGE_INPUT_BYTES, largeRunFlags } from '../../src/cli/large-run.js';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hirescreen-large-'));
const profile = JSON.stringify({ id: 'emp-1', name: { full: 'Ana Lima' } });
const small = join(dir, 'small.ndjson');
writeFileSync(small, `${profile}\n`);
// Sparse: one profile, then NUL bytes up to the threshold (one over-long line, rejected), on no disk.
const large = join(dir, 'large.ndjson');
writeFileSync(large, `${profile}\n`);
truncateSync(large, LARGE_INPUT_BYTES);

describe('largeRunFlags', () => {
  it('asks for a larger young generation for a roster run over a large file', () => {
    expect(largeRunFlags(['screen', large], {}, [])).toEqual(['--max-semi-space-size=64']);
    expect(largeRunFlags(['screen', large, '--format', 'json'], {}, [])).toEqual([
      '--max-semi-space-size=64',
    ]);
  });

  it.each([
    ['a small file', ['screen', small], {}, []],
    ['standard input', ['screen', '-'], {}, []],
    ['a run without links, which reads the file once', ['screen', large, '--no-links'], {}, []],
    ['another command', ['rules'], {}, []],
    ['a command line that does not parse', ['screen', large, '--no-such-option'], {}, []],
    ['a missing file', ['screen', join(dir, 'missing.ndjson')], {}, []],
    ['the child itself', ['screen', large], { [IN_CHILD_ENV]: '1' }, []],
    [
      'a size the user gave in NODE_OPTIONS',
      ['screen', large],
      { NODE_OPTIONS: '--max-semi-space-size=32' },
      [],
    ],
    ['a size the user gave to node', ['screen', large], {}, ['--max_semi_space_size=8']],
  ])('runs in this process for %s', (_, argv, env, execArgv) => {
    expect(largeRunFlags(argv, env, execArgv)).toBeUndefined();
  });
});

describe('defaultWorkers', () => {
  it('gives a large file read twice one worker on two or more cores', () => {
    expect(defaultWorkers(large, true, 2)).toBe(1);
    expect(defaultWorkers(large, true, 16)).toBe(1);
  });

  it.each([
    ['a small file', small, true, 2],
    ['one core', large, true, 1],
    ['a run without links', large, false, 2],
    ['standard input, whose size is not known', '-', true, 2],
    ['a missing file', join(dir, 'missing.ndjson'), true, 2],
  ])('gives none for %s', (_, file, links, cores) => {
    expect(defaultWorkers(file, links, cores)).toBe(0);
  });
});

describe('a large run in a child process', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'screen', large, '--as-of', '2026-02-01T00:00:00Z'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } },
    );

  it('prints and exits as the same run in this process', () => {
    const direct = run({ [IN_CHILD_ENV]: '1' });
    const child = run({});
    expect(direct.stdout).toContain('hirescreen: 2 record(s) read, 1 screened, 1 rejected.');
    expect(child.stdout).toBe(direct.stdout);
    expect(child.stderr).toBe(direct.stderr);
    expect(child.status).toBe(direct.status);
  }, 60_000);
});
