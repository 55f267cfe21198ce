/** Rows above this go to the overflow map: the sorted column is 32-bit. */
const MAX_COLUMN_ROW = 0xffff_ffff;

/**
 * Each stored row's profile id, for the rows a store object has read or written: what turns another
 * process's erasure record (a row number, never an id) into the id the index removes.
 *
 * Row numbers are handed out in increasing order and never reused, so appending keeps them sorted: a
 * 32-bit column of rows and an array of ids (the very strings the index holds) cost about 12-16 bytes a
 * profile, where a `Map<number, string>` cost about 37 at 100,000 profiles (heap after a full
 * collection, docs/performance.md). A row that arrives out of order (another
 * process's earlier write, read by `changes` after this object wrote a later one) goes to a small map.
 *
 * @example
 * const ids = new RowIds();
 * ids.set(7, 'cand-1');
 * ids.take(7); // 'cand-1', and forgotten
 */
export class RowIds {
  private rows = new Uint32Array(256);
  private ids: (string | undefined)[] = [];
  private length = 0;
  /** Ids still held in the column (the others are erased slots awaiting compaction). */
  private held = 0;
  private readonly late = new Map<number, string>();

  /** Records a row's id. */
  set(row: number, id: string): void {
    const last = this.length > 0 ? (this.rows[this.length - 1] as number) : 0;
    if (row > last && row <= MAX_COLUMN_ROW) {
      if (this.length === this.rows.length) this.grow();
      this.rows[this.length] = row;
      this.ids[this.length] = id;
      this.length++;
      this.held++;
      return;
    }
    const at = this.indexOf(row);
    if (at >= 0) {
      if (this.ids[at] === undefined) this.held++;
      this.ids[at] = id;
    } else this.late.set(row, id);
  }

  /** The row's id, forgotten as it is returned (the row was erased); undefined when never seen. */
  take(row: number): string | undefined {
    const at = this.indexOf(row);
    if (at < 0) {
      const id = this.late.get(row);
      this.late.delete(row);
      return id;
    }
    const id = this.ids[at];
    if (id === undefined) return undefined;
    this.ids[at] = undefined;
    this.held--;
    // Erased slots are dropped once they are most of the column, so a long-lived store stays small.
    if (this.held * 2 < this.length && this.length > 256) this.compact();
    return id;
  }

  /** Rows recorded. */
  get size(): number {
    return this.held + this.late.size;
  }

  private indexOf(row: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.rows[mid] as number;
      if (at === row) return mid;
      if (at < row) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private grow(): void {
    const rows = new Uint32Array(this.rows.length * 2);
    rows.set(this.rows);
    this.rows = rows;
  }

  private compact(): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const id = this.ids[i];
      if (id === undefined) continue;
      this.rows[kept] = this.rows[i] as number;
      this.ids[kept] = id;
      kept++;
    }
    this.ids.length = kept;
    this.length = kept;
  }
}
