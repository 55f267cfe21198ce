/**
 * Disjoint sets over integers 0..n-1 with path halving and union by size.
 *
 * @example
 * const sets = new UnionFind(4); sets.union(0, 2); sets.find(2) === sets.find(0); // true
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  find(x: number): number {
    const parent = this.parent;
    let node = x;
    while (parent[node] !== node) {
      const up = parent[node] as number;
      parent[node] = parent[up] as number;
      node = up;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`; returns the new root. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    return ra;
  }

  /** Size of the set holding `x`. */
  sizeOf(x: number): number {
    return this.size[this.find(x)] as number;
  }
}
