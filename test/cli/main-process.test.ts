import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hirescreen-main-'));

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('the hirescreen executable', () => {
  it('screens a file and exits 1 on --fail-on review', () => {
    const path = join(dir, 'roster.ndjson');
    writeFileSync(
      path,
      `${JSON.stringify({
        id: 'emp-1',
        addresses: [
          { purpose: 'home', line1: '88 Oak Ave', city: 'Tulsa', region: 'OK', postalCode: '74103' },
          { purpose: 'shipping', line1: '9 Elm St', city: 'Dover', region: 'DE', postalCode: '19901' },
        ],
        logins: [
          {
            at: '2026-01-28T03:10:00Z',
            ip: '45.76.12.9',
            geo: { connectionType: 'vpn', provider: 'Astrill VPN' },
          },
        ],
      })}\n`,
    );
    const result = run(['screen', path, '--fail-on', 'review', '--as-of', '2026-02-01T00:00:00Z']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('hirescreen: 1 record(s) read, 1 screened, 0 rejected.');
  });

  it('exits 2 with one line and no stack trace on a missing file', () => {
    const result = run(['screen', join(dir, 'nope.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^hirescreen: cannot read ".*nope\.json": no such file\n$/);
  });

  it('loads a rule set from an ES module with --config', () => {
    const config = join(dir, 'rules.mjs');
    writeFileSync(
      config,
      "export default { extends: ['recommended'], rules: { 'shipping-address-not-home': 'off' } };\n",
    );
    const input = join(root, 'examples/data/roster.json');
    const result = run([
      'screen',
      input,
      '--config',
      config,
      '--format',
      'json',
      '--as-of',
      '2026-02-01T00:00:00Z',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('"ruleId": "shipping-address-not-home"');
  });
});
