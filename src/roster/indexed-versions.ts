/**
 * The version of each record pass 1 indexed, by position, so that pass 2 can recognise a record it reads
 * again unchanged. Eight bytes a position (NaN where nothing was indexed): 8 MB for a million records.
 *
 * @example
 * const versions = new IndexedVersions();
 * versions.set(0, fileVersion);
 * versions.matches(0, fileVersion); // true
 */
export class IndexedVersions {
  private values = new Float64Array(1024).fill(Number.NaN);

  set(position: number, version: number): void {
    if (position >= this.values.length) {
      let length = this.values.length * 2;
      while (length <= position) length *= 2;
      const grown = new Float64Array(length).fill(Number.NaN);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[position] = version;
  }

  /** Whether `version` is the one pass 1 indexed at `position` (NaN never matches). */
  matches(position: number, version: number): boolean {
    return position < this.values.length && this.values[position] === version;
  }
}
