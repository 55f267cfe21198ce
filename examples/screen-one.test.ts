import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('runs examples/screen-one.ts and prints the text report', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('examples', 'screen-one.ts')], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Profile cand-2041: score \d+\/100, (CLEAR|REVIEW|ESCALATE)/);
  expect(result.stdout).toContain('rule: shipping-address-not-home');
}, 120_000);
