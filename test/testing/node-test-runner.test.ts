import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const fixture = join('test', 'testing', '_support', 'node-test.fixture.ts');

describe('RuleTester under node:test', () => {
  // One real `node --test` run (spawning tsx is the slow part), asserted from its TAP report.
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', fixture],
      {
        cwd: root,
        env: { ...process.env, NODE_OPTIONS: '' },
        encoding: 'utf8',
      },
    );
    status = result.status;
    output = `${result.stdout}${result.stderr}`;
  }, 120_000);

  it('runs the metadata check and every case as node:test tests, with the todo pending', () => {
    expect(output).toMatch(/^# tests 6$/m);
    expect(output).toMatch(/^# pass 4$/m);
    expect(output).toMatch(/^# todo 1$/m);
    expect(output).toMatch(/ok \d+ - camera off$/m);
    expect(output).toMatch(/ok \d+ - flags a text-only interview # TODO/);
  });

  it('fails the deliberately wrong case with the side-by-side diff, and the run with it', () => {
    expect(output).toMatch(/^# fail 1$/m);
    expect(output).toMatch(/not ok \d+ - deliberately wrong case/);
    expect(output).toContain('finding 1 differs');
    expect(output).toMatch(/✗ data\.date +"2025-11-04" +"2025-11-03"/);
    expect(status).not.toBe(0);
  });
});
