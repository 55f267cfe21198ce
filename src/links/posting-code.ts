/**
 * A posting: one profile's entry under one key, packed into a small integer so posting lists are
 * plain number arrays. The low three bits hold the entry's flags, the rest the profile's integer id
 * (its pid); a pid below `MAX_PIDS` keeps every code a non-negative 31-bit integer, which is what lets
 * `MemoryPostingStore` keep a single entry inline in an `Int32Array` slot.
 */

/** The profile lives at the address (a home address). */
export const LIVES = 1;
/** Equipment is shipped to the address. */
export const SHIPS = 2;
/** The address is recorded as a commercial delivery point. */
export const COMMERCIAL = 4;
/** Every flag bit: a code's flags are `code & FLAG_MASK`. */
export const FLAG_MASK = 7;
/** Pids stay below this, so that a code fits 31 bits. */
export const MAX_PIDS = 1 << 28;

/**
 * The code of profile `pid`'s entry with `flags` (an OR of `LIVES`, `SHIPS`, `COMMERCIAL`).
 *
 * @example
 * packPosting(5, LIVES | SHIPS); // 43
 */
export function packPosting(pid: number, flags: number): number {
  return pid * 8 + flags;
}

/**
 * The pid a posting code belongs to.
 *
 * @example
 * postingPid(43); // 5
 */
export function postingPid(code: number): number {
  return code >>> 3;
}

/**
 * The flags of a posting code.
 *
 * @example
 * postingFlags(43) === (LIVES | SHIPS); // true
 */
export function postingFlags(code: number): number {
  return code & FLAG_MASK;
}
