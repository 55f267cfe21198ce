import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * How to start a roster worker: a build puts `roster-worker.js` beside the code that starts it; a source
 * run (tsx, Jest) has `roster-worker.ts`, which the worker loads through tsx's API, since on Node 20 a
 * worker does not inherit the main thread's loader.
 *
 * @example
 * const entry = workerEntry();
 * new Worker(entry.source, { eval: entry.eval, workerData });
 */
export function workerEntry(): { source: URL | string; eval: boolean } {
  for (const name of ['./roster-worker.js', './roster-worker.cjs', '../roster-worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    if (!name.endsWith('.ts')) return { source: url, eval: false };
    const script = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
    return { source: script, eval: true };
  }
  throw new Error('the roster worker entry (roster-worker.js) is missing beside the library');
}
