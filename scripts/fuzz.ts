/**
 * `npm run fuzz`: the fast-check properties of test/fuzz at scale. FUZZ_RUNS cases in all (default
 * 1,000,000), shared out by each property's weight; FUZZ_SEED replays a run. Prints the cases, the
 * wall time and Jest's verdict, and exits with Jest's code.
 */
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '1000000';
const started = Date.now();
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', 'test/fuzz', '--runInBand', '--testTimeout=2000000000', '--verbose'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${Number(runs).toLocaleString('en-US')} cases requested, ${seconds} s, jest exit ${jest.status}`,
);
process.exit(jest.status ?? 1);
