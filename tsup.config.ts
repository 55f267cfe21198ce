import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'rules/index': 'src/rules/index.ts',
      'testing/index': 'src/testing/index.ts',
      'adapters/index': 'src/adapters/index.ts',
      // Started by the roster's worker pool from beside the code that starts it (src/roster/workers).
      'roster-worker': 'src/roster/workers/roster-worker.ts',
      'index-worker': 'src/roster/workers/index-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    shims: true,
  },
  {
    entry: {
      'cli/main': 'src/cli/main.ts',
      'cli/roster-worker': 'src/roster/workers/roster-worker.ts',
      'cli/index-worker': 'src/roster/workers/index-worker.ts',
    },
    format: ['esm'],
    // Each file whole, as the CLI was before it had a worker: shared chunks would land in dist/, which
    // the other build cleans.
    splitting: false,
    tsconfig: 'tsconfig.build.json',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
