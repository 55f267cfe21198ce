/**
 * Freezes a value and everything reachable from it through enumerable properties (an array through its
 * items), and returns it. Already-frozen objects are not entered again, so shared or cyclic structures
 * are visited once.
 *
 * @example
 * const config = deepFreeze({ rules: { a: { off: true } } });
 * Object.isFrozen(config.rules.a); // true
 */
export function deepFreeze<V>(value: V): V {
  if (isUnfrozenObject(value)) freezeTree(value);
  return value;
}

const isUnfrozenObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !Object.isFrozen(value);

function freezeTree(object: object): void {
  Object.freeze(object);
  // An array by index: for-in would enumerate its indices as strings, a third of the freezing of a
  // validated profile (logins, activity). A named property on an array is not data: JSON drops it.
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) {
      const item: unknown = object[i];
      if (isUnfrozenObject(item)) freezeTree(item);
    }
    return;
  }
  // for-in rather than Object.values: no array per frozen object on a cache's miss path.
  for (const key in object) {
    const child = (object as Record<string, unknown>)[key];
    if (isUnfrozenObject(child)) freezeTree(child);
  }
}
