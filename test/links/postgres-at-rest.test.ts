import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { StoredLinkIndex } from '../../src/links/stored-link-index.js';
import { PostgresLinkStore } from '../../src/links/stores/postgres-link-store.js';
import { found, person, rawIdentifiers, traces } from './_lib/at-rest.js';
import { describePg, freshSchema } from './_support/pg-server.js';

/**
 * Every row of every table in a schema, as the server returns them (text and bytes), and, when the
 * server's data directory is readable here (a local test cluster), the tables' files themselves.
 */
async function tablesAndFiles(url: string, schema: string): Promise<Buffer[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string; path: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind AS kind, pg_relation_filepath(c.oid) AS path FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'i')`,
      [schema],
    );
    const dataDir = (await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir"))
      .rows[0]?.dir;
    const out: Buffer[] = [];
    for (const { name, path, kind } of tables.rows) {
      if (kind === 'r')
        for (const row of (await client.query(`SELECT * FROM "${schema}"."${name}"`)).rows as Record<
          string,
          unknown
        >[])
          for (const value of Object.values(row))
            out.push(Buffer.isBuffer(value) ? value : Buffer.from(String(value)));
      try {
        if (dataDir) out.push(readFileSync(join(dataDir, path)));
      } catch {
        // A remote server: its rows above are what can be read.
      }
    }
    return out;
  } finally {
    await client.end();
  }
}

describePg('the PostgreSQL link store at rest', (url) => {
  it('keeps no id, display or fingerprint of an erased person in the tables or their files', async () => {
    const schema = freshSchema('erase');
    const links = await StoredLinkIndex.open(await PostgresLinkStore.open(url, { schema }));
    const erased = person('cand-erased-4242', 3);
    const kept = person('cand-kept-1', 5);
    await links.add([erased, kept]);
    const keptBytes = traces(kept).map(({ bytes }) => bytes);
    const erasedOnly = traces(erased).filter(({ bytes }) => !keptBytes.some((other) => other.equals(bytes)));
    expect(found(await tablesAndFiles(url, schema), erasedOnly)).toHaveLength(erasedOnly.length);
    await links.remove('cand-erased-4242');
    await links.store.compact();
    expect(found(await tablesAndFiles(url, schema), erasedOnly)).toEqual([]);
    expect(found(await tablesAndFiles(url, schema), traces(kept))).toContain('id cand-kept-1');
    await links.close();
  });

  it('holds keyed hashes only with an HMAC secret: no raw identifier of any stored profile', async () => {
    const schema = freshSchema('hmac');
    const links = await StoredLinkIndex.open(await PostgresLinkStore.open(url, { schema }), {
      hmacSecret: 'group-secret',
    });
    await links.add([person('c1', 1), person('c2', 2), person('c3', 3)]);
    await links.store.compact();
    const raw = [1, 2, 3].flatMap((n) =>
      rawIdentifiers(n).map((text) => ({ label: text, bytes: Buffer.from(text) })),
    );
    expect(found(await tablesAndFiles(url, schema), raw)).toEqual([]);
    await links.close();
  });
});
