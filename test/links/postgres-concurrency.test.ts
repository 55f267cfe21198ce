import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { StoredLinkIndex } from '../../src/links/stored-link-index.js';
import { PostgresLinkStore } from '../../src/links/stores/postgres-link-store.js';
import { describePg, freshSchema } from './_support/pg-server.js';

function child(url: string, schema: string, n: number): Promise<number | null> {
  const process_ = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '_lib/pg-child.ts'), url, schema, String(n)],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    process_.on('error', reject);
    process_.on('exit', resolve);
  });
}

describePg('the PostgreSQL link store shared by four processes', (url) => {
  it('neither loses nor duplicates a posting when four processes add and remove at once', async () => {
    const schema = freshSchema('conc');
    // Opened before the children start: it must see their writes through sync, as a fresh load does.
    const watcher = await StoredLinkIndex.open(await PostgresLinkStore.open(url, { schema }));
    expect(await Promise.all([0, 1, 2, 3].map((n) => child(url, schema, n)))).toEqual([0, 0, 0, 0]);
    await watcher.sync();
    const fresh = await StoredLinkIndex.open(await PostgresLinkStore.open(url, { schema }));
    // 4 children × 40 kept own profiles + 50 shared ids, each with a phone and an e-mail.
    expect(await fresh.stats()).toMatchObject({ profiles: 210, postings: 420, keys: 50 + 160 + 50 });
    for (const links of [fresh, watcher]) {
      expect(links.size).toBe(210);
      expect(links.index.lookup('phone', '+14155550007')).toEqual(['c0-7', 'c1-7', 'c2-7', 'c3-7', 's-7']);
      expect(links.index.lookup('phone', '+14155550010')).toEqual(['s-10']);
    }
    expect(watcher.index.snapshot().sharedKeys.length).toBe(fresh.index.snapshot().sharedKeys.length);
    await watcher.close();
    await fresh.close();
  }, 300_000);
});
