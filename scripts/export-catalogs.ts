/**
 * Writes the reference catalogs to data/catalogs/*.json so non-TypeScript users can read them. The
 * TypeScript modules in src/intel/catalogs are the source of truth; a test fails when the JSON drifts.
 * `npx tsx scripts/export-catalogs.ts` writes; `--check` only compares and exits 1 on drift.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_REFERENCES } from '../src/intel/catalogs/references.js';
import { catalogFiles } from '../src/intel/catalogs/files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let drift = false;
const outputs = { ...catalogFiles(), 'references.json': CATALOG_REFERENCES };
for (const [file, data] of Object.entries(outputs)) {
  const path = join(root, 'data', 'catalogs', file);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === text) continue;
  drift = true;
  if (check) {
    console.error(`${path} is out of date; run npx tsx scripts/export-catalogs.ts`);
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    console.log(`wrote ${path}`);
  }
}
if (check && drift) process.exit(1);
