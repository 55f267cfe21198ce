import type { LinkEntry } from '../link-entry.js';
import { keyHex } from './_lib/key-bytes.js';
import type { LinkStore, LinkStoreStats } from './link-store.js';
import { StoreError } from './store-error.js';

/**
 * A `LinkStore` in this process's memory: nothing outlives it. The reference the conformance suite
 * holds the database stores to, and a stand-in for them in tests. (A plain `LinkIndex` needs no store:
 * it is the in-memory default.)
 *
 * @example
 * const links = await StoredLinkIndex.open(new MemoryLinkStore());
 */
export class MemoryLinkStore implements LinkStore {
  readonly kind = 'memory';
  private readonly entries = new Map<string, LinkEntry>();
  private check: string | undefined;
  private readonly exchange = new Map<string, Map<string, number>>();

  async claim(check: string): Promise<void> {
    if (this.check !== undefined && this.check !== check)
      throw new StoreError('STORE_MISMATCH', 'This link store was written with another HMAC secret.');
    this.check = check;
  }

  async load(visit: (entry: LinkEntry) => void): Promise<void> {
    for (const entry of this.entries.values()) visit(entry);
  }

  async changes(): Promise<void> {
    // One process: every change came through this object and its index already has it.
  }

  async put(entries: readonly LinkEntry[]): Promise<void> {
    for (const entry of entries) {
      this.entries.delete(entry.id);
      this.entries.set(entry.id, { ...entry, keys: entry.keys.map((key) => ({ ...key })) });
    }
  }

  async remove(ids: readonly string[]): Promise<string[]> {
    return ids.filter((id) => this.entries.delete(id));
  }

  async removeNotSeenSince(date: Date): Promise<string[]> {
    const stale = [...this.entries.values()].filter((entry) => entry.seenAt < date.getTime());
    return this.remove(stale.map((entry) => entry.id));
  }

  async keyCounts(visit: (key: string, space: number, count: number) => void): Promise<void> {
    for (const [key, { space, count }] of this.counts()) visit(key, space, count);
  }

  async importExchange(from: string, counts: ReadonlyMap<string, number>): Promise<void> {
    this.exchange.set(from, new Map(counts));
  }

  async exchangeCounts(visit: (key: string, employers: number) => void): Promise<void> {
    const employers = new Map<string, number>();
    for (const counts of this.exchange.values())
      for (const key of counts.keys()) employers.set(key, (employers.get(key) ?? 0) + 1);
    for (const [key, count] of employers) visit(key, count);
  }

  async stats(): Promise<LinkStoreStats> {
    const counts = this.counts();
    let postings = 0;
    let sharedKeys = 0;
    for (const { count } of counts.values()) {
      postings += count;
      if (count >= 2) sharedKeys++;
    }
    return { profiles: this.entries.size, keys: counts.size, postings, sharedKeys };
  }

  async compact(): Promise<void> {}

  async close(): Promise<void> {}

  private counts(): Map<string, { space: number; count: number }> {
    const counts = new Map<string, { space: number; count: number }>();
    for (const entry of this.entries.values())
      for (const key of entry.keys) {
        const hex = keyHex(key.hi, key.lo);
        const seen = counts.get(hex);
        if (seen) seen.count++;
        else counts.set(hex, { space: key.space, count: 1 });
      }
    return counts;
  }
}
