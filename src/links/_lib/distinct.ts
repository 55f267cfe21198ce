/** Values compared by scanning before a set takes over: a shared key rarely has more carriers. */
const SCAN_LIMIT = 32;

/**
 * The distinct numbers added since the last `reset`, kept for reuse from one count to the next. The
 * index tallies names, families, homes and organisations for every shared key it assesses; a handful
 * of values is counted in a reused typed array without allocating, only a hub key's hundreds of
 * carriers go through a `Set`.
 */
export class DistinctNumbers {
  private readonly scanned = new Float64Array(SCAN_LIMIT);
  private scannedCount = 0;
  /** Every value added, once more than `SCAN_LIMIT` distinct ones were. */
  private large: Set<number> | undefined;

  /** Forgets every value. */
  reset(): void {
    this.scannedCount = 0;
    this.large = undefined;
  }

  add(value: number): void {
    if (this.large) {
      this.large.add(value);
      return;
    }
    if (this.has(value)) return;
    if (this.scannedCount < SCAN_LIMIT) {
      this.scanned[this.scannedCount++] = value;
      return;
    }
    this.large = new Set(this.scanned);
    this.large.add(value);
  }

  has(value: number): boolean {
    if (this.large) return this.large.has(value);
    for (let i = 0; i < this.scannedCount; i++) if (this.scanned[i] === value) return true;
    return false;
  }

  /** How many distinct values were added. */
  get size(): number {
    return this.large ? this.large.size : this.scannedCount;
  }
}
