/**
 * One key of a stored profile: its 64-bit fingerprint (two unsigned 32-bit halves), its key space's
 * position in `KEY_SPACES`, the profile's flags on it (`LIVES`, `SHIPS`, `COMMERCIAL`) and how a
 * cluster shows it (a digest label in HMAC mode, masked or empty by the store's `displays` option).
 */
export interface EntryKey {
  hi: number;
  lo: number;
  space: number;
  flags: number;
  display: string;
}

/**
 * Everything a link index keeps about one profile, as fingerprints: what a `LinkStore` persists and
 * what `LinkIndex.addEntry` reads back after a restart. No raw key, name or address is in it; with an
 * HMAC secret every fingerprint is a keyed digest.
 */
export interface LinkEntry {
  id: string;
  organizationId: string | undefined;
  /** Name, family-name and home fingerprints (0: none). */
  name: number;
  family: number;
  home: number;
  /** Each key once; a key reached from two paths carries both paths' flags. */
  keys: EntryKey[];
  /** The résumé's MinHash signature (its band keys are among `keys`). */
  signature: Uint32Array | undefined;
  /** When the profile was last added, in ms since the epoch (for retention). */
  seenAt: number;
}
