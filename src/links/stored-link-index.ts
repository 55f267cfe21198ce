import { createHmac } from 'node:crypto';
import type { Profile } from '../schema/profile.js';
import type { Cluster } from './cluster.js';
import { KEY_SPACES } from './keys.js';
import type { LinkEntry } from './link-entry.js';
import { LinkIndex } from './link-index.js';
import type { LinkIndexOptions } from './link-index-options.js';
import { LINK_ATTRIBUTES, type LinkMatch } from './lookup.js';
import { keyHex } from './stores/_lib/key-bytes.js';
import type { LinkStore, LinkStoreStats } from './stores/link-store.js';
import { StoreError } from './stores/store-error.js';

/**
 * How shared keys' display strings are kept at rest: as the index shows them (`keep`; in HMAC mode
 * these are already digest labels), as a label of key space and digest prefix (`mask`), or not at all
 * (`omit`; clusters then explain ties by attribute only).
 */
export type StoredDisplays = 'keep' | 'mask' | 'omit';

/**
 * What `index export` writes: each key of the store (a digest under the group's shared secret) with
 * how many of this employer's profiles carry it. No id, name, organisation or raw value.
 */
export interface LinkExchange {
  format: 'hirescreen-link-exchange';
  version: 1;
  /** A digest of the secret, so an importer can tell the file was keyed with its group's secret. */
  secretCheck: string;
  /** [key fingerprint as 16 hex digits, profiles carrying it], sorted by key. */
  keys: [string, number][];
}

/** One of a profile's keys that other employers of the exchange group also hold. */
export interface ElsewhereMatch {
  space: string;
  displayKey: string;
  /** How many other employers' imported exchanges carry the key: never who, nor which profiles. */
  otherEmployers: number;
}

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
    private readonly check: string,
    /** Imported exchange keys and how many other employers carry each. */
    private readonly elsewhereCounts: Map<string, number>,
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

    const check = secretCheck(options.hmacSecret);
    await store.load((entry) => index.addEntry(entry));
    const elsewhere = new Map<string, number>();
    await store.exchangeCounts((key, employers) => elsewhere.set(key, employers));
    // Read live by the index: each import refills this map, and every match then carries its count.
    index.useExchangeCounts(elsewhere);
    return new StoredLinkIndex(index, store, displays, check, elsewhere);
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

  /**
   * This store's keys with a count each, for the other employers of a group that share the HMAC
   * secret. Refused for a store without a secret: plain hashes of addresses and phones can be
   * reversed by anyone who guesses the values.
   */
  async exportExchange(): Promise<LinkExchange> {
    if (!this.index.hmac)
      throw new StoreError(
        'STORE_MISMATCH',
        'Only a store keyed with the group secret (hmacSecret) can be exported.',
      );
    const keys: [string, number][] = [];
    await this.store.keyCounts((key, _space, count) => keys.push([key, count]));
    keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { format: 'hirescreen-link-exchange', version: 1, secretCheck: this.check, keys };
  }

  /** Adds (or replaces) one other employer's exported counts; `from` labels it in this store only. */
  async importExchange(from: string, exchange: LinkExchange): Promise<number> {
    if (
      exchange.format !== 'hirescreen-link-exchange' ||
      exchange.version !== 1 ||
      !Array.isArray(exchange.keys)
    )
      throw new StoreError('STORE_MISMATCH', 'Not a hirescreen link exchange file (version 1).');
    if (exchange.secretCheck !== this.check)
      throw new StoreError('STORE_MISMATCH', 'The exchange was keyed with another secret than this store.');
    const counts = new Map<string, number>();
    for (const [key, count] of exchange.keys)
      if (/^[0-9a-f]{16}$/.test(key) && Number.isInteger(count) && count > 0) counts.set(key, count);
    await this.store.importExchange(from, counts);
    this.elsewhereCounts.clear();
    await this.store.exchangeCounts((key, employers) => this.elsewhereCounts.set(key, employers));
    return counts.size;
  }

  /** The keys of a profile that other employers of the exchange group also carry, and how many. */
  elsewhere(profile: Profile): ElsewhereMatch[] {
    if (this.elsewhereCounts.size === 0) return [];
    const out: ElsewhereMatch[] = [];
    for (const key of this.index.entryOf(profile, 0).keys) {
      const employers = this.elsewhereCounts.get(keyHex(key.hi, key.lo));
      if (employers)
        out.push({
          space: KEY_SPACES[key.space] as string,
          displayKey: key.display,
          otherEmployers: employers,
        });
    }
    return out;
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
