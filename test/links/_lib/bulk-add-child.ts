// Child process of sqlite-crash.test.ts: bulk-adds profiles into a SQLite store, 20 per transaction,
// printing each committed batch, until it is killed.
import { StoredLinkIndex } from '../../../src/links/stored-link-index.js';
import { SqliteLinkStore } from '../../../src/links/stores/sqlite-link-store.js';
import { crashProfile } from './crash-profile.js';

const path = process.argv[2] as string;
const links = await StoredLinkIndex.open(SqliteLinkStore.open(path));
for (let batch = 0; batch < 100_000; batch++) {
  await links.add(Array.from({ length: 20 }, (_, i) => crashProfile(batch * 20 + i)));
  process.stdout.write(`batch ${batch}\n`);
}
