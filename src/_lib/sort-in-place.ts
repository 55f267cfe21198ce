// Above this length the native sort's own setup is small next to the sorting itself.
const INSERTION_SORT_MAX = 32;

/**
 * Sorts `items` in place, stably, and returns it: `items.sort(compare)`, without the work array and merge
 * state the native sort allocates on every call. Screenings sort many arrays of a handful of elements,
 * most of them already in order (one pass of comparisons here); longer arrays go to the native sort
 * unless they are in order already.
 * `compare` must be consistent (a total preorder), as it must be for `Array.prototype.sort` to give one
 * answer; then both give the same one, since both are stable. For arrays without holes or `undefined`
 * (which the native sort moves to the end without asking `compare`).
 *
 * @example
 * sortInPlace([3, 1, 2], (a, b) => a - b) // [1, 2, 3]
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_SORT_MAX) return isSorted(items, compare) ? items : items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i;
    for (; j > 0 && compare(items[j - 1] as T, item) > 0; j--) items[j] = items[j - 1] as T;
    items[j] = item;
  }
  return items;
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
  return true;
}

/** Code-unit order, the order of `Array.prototype.sort()` without a comparator for strings. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
