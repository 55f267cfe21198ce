import { rmSync } from 'node:fs';

// Paths (files or folders) the CLI created and must not leave behind: the report being written, the
// JSON report's spool, a copy of standard input. Module state, because a signal handler has no other
// way to reach them.
const live = new Set<string>();
let installed = false;

/**
 * Registers a temporary file or folder for removal on any exit, signals included; returns the function
 * that unregisters it (call it once the path is removed or renamed into place).
 *
 * @example
 * const forget = trackTemp(dir);
 * try { ... } finally { await rm(dir, { recursive: true, force: true }); forget(); }
 */
export function trackTemp(path: string): () => void {
  live.add(path);
  return () => {
    live.delete(path);
  };
}

/**
 * The registered paths, oldest first: what an interruption now would remove.
 *
 * @example
 * trackedTemps().length // 0 between runs
 */
export function trackedTemps(): string[] {
  return [...live];
}

/**
 * Removes every registered path now, synchronously (the only kind of work an `exit` handler can do).
 *
 * @example
 * removeTrackedTemps();
 */
export function removeTrackedTemps(): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Nothing more can be done on the way out; the other paths are still worth removing.
    }
  }
  live.clear();
}

/**
 * For the executable only: on SIGINT, SIGTERM or SIGHUP, removes the registered temporary files and
 * then dies of the same signal (so a shell or supervisor sees an interrupted run, not a success); on a
 * normal exit, removes whatever is left. A library embedding `runCli` keeps its own signal handling.
 *
 * @example
 * installTempCleanup();
 */
export function installTempCleanup(proc: NodeJS.Process = process): void {
  if (installed) return;
  installed = true;
  proc.on('exit', removeTrackedTemps);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      removeTrackedTemps();
      proc.removeListener(signal, onSignal);
      proc.kill(proc.pid, signal);
    };
    proc.on(signal, onSignal);
  }
}
