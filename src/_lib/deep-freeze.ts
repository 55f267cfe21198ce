/**
 * Freezes a value and everything reachable from it through enumerable properties, and returns it.
 * Already-frozen objects are not entered again, so shared or cyclic structures are visited once.
 *
 * @example
 * const config = deepFreeze({ rules: { a: { off: true } } });
 * Object.isFrozen(config.rules.a); // true
 */
export function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // for-in rather than Object.values: no array per frozen object on a cache's miss path.
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
