import type { LinkEntry } from '../../../links/link-entry.js';

/**
 * A link entry with its keys in one typed array: a structured clone copies a typed array in one piece,
 * where an object per key costs the sending and the receiving thread a few microseconds each.
 */
export interface PackedEntry {
  id: string;
  organizationId: string | undefined;
  name: number;
  family: number;
  home: number;
  /** Four numbers a key, in the entry's order: fingerprint high and low words, key space, flags. */
  keys: Float64Array;
  displays: string[];
  signature: Uint32Array | undefined;
}

const FIELDS = 4;

/**
 * @example
 * index.addEntry(unpackEntry(packEntry(index.entryOf(profile, 0)))); // as index.add(profile)
 */
export function packEntry(entry: LinkEntry): PackedEntry {
  const keys = new Float64Array(entry.keys.length * FIELDS);
  const displays: string[] = [];
  entry.keys.forEach((key, i) => {
    keys[i * FIELDS] = key.hi;
    keys[i * FIELDS + 1] = key.lo;
    keys[i * FIELDS + 2] = key.space;
    keys[i * FIELDS + 3] = key.flags;
    displays.push(key.display);
  });
  const { id, organizationId, name, family, home, signature } = entry;
  return { id, organizationId, name, family, home, keys, displays, signature };
}

/** The entry `packEntry` packed; `seenAt` is 0, as a roster's in-memory index does not read it. */
export function unpackEntry(packed: PackedEntry): LinkEntry {
  const { id, organizationId, name, family, home, keys, displays, signature } = packed;
  return {
    id,
    organizationId,
    name,
    family,
    home,
    keys: displays.map((display, i) => ({
      hi: keys[i * FIELDS] as number,
      lo: keys[i * FIELDS + 1] as number,
      space: keys[i * FIELDS + 2] as number,
      flags: keys[i * FIELDS + 3] as number,
      display,
    })),
    signature,
    seenAt: 0,
  };
}
