import { deepFreeze } from './deep-freeze.js';

const NOTHING: unique symbol = Symbol('nothing');

/**
 * A cache for pure computations that forgets everything once `limit` entries are held, so a
 * million-record roster cannot grow it without bound. Several rules normalise the same address or phone
 * number of one profile, and a roster repeats the same provider names; this pays for each once.
 * Cached results are frozen, since callers share them; pass `freeze: false` when they hold objects the
 * cache does not own (a caller's catalog entries), and treat them as read-only.
 *
 * @example
 * const cached = boundedCache<number>();
 * cached('12', () => 12 ** 2); // 144, computed once
 */
export function boundedCache<V>(
  limit = 20_000,
  { freeze = true }: { freeze?: boolean } = {},
): (key: string, compute: (key: string) => V) => V {
  // An `undefined` answer is stored as NOTHING, so that a miss costs one lookup, not `get` and `has`:
  // most keys a screening asks about (a new profile's addresses) are misses.
  const cache = new Map<string, V | typeof NOTHING>();
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit !== undefined) return (hit === NOTHING ? undefined : hit) as V;
    const value = freeze ? deepFreeze(compute(key)) : compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value === undefined ? NOTHING : value);
    return value;
  };
}
