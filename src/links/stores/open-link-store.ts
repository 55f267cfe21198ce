import type { LinkStore } from './link-store.js';
import { MemoryLinkStore } from './memory-link-store.js';
import { PostgresLinkStore } from './postgres-link-store.js';
import { SqliteLinkStore } from './sqlite-link-store.js';
import { StoreError } from './store-error.js';

/**
 * Opens a link store from its address: `sqlite:<file>` (created when missing), `postgres://…` or
 * `postgresql://…` (a connection URL; tables in the `hirescreen_links` schema), or `memory:`.
 *
 * @example
 * const links = await StoredLinkIndex.open(await openLinkStore('sqlite:./links.db'));
 */
export async function openLinkStore(address: string): Promise<LinkStore> {
  if (address.startsWith('sqlite:')) {
    const path = address.slice('sqlite:'.length);
    if (path === '')
      throw new StoreError('STORE_UNAVAILABLE', 'sqlite: needs a file, e.g. sqlite:./links.db');
    return SqliteLinkStore.open(path);
  }
  if (address.startsWith('postgres://') || address.startsWith('postgresql://'))
    return PostgresLinkStore.open(address);
  if (address === 'memory:') return new MemoryLinkStore();
  throw new StoreError(
    'STORE_UNAVAILABLE',
    `Unknown link store "${address.split(':')[0]}:": use sqlite:<file>, postgres://… or memory:`,
  );
}
