import { PostingLists } from './_lib/posting-lists.js';
import { packPosting, postingPid } from './posting-code.js';

/** A key's 64-bit fingerprint as two unsigned 32-bit halves. */
export interface KeyHash {
  hi: number;
  lo: number;
}

/** A key's posting codes: a plain array, or a view of a store's typed buffer. */
export type PostingCodes = readonly number[] | Int32Array;

/**
 * Where the index keeps its posting lists. Entries are integer posting codes
 * (`packPosting(profile, flags)`, see `posting-code.ts`); keys are
 * 64-bit fingerprints only (plain hash or truncated HMAC), so a store never holds a raw identifier.
 * Swap in another implementation (a memory-mapped file, a database table) with the same five methods.
 */
export interface PostingStore {
  /** The entry codes under a key; empty when none. Do not keep them across writes: copy them. */
  get(hi: number, lo: number): PostingCodes;
  /**
   * Adds `profile` under a key, or ORs `flags` into its entry. `space` and `display` describe the key
   * and are kept only once a second profile shares it (for cluster explanations).
   */
  add(hi: number, lo: number, profile: number, flags: number, space: number, display: string): void;
  remove(hi: number, lo: number, profile: number): void;
  /** Calls `visit` for every key that two or more entries share. */
  forEachShared(visit: (space: number, display: string, codes: PostingCodes) => void): void;
  /** Keys ever stored (including keys whose entries were all removed). */
  readonly size: number;
}

const EMPTY: readonly number[] = Object.freeze([]);

/** The most of its slots a store fills before it doubles, in tenths. */
const MAX_LOAD_TENTHS = 7;

/**
 * The default store: open addressing with linear probing over typed arrays (13 bytes a slot at most
 * 70 % load). A key held by one profile costs one slot; shared keys' lists live in `PostingLists`,
 * typed buffers outside the JS heap too. At 60 % a million profiles' 10.6 million keys needed 2^25
 * slots (436 MB); at 70 % they fit in 2^24 (218 MB), for a probe or two more per lookup
 * (docs/performance.md).
 */
export class MemoryPostingStore implements PostingStore {
  private capacity: number;
  private his: Uint32Array;
  private los: Uint32Array;
  /** 0: slot empty or key emptied; > 0: single entry code + 1; < 0: -(list number + 1). */
  private vals: Int32Array;
  private used: Uint8Array;
  private count = 0;
  private readonly lists = new PostingLists();

  constructor(initialCapacity = 1 << 12) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.capacity = capacity;
    this.his = new Uint32Array(capacity);
    this.los = new Uint32Array(capacity);
    this.vals = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  private slotOf(hi: number, lo: number): number {
    const mask = this.capacity - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.used[slot] === 1) {
      if (this.his[slot] === hi && this.los[slot] === lo) return slot;
      slot = (slot + 1) & mask;
    }
    return ~slot;
  }

  private grow(): void {
    const { his, los, vals, used, capacity } = this;
    this.capacity = capacity * 2;
    this.his = new Uint32Array(this.capacity);
    this.los = new Uint32Array(this.capacity);
    this.vals = new Int32Array(this.capacity);
    this.used = new Uint8Array(this.capacity);
    for (let i = 0; i < capacity; i++) {
      if (used[i] !== 1) continue;
      const slot = ~this.slotOf(his[i] as number, los[i] as number);
      this.his[slot] = his[i] as number;
      this.los[slot] = los[i] as number;
      this.vals[slot] = vals[i] as number;
      this.used[slot] = 1;
    }
  }

  get(hi: number, lo: number): PostingCodes {
    const slot = this.slotOf(hi, lo);
    if (slot < 0) return EMPTY;
    const value = this.vals[slot] as number;
    if (value > 0) return [value - 1];
    if (value < 0) return this.lists.codes(-value - 1);
    return EMPTY;
  }

  add(hi: number, lo: number, profile: number, flags: number, space: number, display: string): void {
    let slot = this.slotOf(hi, lo);
    if (slot < 0) {
      if ((this.count + 1) * 10 > this.capacity * MAX_LOAD_TENTHS) {
        this.grow();
        slot = ~this.slotOf(hi, lo);
      } else slot = ~slot;
      this.his[slot] = hi;
      this.los[slot] = lo;
      this.used[slot] = 1;
      this.count++;
    }
    const code = packPosting(profile, flags);
    const value = this.vals[slot] as number;
    if (value === 0) {
      this.vals[slot] = code + 1;
      return;
    }
    if (value > 0) {
      const existing = value - 1;
      if (postingPid(existing) === profile) {
        this.vals[slot] = (existing | flags) + 1;
        return;
      }
      this.vals[slot] = -(this.lists.create(existing, code, space, display) + 1);
      return;
    }
    const list = -value - 1;
    if (!this.lists.addFlags(list, profile, flags)) this.lists.append(list, code);
  }

  remove(hi: number, lo: number, profile: number): void {
    const slot = this.slotOf(hi, lo);
    if (slot < 0) return;
    const value = this.vals[slot] as number;
    if (value > 0) {
      if (postingPid(value - 1) === profile) this.vals[slot] = 0;
      return;
    }
    if (value === 0) return;
    const list = -value - 1;
    const left = this.lists.removePid(list, profile);
    if (left >= 2) return;
    const last = left === 1 ? (this.lists.codes(list)[0] as number) : undefined;
    this.lists.release(list);
    this.vals[slot] = last === undefined ? 0 : last + 1;
  }

  forEachShared(visit: (space: number, display: string, codes: PostingCodes) => void): void {
    this.lists.forEachShared(visit);
  }
}
