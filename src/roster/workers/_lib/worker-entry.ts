import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * How to start a roster worker, the screening one (`roster-worker`) or the indexing one (`index-worker`):
 * a build puts `<name>.js` beside the code that starts it; a source run (tsx, Jest) has `<name>.ts`, which
 * the worker loads through tsx's API, since on Node 20 a worker does not inherit the main thread's loader.
 *
 * @example
 * const entry = workerEntry('roster-worker');
 * new Worker(entry.source, { eval: entry.eval, workerData });
 */
export function workerEntry(entryName: 'roster-worker' | 'index-worker' = 'roster-worker'): {
  source: URL | string;
  eval: boolean;
} {
  for (const name of [`./${entryName}.js`, `./${entryName}.cjs`, `../${entryName}.ts`]) {
    const url = new URL(name, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    if (!name.endsWith('.ts')) return { source: url, eval: false };
    const script = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
    return { source: script, eval: true };
  }
  throw new Error(`the roster worker entry (${entryName}.js) is missing beside the library`);
}
