import { spaceOf, type KeySpace, type LinkKey, type ProfileKeys } from '../keys.js';
import { COMMERCIAL, LIVES, SHIPS } from '../posting-code.js';

/** A key's LIVES / SHIPS / COMMERCIAL flags as the store keeps them. */
export function flagsOf(key: LinkKey): number {
  return (key.lives ? LIVES : 0) | (key.ships ? SHIPS : 0) | (key.commercial ? COMMERCIAL : 0);
}

/** The flags a profile's entry under one key gets: all its listings of that key in the space, ORed. */
export function spaceFlags(keys: ProfileKeys, space: KeySpace, key: string): number {
  let flags = 0;
  for (const listed of keys.keys)
    if (listed.key === key && spaceOf(listed.attribute) === space) flags |= flagsOf(listed);
  return flags;
}
