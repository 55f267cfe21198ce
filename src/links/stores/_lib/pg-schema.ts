/**
 * The PostgreSQL link store's schema, as migrations applied in order on first use (inside one
 * transaction holding an advisory lock, so servers starting together apply each once). `{s}` is the
 * store's schema name, already quoted. Append new migrations; never edit a shipped one.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
CREATE TABLE {s}.meta (name text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE {s}.change_seq;
CREATE TABLE {s}.profiles (
  row bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  org text,
  name bigint NOT NULL,
  family bigint NOT NULL,
  home bigint NOT NULL,
  signature bytea,
  seen bigint NOT NULL,
  seq bigint NOT NULL
);
CREATE INDEX profiles_seq ON {s}.profiles (seq);
CREATE INDEX profiles_seen ON {s}.profiles (seen);
CREATE TABLE {s}.postings (
  key bytea NOT NULL,
  row bigint NOT NULL REFERENCES {s}.profiles (row) ON DELETE CASCADE,
  space smallint NOT NULL,
  flags smallint NOT NULL,
  display text NOT NULL,
  PRIMARY KEY (key, row)
);
CREATE INDEX postings_row ON {s}.postings (row);
CREATE TABLE {s}.erased (seq bigint NOT NULL, row bigint NOT NULL);
CREATE INDEX erased_seq ON {s}.erased (seq);
`,
  `
CREATE TABLE {s}.exchange (key bytea NOT NULL, sender text NOT NULL, count integer NOT NULL, PRIMARY KEY (key, sender));
`,
  // Postings keyed (row, key), the row index dropped: the store never looks a key up (the in-memory
  // index does), and rows only grow, so inserts append to one index instead of one random and one
  // appending index. Still one posting per key and profile.
  `
ALTER TABLE {s}.postings DROP CONSTRAINT postings_pkey, ADD PRIMARY KEY (row, key);
DROP INDEX {s}.postings_row;
`,
];
