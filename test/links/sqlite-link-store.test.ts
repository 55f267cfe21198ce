import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteLinkStore } from '../../src/links/stores/sqlite-link-store.js';
import { linkStoreConformance } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

linkStoreConformance('SQLite', {
  shared: true,
  async fresh() {
    const path = join(dir, `links-${files++}.db`);
    return { open: async () => SqliteLinkStore.open(path) };
  },
});
