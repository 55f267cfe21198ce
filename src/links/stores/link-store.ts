import type { LinkEntry } from '../link-entry.js';

/** What a store holds, counted by the store itself. */
export interface LinkStoreStats {
  profiles: number;
  /** Distinct key fingerprints. */
  keys: number;
  /** Profile-key entries (the posting lists' total length). */
  postings: number;
  /** Keys two or more profiles carry. */
  sharedKeys: number;
  /** Bytes the store takes on disk (database and write-ahead log), when it has a disk. */
  bytes?: number;
}

/**
 * Where a stored link index keeps everything it knows about each profile, as fingerprints
 * (`LinkEntry`): the posting lists are the entries' keys, each profile's keys are kept for its
 * replacement and erasure, and the per-profile facts (name, family and home fingerprints,
 * organisation, résumé signature) are what the stats and clustering read. Every method may be
 * asynchronous (PostgreSQL); `put` and `remove` are atomic per call, so a crash leaves each profile
 * all in or all out.
 */
export interface LinkStore {
  readonly kind: 'memory' | 'sqlite' | 'postgres';
  /**
   * Checks the store was written by an index with the same secret (`check` is a digest of it), or
   * records it in a new store. Throws `StoreError` (`STORE_MISMATCH`) otherwise.
   */
  claim(check: string): Promise<void>;
  /** Streams every stored profile, in no particular order. */
  load(visit: (entry: LinkEntry) => void): Promise<void>;
  /**
   * Streams what changed since the last `load` or `changes` of this store object: entries added or
   * replaced, and ids removed (including by other processes sharing the database).
   */
  changes(visit: (entry: LinkEntry) => void, removed: (id: string) => void): Promise<void>;
  /** Adds or replaces profiles in one transaction. */
  put(entries: readonly LinkEntry[]): Promise<void>;
  /** Erases profiles and every key, fingerprint and display of theirs; returns the ids that were stored. */
  remove(ids: readonly string[]): Promise<string[]>;
  /** Erases every profile last added before `date`; returns their ids. */
  removeNotSeenSince(date: Date): Promise<string[]>;
  /** Postings per key: each key fingerprint (16 hex digits) with how many profiles carry it. */
  keyCounts(visit: (key: string, space: number, count: number) => void): Promise<void>;
  /** Replaces the key counts another employer exported (`from` labels the sender, here only). */
  importExchange(from: string, counts: ReadonlyMap<string, number>): Promise<void>;
  /** Each imported key (16 hex digits) with how many senders carry it. */
  exchangeCounts(visit: (key: string, employers: number) => void): Promise<void>;
  stats(): Promise<LinkStoreStats>;
  /** Makes erased data unrecoverable from the files (checkpoints and truncates logs, reclaims pages). */
  compact(): Promise<void>;
  close(): Promise<void>;
}
