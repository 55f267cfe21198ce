import { LinkIndex, type LinkIndexOptions } from '../../../../src/links/link-index.js';
import { parseProfile } from '../../../../src/schema/parse.js';
import type { ProfileInput } from '../../../../src/schema/profile.js';

/** A small in-test link index over the given records. */
export function indexOf(records: readonly ProfileInput[], options: LinkIndexOptions = {}): LinkIndex {
  const index = new LinkIndex(options);
  for (const record of records) index.add(parseProfile(record));
  return index;
}

export const ship = (line1: string, postalCode = '62701') => ({
  line1,
  city: 'Springfield',
  region: 'IL',
  postalCode,
});
