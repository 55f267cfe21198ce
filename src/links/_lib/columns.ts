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

/** Grows a byte buffer to hold at least `length` bytes, doubling, keeping its first `used` bytes. */
export function ensureBytes(bytes: Buffer, used: number, length: number): Buffer {
  if (length <= bytes.length) return bytes;
  const grown = Buffer.alloc(Math.max(length, bytes.length * 2));
  bytes.copy(grown, 0, 0, used);
  return grown;
}
