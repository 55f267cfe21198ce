import type * as PgModule from 'pg';
import type { Pool, PoolClient } from 'pg';
import type { EntryKey, LinkEntry } from '../link-entry.js';
import { keyBytes, keyHex, signatureBytes, signatureOf } from './_lib/key-bytes.js';
import { optionalModule } from './_lib/optional-module.js';
import { RowIds } from './_lib/row-ids.js';
import { PG_MIGRATIONS } from './_lib/pg-schema.js';
import type { LinkStore, LinkStoreStats } from './link-store.js';
import { StoreError } from './store-error.js';

export interface PostgresLinkStoreOptions {
  /** The PostgreSQL schema the store's tables live in (created when missing); default `hirescreen_links`. */
  schema?: string;
  /** Connections in the pool (default 4). */
  connections?: number;
}

/** Profiles read per round trip while loading: a big store streams in pages, never as one result. */
const PAGE = 5000;

interface ProfileRow {
  row: string;
  id: string;
  org: string | null;
  name: string;
  family: string;
  home: string;
  signature: Buffer | null;
  seen: string;
}

interface KeyRow {
  row: string;
  key: Buffer;
  space: number;
  flags: number;
  display: string;
}

/**
 * A `LinkStore` in PostgreSQL, through `pg` (an optional peer dependency), for several app servers
 * sharing one index. The schema's migrations ship here and run on first use. Writers take one advisory
 * lock per transaction, so change numbers commit in order and `changes` (what `StoredLinkIndex.sync`
 * reads) never skips a concurrent write; postings are keyed (profile row, key), so none is lost or
 * doubled.
 *
 * @example
 * const store = await PostgresLinkStore.open(process.env.DATABASE_URL);
 * const links = await StoredLinkIndex.open(store, { hmacSecret });
 */
export class PostgresLinkStore implements LinkStore {
  readonly kind = 'postgres';
  private readonly ids = new RowIds();
  private lastSeq = 0;
  private closed = false;
  /** The advisory lock writers take, distinct per schema. */
  private readonly lockKey: string;

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.lockKey = `hirescreen links ${schema}`;
  }

  /** Connects, creates the schema and runs pending migrations. */
  static async open(url: string, options: PostgresLinkStoreOptions = {}): Promise<PostgresLinkStore> {
    const pg = optionalModule<typeof PgModule>('pg', 'pg');
    const name = options.schema ?? 'hirescreen_links';
    if (!/^[a-z_][a-z0-9_]*$/.test(name))
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `The schema name "${name}" must be lower-case letters, digits and _.`,
      );
    const pool = new pg.Pool({ connectionString: url, max: options.connections ?? 4 });
    const store = new PostgresLinkStore(pool, `"${name}"`);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      if (error instanceof StoreError) throw error;
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `Cannot open the PostgreSQL link store: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    return store;
  }

  private sql(text: string): string {
    return text.replaceAll('{s}', this.schema);
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.lockKey} migrate`]);
      await client.query(this.sql('CREATE SCHEMA IF NOT EXISTS {s}'));
      await client.query(this.sql('CREATE TABLE IF NOT EXISTS {s}.migrations (version integer PRIMARY KEY)'));
      const done = await client.query<{ version: number }>(this.sql('SELECT version FROM {s}.migrations'));
      const applied = new Set(done.rows.map((row) => row.version));
      for (let version = 1; version <= PG_MIGRATIONS.length; version++) {
        if (applied.has(version)) continue;
        await client.query(this.sql(PG_MIGRATIONS[version - 1] as string));
        await client.query(this.sql('INSERT INTO {s}.migrations (version) VALUES ($1)'), [version]);
      }
      const newest = Math.max(0, ...applied);
      if (newest > PG_MIGRATIONS.length)
        throw new StoreError(
          'STORE_MISMATCH',
          `The link store's schema is at migration ${newest}; this version knows ${PG_MIGRATIONS.length}.`,
        );
    });
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** A write transaction: one writer at a time, and the change number it writes under. */
  private write<T>(work: (client: PoolClient, seq: number) => Promise<T>): Promise<T> {
    return this.transaction(async (client) => {
      // One round trip: the lock is taken in the subquery before its row reaches nextval. Writers queue
      // on the lock, so every round trip it is held across costs all of them.
      const seq = await client.query<{ seq: string }>(
        this.sql(
          "SELECT nextval('{s}.change_seq') AS seq FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS locked",
        ),
        [this.lockKey],
      );
      return work(client, Number(seq.rows[0]?.seq));
    });
  }

  async claim(check: string): Promise<void> {
    await this.write(async (client) => {
      const stored = await client.query<{ value: string }>(
        this.sql("SELECT value FROM {s}.meta WHERE name = 'check'"),
      );
      const value = stored.rows[0]?.value;
      if (value === undefined)
        await client.query(this.sql("INSERT INTO {s}.meta (name, value) VALUES ('check', $1)"), [check]);
      else if (value !== check)
        throw new StoreError(
          'STORE_MISMATCH',
          'This PostgreSQL link store was written with another HMAC secret (or none).',
        );
    });
  }

  async load(visit: (entry: LinkEntry) => void): Promise<void> {
    this.lastSeq = await this.currentSeq();
    await this.readPages('', [], visit);
  }

  async changes(visit: (entry: LinkEntry) => void, removed: (id: string) => void): Promise<void> {
    const since = this.lastSeq;
    const now = await this.currentSeq();
    if (now === since) return;
    const erased = await this.pool.query<{ row: string }>(
      this.sql('SELECT row FROM {s}.erased WHERE seq > $1 AND seq <= $2 ORDER BY seq'),
      [since, now],
    );
    for (const { row } of erased.rows) {
      const id = this.ids.take(Number(row));
      if (id === undefined) continue;
      removed(id);
    }
    await this.readPages('AND seq > $2 AND seq <= $3', [since, now], visit);
    this.lastSeq = now;
  }

  /**
   * The newest committed change number. Writers hold the advisory lock from `nextval` to commit, so
   * every change up to this one is committed and visible.
   */
  private async currentSeq(): Promise<number> {
    const result = await this.pool.query<{ seq: string }>(
      this.sql(
        'SELECT greatest(coalesce((SELECT max(seq) FROM {s}.profiles), 0), coalesce((SELECT max(seq) FROM {s}.erased), 0)) AS seq',
      ),
    );
    return Number(result.rows[0]?.seq ?? 0);
  }

  private async readPages(where: string, params: number[], visit: (entry: LinkEntry) => void): Promise<void> {
    let after = 0;
    for (;;) {
      const page = await this.pool.query<ProfileRow>(
        this.sql(
          `SELECT row, id, org, name, family, home, signature, seen FROM {s}.profiles WHERE row > $1 ${where} ORDER BY row LIMIT ${PAGE}`,
        ),
        [after, ...params],
      );
      if (page.rows.length === 0) return;
      const rows = page.rows.map((row) => Number(row.row));
      const keys = await this.pool.query<KeyRow>(
        this.sql('SELECT row, key, space, flags, display FROM {s}.postings WHERE row = ANY($1::bigint[])'),
        [rows],
      );
      const byRow = new Map<number, EntryKey[]>();
      for (const key of keys.rows) {
        const row = Number(key.row);
        let list = byRow.get(row);
        if (!list) byRow.set(row, (list = []));
        list.push({
          hi: key.key.readUInt32BE(0),
          lo: key.key.readUInt32BE(4),
          space: key.space,
          flags: key.flags,
          display: key.display,
        });
      }
      for (const profile of page.rows) {
        const row = Number(profile.row);
        this.ids.set(row, profile.id);
        visit({
          id: profile.id,
          organizationId: profile.org ?? undefined,
          name: Number(profile.name),
          family: Number(profile.family),
          home: Number(profile.home),
          keys: byRow.get(row) ?? [],
          signature: signatureOf(profile.signature),
          seenAt: Number(profile.seen),
        });
      }
      after = rows[rows.length - 1] as number;
    }
  }

  /**
   * Two statements per call whatever its size (erase the ids; insert the profiles and their postings
   * from arrays), three when it replaces known ids: a round trip per profile made a 1,000-profile batch
   * wait on 3,000 of them.
   */
  async put(entries: readonly LinkEntry[]): Promise<void> {
    // A batch naming one id twice keeps its last entry, as separate calls would.
    const latest = [...new Map(entries.map((entry) => [entry.id, entry])).values()];
    if (latest.length === 0) return;
    await this.write(async (client, seq) => {
      const ids = latest.map((entry) => entry.id);
      const erased = await client.query<{ row: string }>(
        this.sql('DELETE FROM {s}.profiles WHERE id = ANY($1::text[]) RETURNING row'),
        [ids],
      );
      if (erased.rows.length > 0) {
        await client.query(this.sql('INSERT INTO {s}.erased (seq, row) SELECT $1, unnest($2::bigint[])'), [
          seq,
          erased.rows.map((row) => row.row),
        ]);
        for (const { row } of erased.rows) this.ids.take(Number(row));
      }
      const keys = latest.flatMap((entry) => distinctKeys(entry.keys).map((key) => ({ id: entry.id, key })));
      // The profiles and their postings in one statement (the postings join the profiles' new rows), so
      // the lock is held across one round trip for both; the foreign key is checked at its end.
      const inserted = await client.query<{ row: string; id: string }>(
        this.sql(
          `WITH p AS (
             INSERT INTO {s}.profiles (id, org, name, family, home, signature, seen, seq)
             SELECT *, $8::bigint FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bytea[], $7::bigint[])
             RETURNING row, id
           ), k AS (
             INSERT INTO {s}.postings (key, row, space, flags, display)
             SELECT k.key, p.row, k.space, k.flags, k.display
             FROM unnest($9::text[], $10::bytea[], $11::smallint[], $12::smallint[], $13::text[]) AS k (id, key, space, flags, display)
             JOIN p ON p.id = k.id
           )
           SELECT row, id FROM p`,
        ),
        [
          ids,
          latest.map((entry) => entry.organizationId ?? null),
          latest.map((entry) => entry.name),
          latest.map((entry) => entry.family),
          latest.map((entry) => entry.home),
          latest.map((entry) => signatureBytes(entry.signature)),
          latest.map((entry) => entry.seenAt),
          seq,
          keys.map(({ id }) => id),
          keys.map(({ key }) => keyBytes(key.hi, key.lo)),
          keys.map(({ key }) => key.space),
          keys.map(({ key }) => key.flags),
          keys.map(({ key }) => key.display),
        ],
      );
      for (const { row, id } of inserted.rows) this.ids.set(Number(row), id);
    });
  }

  private async eraseId(client: PoolClient, id: string, seq: number): Promise<boolean> {
    const deleted = await client.query<{ row: string }>(
      this.sql('DELETE FROM {s}.profiles WHERE id = $1 RETURNING row'),
      [id],
    );
    const row = deleted.rows[0]?.row;
    if (row === undefined) return false;
    // The postings go with the profile (ON DELETE CASCADE); the erasure record keeps only numbers.
    await client.query(this.sql('INSERT INTO {s}.erased (seq, row) VALUES ($1, $2)'), [seq, row]);
    this.ids.take(Number(row));
    return true;
  }

  async remove(ids: readonly string[]): Promise<string[]> {
    return this.write(async (client, seq) => {
      const removed: string[] = [];
      for (const id of ids) if (await this.eraseId(client, id, seq)) removed.push(id);
      return removed;
    });
  }

  async removeNotSeenSince(date: Date): Promise<string[]> {
    return this.write(async (client, seq) => {
      const deleted = await client.query<{ row: string; id: string }>(
        this.sql('DELETE FROM {s}.profiles WHERE seen < $1 RETURNING row, id'),
        [date.getTime()],
      );
      if (deleted.rows.length > 0)
        await client.query(this.sql('INSERT INTO {s}.erased (seq, row) SELECT $1, unnest($2::bigint[])'), [
          seq,
          deleted.rows.map((row) => row.row),
        ]);
      for (const { row } of deleted.rows) this.ids.take(Number(row));
      return deleted.rows.map((row) => row.id).sort();
    });
  }

  async keyCounts(visit: (key: string, space: number, count: number) => void): Promise<void> {
    const result = await this.pool.query<{ key: Buffer; space: number; count: string }>(
      this.sql('SELECT key, min(space) AS space, count(*) AS count FROM {s}.postings GROUP BY key'),
    );
    for (const { key, space, count } of result.rows)
      visit(keyHex(key.readUInt32BE(0), key.readUInt32BE(4)), space, Number(count));
  }

  async importExchange(from: string, counts: ReadonlyMap<string, number>): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(this.sql('DELETE FROM {s}.exchange WHERE sender = $1'), [from]);
      await client.query(
        this.sql(
          'INSERT INTO {s}.exchange (key, sender, count) SELECT k, $1, c FROM unnest($2::bytea[], $3::integer[]) AS e (k, c)',
        ),
        [from, [...counts.keys()].map((key) => Buffer.from(key, 'hex')), [...counts.values()]],
      );
    });
  }

  async exchangeCounts(visit: (key: string, employers: number) => void): Promise<void> {
    const result = await this.pool.query<{ key: Buffer; employers: string }>(
      this.sql('SELECT key, count(*) AS employers FROM {s}.exchange GROUP BY key'),
    );
    for (const { key, employers } of result.rows) visit(key.toString('hex'), Number(employers));
  }

  async stats(): Promise<LinkStoreStats> {
    const result = await this.pool.query<Record<string, string>>(
      this.sql(`SELECT (SELECT count(*) FROM {s}.profiles) AS profiles,
        (SELECT count(DISTINCT key) FROM {s}.postings) AS keys,
        (SELECT count(*) FROM {s}.postings) AS postings,
        (SELECT count(*) FROM (SELECT 1 FROM {s}.postings GROUP BY key HAVING count(*) >= 2) AS shared) AS shared,
        (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relkind = 'r') AS bytes`),
      [this.schema.slice(1, -1)],
    );
    const row = result.rows[0] as Record<string, string>;
    return {
      profiles: Number(row.profiles),
      keys: Number(row.keys),
      postings: Number(row.postings),
      sharedKeys: Number(row.shared),
      bytes: Number(row.bytes ?? 0),
    };
  }

  /**
   * Rewrites the tables so erased rows' old versions are gone from the data files (a plain DELETE
   * leaves dead tuples until vacuum). Write-ahead log segments and backups keep them until they are
   * recycled: that is the server operator's retention, documented in docs/links.md.
   */
  async compact(): Promise<void> {
    await this.pool.query(this.sql('VACUUM (FULL) {s}.postings, {s}.profiles, {s}.erased'));
    // CHECKPOINT needs the pg_checkpoint role; without it the next automatic checkpoint does the same.
    await this.pool.query('CHECKPOINT').catch(() => {});
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** Each key once, flags merged: one INSERT cannot write the same (key, row) twice. */
function distinctKeys(keys: readonly EntryKey[]): EntryKey[] {
  const byKey = new Map<string, EntryKey>();
  for (const key of keys) {
    const id = `${key.hi}:${key.lo}`;
    const seen = byKey.get(id);
    if (seen) byKey.set(id, { ...seen, flags: seen.flags | key.flags });
    else byKey.set(id, key);
  }
  return [...byKey.values()];
}
