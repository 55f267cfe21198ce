import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseCliArgs } from './args.js';

/** A roster file at least this large is screened by a child Node with a larger young generation. */
export const LARGE_INPUT_BYTES = 256 * 1024 * 1024;
/** The child's semi-space, in MB (Node 20's default is 16 on 64-bit machines). */
export const LARGE_RUN_SEMI_SPACE_MB = 64;
/** Set in the child's environment, so that it never spawns another; set it to `1` to never spawn one. */
export const IN_CHILD_ENV = 'HIRESCREEN_LARGE_RUN_CHILD';

/**
 * The Node flags to screen this command line in a child process, or undefined to run it here. A roster
 * run over a large file allocates short-lived objects for every record next to an index of a gigabyte;
 * with Node's default 16 MB semi-space, a 1,000,000-record run spent 14 % of its time in 17,706
 * scavenges and let its heap grow to 2.9 GB with promoted garbage (docs/performance.md). Flags the user
 * gave (`--max-semi-space-size` in the command line or `NODE_OPTIONS`) are left as they are.
 *
 * @example
 * largeRunFlags(['screen', 'roster-1m.ndjson'], process.env, process.execArgv); // ['--max-semi-space-size=64']
 */
export function largeRunFlags(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  execArgv: readonly string[],
): string[] | undefined {
  if (env[IN_CHILD_ENV] !== undefined) return undefined;
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((flag) => /^--max[-_]semi[-_]space[-_]size\b/.test(flag))) return undefined;
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(argv);
  } catch {
    return undefined; // the run in this process says what is wrong with the command line
  }
  if (args.command !== 'screen' || !isLargeRoster(args.file, args.links)) return undefined;
  return [`--max-semi-space-size=${LARGE_RUN_SEMI_SPACE_MB}`];
}

/**
 * Whether a roster run reads `file` twice (links on) and it is {@link LARGE_INPUT_BYTES} or more. Standard
 * input and a file that cannot be read are not: the run in this process says what is wrong with one.
 */
function isLargeRoster(file: string, links: boolean): boolean {
  if (!links || file === '-') return false;
  try {
    return statSync(file).size >= LARGE_INPUT_BYTES;
  } catch {
    return false;
  }
}

/**
 * The worker threads a roster run over `file` gets when `--workers` is not given: one for a file of
 * {@link LARGE_INPUT_BYTES} or more read twice (links on) on a machine with two or more cores, else
 * none. The main thread reads, asks the index about and writes every profile, so on two cores one
 * worker is what pays: a 1,000,000-record run took 0.79x the wall time of one thread, for 19 % more CPU
 * and 0.73 GB more peak memory (docs/performance.md, *Ninth round*); at 20,000 records it saved 6 % of
 * the time for a third more CPU, so smaller files stay in one thread (*Eighth round*).
 *
 * @example
 * defaultWorkers('roster-1m.ndjson', true); // 1 on a two-core machine
 */
export function defaultWorkers(file: string, links: boolean, cores = availableParallelism()): number {
  return cores >= 2 && isLargeRoster(file, links) ? 1 : 0;
}

/**
 * Runs this script again in a child Node with `flags`, the same arguments and inherited standard streams,
 * and resolves to its exit code. A signal sent to this process is passed on; the child removes its
 * temporary files and dies of it, and this process then dies of the same signal.
 */
export function runLargeInChild(
  flags: readonly string[],
  script: string,
  argv: readonly string[],
): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [IN_CHILD_ENV]: '1' },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => {
      for (const one of signals) process.removeListener(one, forward);
      if (signal !== null) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
