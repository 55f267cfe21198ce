import { createHmac } from 'node:crypto';
import type { Profile } from '../schema/profile.js';
import type { Cluster } from './cluster.js';
import { KEY_SPACES } from './keys.js';
import type { LinkEntry } from './link-entry.js';
import { LinkIndex } from './link-index.js';
import type { LinkIndexOptions } from './link-index-options.js';
import { LINK_ATTRIBUTES, type LinkMatch } from './lookup.js';
import type { LinkStore, LinkStoreStats } from './stores/link-store.js';

/**
 * How shared keys' display strings are kept at rest: as the index shows them (`keep`; in HMAC mode
 * these are already digest labels), as a label of key space and digest prefix (`mask`), or not at all
 * (`omit`; clusters then explain ties by attribute only).
 */
export type StoredDisplays = 'keep' | 'mask' | 'omit';

export interface StoredLinkIndexOptions extends Omit<LinkIndexOptions, 'store'> {
  displays?: StoredDisplays;
}

/** What the store records about the secret: enough to refuse another secret, nothing to recover it. */
function secretCheck(secret: string | Uint8Array | undefined): string {
  if (secret === undefined) return 'plain';
  return `hmac:${createHmac('sha256', secret).update('hirescreen link store check').digest('hex').slice(0, 16)}`;
}

/**
 * A link index that outlives the process: every add and removal is written to a `LinkStore` (SQLite,
 * PostgreSQL, or memory) before the in-memory `LinkIndex` sees it, and `open` reads the store back, so
 * a restarted server links a new candidate to everyone added before. Lookups and screenings run on the
 * in-memory index at its usual speed; pass `links.index` to `createScreener`.
 *
 * @example
 * const links = await StoredLinkIndex.open(SqliteLinkStore.open('./links.db'), { hmacSecret });
 * await links.add(candidate);
 * const screening = createScreener({ links: links.index }).screen(candidate);
 */
export class StoredLinkIndex {
  private constructor(
    /** The in-memory index the screener reads. Change it only through this object. */
    readonly index: LinkIndex,
    readonly store: LinkStore,
    private readonly displays: StoredDisplays,
  ) {}

  /**
   * Opens an index on a store and loads everything in it. Throws `StoreError` (`STORE_MISMATCH`) when
   * the store was written with another HMAC secret.
   *
   * @example
   * const links = await StoredLinkIndex.open(new MemoryLinkStore());
   */
  static async open(store: LinkStore, options: StoredLinkIndexOptions = {}): Promise<StoredLinkIndex> {
    const { displays = 'keep', ...indexOptions } = options;
    const index = new LinkIndex(indexOptions);
    await store.claim(secretCheck(options.hmacSecret));
    await store.load((entry) => index.addEntry(entry));
    return new StoredLinkIndex(index, store, displays);
  }

  /** Profiles indexed. */
  get size(): number {
    return this.index.size;
  }

  /**
   * Adds or replaces profiles (a known id's keys are replaced: a changed address moves), in one
   * transaction of the store, then in memory. `seenAt` is what retention compares.
   */
  async add(profiles: Profile | readonly Profile[], seenAt: Date = new Date()): Promise<void> {
    const list: readonly Profile[] = Array.isArray(profiles) ? profiles : [profiles as Profile];
    const entries = list.map((profile) => this.atRest(this.index.entryOf(profile, seenAt.getTime())));
    await this.store.put(entries);
    for (const entry of entries) this.index.addEntry(entry);
  }

  /** Erases profiles from the store and the index; returns the ids that were stored. */
  async remove(ids: string | readonly string[]): Promise<string[]> {
    const removed = await this.store.remove(typeof ids === 'string' ? [ids] : ids);
    for (const id of removed) this.index.remove(id);
    return removed;
  }

  /** Erases every profile last added before `date` (retention); returns their ids. */
  async removeNotSeenSince(date: Date): Promise<string[]> {
    const removed = await this.store.removeNotSeenSince(date);
    for (const id of removed) this.index.remove(id);
    return removed;
  }

  /** Applies what other processes sharing the store added or erased since the last call. */
  async sync(): Promise<void> {
    await this.store.changes(
      (entry) => this.index.addEntry(entry),
      (id) => this.index.remove(id),
    );
  }

  /**
   * Every link of one profile to the stored ones, each attribute's matches in `LINK_ATTRIBUTES` order:
   * the link work a screening does for one new candidate.
   */
  linksFor(profile: Profile): LinkMatch[] {
    return LINK_ATTRIBUTES.flatMap((attribute) => this.index.matchesFor(profile, attribute));
  }

  /** Suspicious clusters over the whole store, most suspicious first. */
  clusters(): Cluster[] {
    return this.index.clusters();
  }

  stats(): Promise<LinkStoreStats> {
    return this.store.stats();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private atRest(entry: LinkEntry): LinkEntry {
    if (this.displays === 'keep') return entry;
    for (const key of entry.keys)
      key.display =
        this.displays === 'omit'
          ? ''
          : `${KEY_SPACES[key.space]} #${(key.hi >>> 0).toString(16).padStart(8, '0')}`;
    return entry;
  }
}
