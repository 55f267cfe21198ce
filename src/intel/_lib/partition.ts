/** Non-overlapping segments, sorted by start, each owned by the most specific range covering it. */
export interface Partition<T> {
  starts: T[];
  ends: T[];
  owners: number[];
}

/**
 * Turns nested ranges into a flat partition. CIDR blocks never overlap partially (two blocks are
 * either disjoint or one contains the other), so a stack of open blocks is enough: the top of the
 * stack is the most specific block at the sweep position.
 *
 * `order` lists range indices sorted by start ascending, then wider (shorter prefix) first.
 * `one` is 1 or 1n, so the sweep works on IPv4 numbers and IPv6 bigints alike.
 */
export function partitionNested<T extends number | bigint>(
  order: readonly number[],
  starts: readonly T[],
  ends: readonly T[],
  one: T,
): Partition<T> {
  const out: Partition<T> = { starts: [], ends: [], owners: [] };
  const stack: number[] = [];
  let cursor = starts[order[0] ?? 0] as T;
  const emit = (from: T, to: T, owner: number): void => {
    if (from > to) return;
    out.starts.push(from);
    out.ends.push(to);
    out.owners.push(owner);
  };
  const closeTop = (): void => {
    const top = stack.pop() as number;
    const end = ends[top] as T;
    emit(cursor, end, top);
    cursor = ((end as bigint) + (one as bigint)) as T;
  };
  for (const range of order) {
    const start = starts[range] as T;
    while (stack.length > 0 && (ends[stack[stack.length - 1] as number] as T) < start) closeTop();
    const parent = stack[stack.length - 1];
    if (parent !== undefined) emit(cursor, ((start as bigint) - (one as bigint)) as T, parent);
    stack.push(range);
    cursor = start;
  }
  while (stack.length > 0) closeTop();
  return out;
}
