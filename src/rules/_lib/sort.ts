/**
 * Longest array sorted by insertion rather than by `Array.prototype.sort`. The built-in sort copies its
 * elements into a work array on every call (boxing each number of a double array); rules sort a handful of
 * logins or activities per profile, often already in order, where insertion costs a few comparisons and
 * allocates nothing.
 */
const INSERTION_LIMIT = 32;

/**
 * Sorts `items` in place by `compare` and returns it, exactly as `items.sort(compare)` would: stable, so
 * equal elements keep their order. Short arrays are sorted by insertion, without allocating.
 *
 * @example
 * sortInPlace([3, 1, 2], (a, b) => a - b) // [1, 2, 3]
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_LIMIT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    // Strictly greater only: an equal element stays after the ones before it (stability).
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
