/** Slots filled at most this far before the table doubles. */
const MAX_LOAD = 0.7;

/**
 * A few 32-bit words per 64-bit fingerprint, in typed arrays: an open-addressing table for counting
 * a million distinct things (one person's home line, one recipient at an address) without a string
 * and a `Map` entry each, which the garbage collector would walk on every young collection
 * (docs/performance.md, *Fourteenth round*). The caller hashes its keys (`hash64Into`); two keys
 * with the same 64 bits share their words, as two keys with the same fingerprint share a posting list
 * in the link index.
 *
 * @example
 * const counts = new FingerprintTable(1);
 * const slot = counts.slotOf(hi, lo); // added with its words zeroed
 * counts.setWord(slot, 0, counts.word(slot, 0) + 1);
 */
export class FingerprintTable {
  /** Per slot: hi, lo, then `width` words. */
  private words: Uint32Array;
  private used: Uint8Array;
  private held = 0;
  private readonly stride: number;
  private lastAdded = false;

  /** `width` words per fingerprint; room for `capacity` slots (rounded up to a power of two) at first. */
  constructor(width: number, capacity = 1024) {
    let slots = 16;
    while (slots < capacity) slots *= 2;
    this.stride = 2 + width;
    this.words = new Uint32Array(slots * this.stride);
    this.used = new Uint8Array(slots);
  }

  /** Fingerprints held. */
  get size(): number {
    return this.held;
  }

  /** Whether the last {@link slotOf} added its fingerprint. */
  get added(): boolean {
    return this.lastAdded;
  }

  /**
   * The slot of a fingerprint, which is added with zeroed words when absent ({@link added} says which).
   * A slot is valid until the next call adds a fingerprint.
   */
  slotOf(hi: number, lo: number): number {
    if (this.held + 1 > this.used.length * MAX_LOAD) this.grow();
    const slot = this.probe(hi >>> 0, lo >>> 0);
    this.lastAdded = this.used[slot] === 0;
    if (this.lastAdded) {
      this.used[slot] = 1;
      this.words[slot * this.stride] = hi;
      this.words[slot * this.stride + 1] = lo;
      this.held++;
    }
    return slot;
  }

  word(slot: number, k: number): number {
    return this.words[slot * this.stride + 2 + k] as number;
  }

  setWord(slot: number, k: number, value: number): void {
    this.words[slot * this.stride + 2 + k] = value;
  }

  /** The slot holding the fingerprint, or the free slot where it belongs. */
  private probe(hi: number, lo: number): number {
    const { words, used, stride } = this;
    const mask = used.length - 1;
    // `lo` picks the slot; both halves are compared.
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      if (used[slot] === 0) return slot;
      if (words[slot * stride] === hi && words[slot * stride + 1] === lo) return slot;
    }
  }

  private grow(): void {
    const { words, used, stride } = this;
    this.words = new Uint32Array(words.length * 2);
    this.used = new Uint8Array(used.length * 2);
    for (let old = 0; old < used.length; old++) {
      if (used[old] === 0) continue;
      const from = old * stride;
      const slot = this.probe(words[from] as number, words[from + 1] as number);
      this.used[slot] = 1;
      this.words.set(words.subarray(from, from + stride), slot * stride);
    }
  }
}
