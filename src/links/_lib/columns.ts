type Typed = Uint32Array | Int32Array | Uint8Array;

/** Grows a typed array to hold at least `length` items, doubling to keep appends amortised O(1). */
export function ensure<T extends Typed>(array: T, length: number): T {
  if (length <= array.length) return array;
  let capacity = Math.max(16, array.length);
  while (capacity < length) capacity *= 2;
  const grown = new (array.constructor as new (n: number) => T)(capacity);
  grown.set(array);
  return grown;
}
