import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchReport } from '../../src/report/batch.js';
import { cli } from './_support/cli.js';

const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];
const NDJSON = [
  JSON.stringify({ id: 'p1', adresses: [{ line1: '1 Main St' }] }),
  JSON.stringify({ id: 'p2', addresses: [{ line1: '2 Main St' }] }),
].join('\n');

describe('hirescreen screen and unknown profile fields', () => {
  it('screens a profile without an unknown field, notes it and warns once', async () => {
    const { code, stdout, stderr } = await cli(
      ['screen', '-', '--input-format', 'ndjson', '--format', 'json', ...AS_OF],
      NDJSON,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as BatchReport;
    expect(report.screenings.map((s) => [s.profileId, s.notes])).toEqual([
      ['p1', ['unknown field "adresses" was ignored; did you mean "addresses"?']],
      ['p2', undefined],
    ]);
    expect(stderr).toBe(
      `hirescreen: warning: 1 profile(s) carry fields the schema does not know, screened without them (p1: unknown field "adresses" was ignored; did you mean "addresses"?); see each screening's notes, or reject them with --strict-keys\n`,
    );
  });

  it('rejects such a profile with the field path under --strict-keys', async () => {
    const { code, stdout, stderr } = await cli(
      ['screen', '-', '--input-format', 'ndjson', '--format', 'json', '--strict-keys', ...AS_OF],
      NDJSON,
    );
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as BatchReport;
    expect(report.screenings.map((s) => s.profileId)).toEqual(['p2']);
    expect(report.rejects.map((r) => [r.position, r.issues])).toEqual([
      [
        0,
        [
          {
            path: 'adresses',
            code: 'unrecognized_keys',
            message: 'unknown field; did you mean "addresses"?',
          },
        ],
      ],
    ]);
  });
});

describe('hirescreen screen and unknown keys in --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hirescreen-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 naming a mistyped rule option and setting, each with the nearest known one', async () => {
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: ['recommended'],
        rules: {
          'login-far-from-home': { options: { minLogin: 3 } },
          'interview-camera-off': { wieght: 5 },
        },
      }),
    );
    const { code, stderr } = await cli(
      ['screen', '-', '--input-format', 'ndjson', '--config', config],
      NDJSON,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /rules\.login-far-from-home\.options\.minLogin: rule "login-far-from-home" has no option "minLogin"; did you mean "minLogins"\?/,
    );
    expect(stderr).toMatch(
      /rules\.interview-camera-off\.wieght: unknown setting "wieght"; did you mean "weight"\?/,
    );
  });
});
