import { statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { EntryKey, LinkEntry } from '../link-entry.js';
import { keyBytes, keyHex, signatureBytes, signatureOf } from './_lib/key-bytes.js';
import { optionalModule } from './_lib/optional-module.js';
import { RowIds } from './_lib/row-ids.js';
import type { LinkStore, LinkStoreStats } from './link-store.js';
import { StoreError } from './store-error.js';

/** The schema's version, in `meta`; a file with another is refused rather than misread. */
const SCHEMA_VERSION = '2';

// Schema 2 keys postings by (row, key), with no index on the key: the store never looks a key up (the
// in-memory index does), and rows only grow, so a batch's inserts append to the B-tree's last pages
// instead of touching one random leaf per key, as (key, row) and its row index did in schema 1.
const MIGRATE_1_TO_2 = `
CREATE TABLE postings_v2 (
  row INTEGER NOT NULL,
  key BLOB NOT NULL,
  space INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  display TEXT NOT NULL,
  PRIMARY KEY (row, key)
) WITHOUT ROWID;
INSERT INTO postings_v2 (row, key, space, flags, display)
  SELECT row, key, space, flags, display FROM postings ORDER BY row, key;
DROP INDEX IF EXISTS postings_row;
DROP TABLE postings;
ALTER TABLE postings_v2 RENAME TO postings;
UPDATE meta SET value = '2' WHERE name = 'schema';
`;

// AUTOINCREMENT: a row number is never reused, so an erasure record (seq, row) another process reads
// cannot be mistaken for a later profile's row.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS profiles (
  row INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  org TEXT,
  name INTEGER NOT NULL,
  family INTEGER NOT NULL,
  home INTEGER NOT NULL,
  signature BLOB,
  seen INTEGER NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS profiles_seq ON profiles (seq);
CREATE INDEX IF NOT EXISTS profiles_seen ON profiles (seen);
CREATE TABLE IF NOT EXISTS postings (
  row INTEGER NOT NULL,
  key BLOB NOT NULL,
  space INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  display TEXT NOT NULL,
  PRIMARY KEY (row, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS erased (seq INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS erased_seq ON erased (seq);
CREATE TABLE IF NOT EXISTS exchange (key BLOB NOT NULL, sender TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (key, sender)) WITHOUT ROWID;
`;

interface ProfileRow {
  row: number;
  id: string;
  org: string | null;
  name: number;
  family: number;
  home: number;
  signature: Buffer | null;
  seen: number;
  seq: number;
  key: Buffer | null;
  space: number | null;
  flags: number | null;
  display: string | null;
}

const SELECT_WITH_KEYS = `SELECT p.row, p.id, p.org, p.name, p.family, p.home, p.signature, p.seen, p.seq,
  k.key, k.space, k.flags, k.display
  FROM profiles p LEFT JOIN postings k ON k.row = p.row`;

/**
 * A `LinkStore` in one SQLite file, through `better-sqlite3` (major version 12; an optional peer
 * dependency). WAL mode, so readers do not block the writer; each `put` or `remove` is one transaction,
 * so a process killed mid-batch leaves every profile all in or all out; `secure_delete`, so erased
 * rows are overwritten on their pages, and `compact` checkpoints the log away.
 *
 * @example
 * const links = await StoredLinkIndex.open(SqliteLinkStore.open('./links.db'), { hmacSecret });
 */
export class SqliteLinkStore implements LinkStore {
  readonly kind = 'sqlite';
  private readonly db: BetterSqlite3.Database;
  private readonly statements;
  /** Row number to profile id of every row this object has seen, to apply other processes' erasures. */
  private readonly ids = new RowIds();
  private lastSeq = 0;

  private constructor(readonly path: string) {
    const Database = optionalModule<typeof BetterSqlite3>('better-sqlite3', 'better-sqlite3@12');
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new StoreError('STORE_UNAVAILABLE', `Cannot open the SQLite link store ${path}.`, {
        cause: error,
      });
    }
    const db = this.db;
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt; a killed process loses nothing committed.
    db.pragma('synchronous = NORMAL');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 10000');
    db.exec(SCHEMA);
    const version = db.prepare<[], string>("SELECT value FROM meta WHERE name = 'schema'").pluck().get();
    if (version === '1') db.transaction(() => db.exec(MIGRATE_1_TO_2)).immediate();
    else if (version !== undefined && version !== SCHEMA_VERSION)
      throw new StoreError(
        'STORE_MISMATCH',
        `${path} has link-store schema ${version}; this version reads ${SCHEMA_VERSION}.`,
      );
    this.statements = {
      meta: db.prepare<[string], string>('SELECT value FROM meta WHERE name = ?').pluck(),
      setMeta: db.prepare(
        'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      ),
      rowOf: db.prepare<[string], number>('SELECT row FROM profiles WHERE id = ?').pluck(),
      insertProfile: db
        .prepare<unknown[], number>(
          'INSERT INTO profiles (id, org, name, family, home, signature, seen, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING row',
        )
        .pluck(),
      insertPosting: db.prepare(
        'INSERT INTO postings (key, row, space, flags, display) VALUES (?, ?, ?, ?, ?) ON CONFLICT (row, key) DO UPDATE SET flags = flags | excluded.flags',
      ),
      deletePostings: db.prepare('DELETE FROM postings WHERE row = ?'),
      deleteProfile: db.prepare('DELETE FROM profiles WHERE row = ?'),
      erased: db.prepare('INSERT INTO erased (seq, row) VALUES (?, ?)'),
      stale: db.prepare<[number], { row: number; id: string }>('SELECT row, id FROM profiles WHERE seen < ?'),
      all: db.prepare<[], ProfileRow>(`${SELECT_WITH_KEYS} ORDER BY p.row`),
      since: db.prepare<[number], ProfileRow>(`${SELECT_WITH_KEYS} WHERE p.seq > ? ORDER BY p.row`),
      erasedSince: db.prepare<[number], { seq: number; row: number }>(
        'SELECT seq, row FROM erased WHERE seq > ? ORDER BY seq',
      ),
      maxSeq: db
        .prepare<[], number>(
          "SELECT max(coalesce((SELECT max(seq) FROM profiles), 0), coalesce((SELECT max(seq) FROM erased), 0), coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE name = 'seq'), 0))",
        )
        .pluck(),
      keyCounts: db.prepare<[], { key: Buffer; space: number; count: number }>(
        'SELECT key, min(space) AS space, count(*) AS count FROM postings GROUP BY key',
      ),
    };
    if (version === undefined) this.statements.setMeta.run('schema', SCHEMA_VERSION);
  }

  /** Opens (or creates) the store in a file; `':memory:'` for a throwaway one. */
  static open(path: string): SqliteLinkStore {
    return new SqliteLinkStore(path);
  }

  async claim(check: string): Promise<void> {
    const stored = this.statements.meta.get('check');
    if (stored === undefined) this.statements.setMeta.run('check', check);
    else if (stored !== check)
      throw new StoreError('STORE_MISMATCH', `${this.path} was written with another HMAC secret (or none).`);
  }

  async load(visit: (entry: LinkEntry) => void): Promise<void> {
    this.lastSeq = this.statements.maxSeq.get() as number;
    this.readEntries(this.statements.all.iterate(), visit);
  }

  async changes(visit: (entry: LinkEntry) => void, removed: (id: string) => void): Promise<void> {
    const since = this.lastSeq;
    const read = this.db.transaction(() => {
      this.lastSeq = this.statements.maxSeq.get() as number;
      for (const { row } of this.statements.erasedSince.all(since)) {
        const id = this.ids.take(row);
        if (id === undefined) continue;
        removed(id);
      }
      this.readEntries(this.statements.since.iterate(since), visit);
    });
    read.deferred();
  }

  async put(entries: readonly LinkEntry[]): Promise<void> {
    const { statements } = this;
    const write = this.db.transaction(() => {
      const seq = this.nextSeq();
      for (const entry of entries) {
        this.eraseRow(statements.rowOf.get(entry.id), seq);
        const row = statements.insertProfile.get(
          entry.id,
          entry.organizationId ?? null,
          entry.name,
          entry.family,
          entry.home,
          signatureBytes(entry.signature),
          entry.seenAt,
          seq,
        ) as number;
        for (const key of entry.keys)
          statements.insertPosting.run(keyBytes(key.hi, key.lo), row, key.space, key.flags, key.display);
        this.ids.set(row, entry.id);
      }
    });
    write.immediate();
  }

  async remove(ids: readonly string[]): Promise<string[]> {
    const { statements } = this;
    const write = this.db.transaction(() => {
      const seq = this.nextSeq();
      return ids.filter((id) => this.eraseRow(statements.rowOf.get(id), seq));
    });
    return this.erasing(write.immediate());
  }

  async removeNotSeenSince(date: Date): Promise<string[]> {
    const write = this.db.transaction(() => {
      const seq = this.nextSeq();
      const stale = this.statements.stale.all(date.getTime());
      for (const { row } of stale) this.eraseRow(row, seq);
      return stale.map(({ id }) => id);
    });
    return this.erasing(write.immediate());
  }

  async keyCounts(visit: (key: string, space: number, count: number) => void): Promise<void> {
    for (const { key, space, count } of this.statements.keyCounts.iterate())
      visit(keyHex(key.readUInt32BE(0), key.readUInt32BE(4)), space, count);
  }

  async importExchange(from: string, counts: ReadonlyMap<string, number>): Promise<void> {
    const insert = this.db.prepare('INSERT INTO exchange (key, sender, count) VALUES (?, ?, ?)');
    const write = this.db.transaction(() => {
      this.db.prepare('DELETE FROM exchange WHERE sender = ?').run(from);
      for (const [key, count] of counts) insert.run(Buffer.from(key, 'hex'), from, count);
    });
    write.immediate();
  }

  async exchangeCounts(visit: (key: string, employers: number) => void): Promise<void> {
    const rows = this.db
      .prepare<[], { key: Buffer; employers: number }>(
        'SELECT key, count(*) AS employers FROM exchange GROUP BY key',
      )
      .iterate();
    for (const { key, employers } of rows) visit(key.toString('hex'), employers);
  }

  async stats(): Promise<LinkStoreStats> {
    const counts = this.db
      .prepare<[], { profiles: number; keys: number; postings: number; shared: number }>(
        `SELECT (SELECT count(*) FROM profiles) AS profiles,
          (SELECT count(*) FROM (SELECT 1 FROM postings GROUP BY key)) AS keys,
          (SELECT count(*) FROM postings) AS postings,
          (SELECT count(*) FROM (SELECT 1 FROM postings GROUP BY key HAVING count(*) >= 2)) AS shared`,
      )
      .get() as { profiles: number; keys: number; postings: number; shared: number };
    return {
      profiles: counts.profiles,
      keys: counts.keys,
      postings: counts.postings,
      sharedKeys: counts.shared,
      ...(this.path !== ':memory:' && { bytes: fileBytes(this.path) + fileBytes(`${this.path}-wal`) }),
    };
  }

  async compact(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /**
   * After an erasure, the write-ahead log still holds the erased rows' old pages: checkpointing it into
   * the database (where `secure_delete` zeroed them) and truncating it makes the erasure real on disk.
   */
  private erasing(removed: string[]): string[] {
    if (removed.length > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return removed;
  }

  /** The next change number, kept in `meta` so that it never goes back when the newest rows are erased. */
  private nextSeq(): number {
    const seq = (this.statements.maxSeq.get() as number) + 1;
    this.statements.setMeta.run('seq', String(seq));
    return seq;
  }

  private eraseRow(row: number | undefined, seq: number): boolean {
    if (row === undefined) return false;
    this.statements.deletePostings.run(row);
    this.statements.deleteProfile.run(row);
    this.statements.erased.run(seq, row);
    this.ids.take(row);
    return true;
  }

  /** Groups the joined rows (one per key, ordered by profile row) back into entries. */
  private readEntries(rows: Iterable<ProfileRow>, visit: (entry: LinkEntry) => void): void {
    let entry: LinkEntry | undefined;
    let entryRow = -1;
    for (const row of rows) {
      if (row.row !== entryRow) {
        if (entry) visit(entry);
        entryRow = row.row;
        this.ids.set(row.row, row.id);
        entry = {
          id: row.id,
          organizationId: row.org ?? undefined,
          name: row.name,
          family: row.family,
          home: row.home,
          keys: [],
          signature: signatureOf(row.signature),
          seenAt: row.seen,
        };
      }
      if (row.key) entry?.keys.push(keyOf(row));
    }
    if (entry) visit(entry);
  }
}

function keyOf(row: ProfileRow): EntryKey {
  const key = row.key as Buffer;
  return {
    hi: key.readUInt32BE(0),
    lo: key.readUInt32BE(4),
    space: row.space as number,
    flags: row.flags as number,
    display: row.display as string,
  };
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
