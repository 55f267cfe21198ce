import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** CI (.ci/run) sets this: a missing PostgreSQL server is then a failure, not a notice. */
export const PG_REQUIRED = process.env.HIRESCREEN_REQUIRE_PG === '1';

/**
 * The URL of a PostgreSQL server for the store tests: `HIRESCREEN_PG_URL`, else a throwaway cluster
 * that scripts/pg-test-server.sh starts on loopback (and leaves running for the next test file; stop it
 * with `scripts/pg-test-server.sh stop`). `problem` says why there is none.
 */
export function pgServer(): { url: string; problem?: undefined } | { url?: undefined; problem: string } {
  const given = process.env.HIRESCREEN_PG_URL;
  if (given) return { url: given };
  const script = join(__dirname, '../../../scripts/pg-test-server.sh');
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const started = spawnSync('bash', [script, 'start', join(tmpdir(), `hirescreen-pg-${uid}`), '54329'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const url = started.stdout?.trim().split('\n').pop();
  if (started.status === 0 && url?.startsWith('postgres://')) return { url };
  const reason = (started.stderr || started.error?.message || `exit ${started.status}`).trim().split('\n')[0];
  return { problem: `no PostgreSQL server could be started (${reason})` };
}

/** The notice printed when the PostgreSQL tests did not run: what is missing and how to get it. */
export function pgNotice(problem: string): string {
  const lines = [
    'POSTGRESQL TESTS DID NOT RUN: the PostgreSQL link store was not checked.',
    `  Reason: ${problem}.`,
    '  Install the server:  apt-get install postgresql   (scripts/pg-test-server.sh then starts one),',
    '  or set HIRESCREEN_PG_URL=postgres://user@host:port/db. CI (.ci/run) sets HIRESCREEN_REQUIRE_PG=1,',
    '  which turns this notice into a failure.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((line) => `! ${line.padEnd(width)} !`), rule].join('\n');
}

/** A fresh schema name per call, so test files and runs never share tables. */
let schemas = 0;
export function freshSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
}

/**
 * `describe(title, body)` against a PostgreSQL server, or where none can be started a visibly titled
 * block with one test that prints the notice (and fails when `HIRESCREEN_REQUIRE_PG=1`).
 */
export function describePg(title: string, body: (url: string) => void): void {
  const server = pgServer();
  if (server.url !== undefined) {
    const url = server.url;
    describe(title, () => body(url));
    return;
  }
  const problem = server.problem;
  describe(`${title} (NOT RUN: ${problem})`, () => {
    afterAll(() => console.warn(pgNotice(problem)));
    it('runs against a real server, or says plainly that it did not', () => {
      if (PG_REQUIRED) throw new Error(`HIRESCREEN_REQUIRE_PG=1 but ${pgNotice(problem)}`);
      // Outside CI a machine without PostgreSQL must pass `npm test`; the notice says what did not run.
      expect(pgNotice(problem)).toContain('apt-get install postgresql');
    });
  });
}
