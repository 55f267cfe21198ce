import { deepFreeze } from './deep-freeze.js';

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
  const cache = new Map<string, V>();
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = freeze ? deepFreeze(compute(key)) : compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
