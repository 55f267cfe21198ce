import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoredLinkIndex } from '../../../src/links/stored-link-index.js';
import { SqliteLinkStore } from '../../../src/links/stores/sqlite-link-store.js';
import { parseProfile } from '../../../src/schema/parse.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-sqlite-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paid = (id: string, accountNumber: string) =>
  parseProfile({ id, payroll: { accounts: [{ routingNumber: '021000021', accountNumber }] } });

/** Rewrites a store's postings to schema 1's layout: keyed (key, row), with an index on row. */
function downgradeToSchema1(path: string): void {
  const db = new Database(path);
  db.exec(`
    CREATE TABLE postings_v1 (key BLOB NOT NULL, row INTEGER NOT NULL, space INTEGER NOT NULL,
      flags INTEGER NOT NULL, display TEXT NOT NULL, PRIMARY KEY (key, row)) WITHOUT ROWID;
    INSERT INTO postings_v1 SELECT key, row, space, flags, display FROM postings;
    DROP TABLE postings;
    ALTER TABLE postings_v1 RENAME TO postings;
    CREATE INDEX postings_row ON postings (row);
    UPDATE meta SET value = '1' WHERE name = 'schema';
  `);
  db.close();
}

describe('the SQLite store schema migration', () => {
  it('moves a schema 1 file to schema 2 on open, keeping every posting', async () => {
    const path = join(dir, 'links.db');
    const before = await StoredLinkIndex.open(SqliteLinkStore.open(path));
    await before.add([paid('w1', '55501234'), paid('w2', '77700001')]);
    const stats = await before.stats();
    await before.close();
    downgradeToSchema1(path);

    const after = await StoredLinkIndex.open(SqliteLinkStore.open(path));
    expect(await after.stats()).toMatchObject({
      profiles: 2,
      keys: stats.keys,
      postings: stats.postings,
    });
    expect(after.linksFor(paid('cand-1', '5550-1234')).flatMap((match) => match.profileIds)).toEqual(['w1']);
    await after.add(paid('w3', '77700001'));
    expect((await after.stats()).sharedKeys).toBe(1);
    await after.close();

    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT value FROM meta WHERE name = 'schema'").pluck().get()).toBe('2');
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'postings_row'").all()).toEqual([]);
    db.close();
  });

  it('refuses a file of a schema it does not know', async () => {
    const path = join(dir, 'future.db');
    await SqliteLinkStore.open(path).close();
    const db = new Database(path);
    db.prepare("UPDATE meta SET value = '9' WHERE name = 'schema'").run();
    db.close();
    expect(() => SqliteLinkStore.open(path)).toThrow(
      expect.objectContaining({ code: 'STORE_MISMATCH' }) as unknown as Error,
    );
  });
});
