// Child process of postgres-concurrency.test.ts: one of four app servers adding and removing at once.
import { StoredLinkIndex } from '../../../src/links/stored-link-index.js';
import { PostgresLinkStore } from '../../../src/links/stores/postgres-link-store.js';
import { parseProfile } from '../../../src/schema/parse.js';

const [url, schema, child] = process.argv.slice(2) as [string, string, string];
const phone = (n: number) => `+1 415 555 ${String(n).padStart(4, '0')}`;
const links = await StoredLinkIndex.open(await PostgresLinkStore.open(url, { schema, connections: 1 }));
for (let n = 0; n < 50; n++) {
  await links.add(
    parseProfile({
      id: `c${child}-${n}`,
      phones: [{ number: phone(n) }],
      emails: [{ address: `c${child}.${n}@example.org` }],
    }),
  );
  // Every child writes the same shared id: the last write wins, whole.
  await links.add(
    parseProfile({
      id: `s-${n}`,
      phones: [{ number: phone(n) }],
      emails: [{ address: `s.${n}@example.org` }],
    }),
  );
}
for (let n = 0; n < 50; n += 5) await links.remove(`c${child}-${n}`);
await links.close();
