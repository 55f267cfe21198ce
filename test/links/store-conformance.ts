import { LinkIndex } from '../../src/links/link-index.js';
import { StoredLinkIndex, type StoredLinkIndexOptions } from '../../src/links/stored-link-index.js';
import type { LinkStore } from '../../src/links/stores/link-store.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { Profile, ProfileInput } from '../../src/schema/profile.js';

/**
 * How a conformance run reaches one implementation: `fresh` gives an empty storage and a way to open
 * it; `open` opens that same storage again, as a restarted process would.
 */
export interface StoreHarness {
  fresh(): Promise<{ open: () => Promise<LinkStore> }>;
  /** Whether two store objects can share the storage (every store but memory). */
  shared: boolean;
}

const address = (purpose: 'home' | 'shipping', line1: string) => ({
  purpose,
  line1,
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
});
const p = (input: ProfileInput): Profile => parseProfile(input);

/** A small farm: w1..w3 at two organisations tied by a shipping address and a bank account. */
export const FARM: Profile[] = [
  p({
    id: 'w1',
    organizationId: 'o1',
    addresses: [address('shipping', '1 Elm St')],
    payroll: { accounts: [{ routingNumber: '021000021', accountNumber: '55501234' }] },
  }),
  p({ id: 'w2', organizationId: 'o2', addresses: [address('shipping', '1 Elm Street')] }),
  p({
    id: 'w3',
    organizationId: 'o2',
    payroll: { accounts: [{ routingNumber: '021000021', accountNumber: '5550-1234' }] },
  }),
  p({ id: 'x', organizationId: 'o1', addresses: [address('shipping', '2 Elm St')] }),
];

const phoneProfile = (id: string, number: string, organizationId = 'o1') =>
  p({ id, organizationId, phones: [{ number }] });

/** The one conformance suite every `LinkStore` passes (memory, SQLite, PostgreSQL). */
export function linkStoreConformance(name: string, harness: StoreHarness): void {
  describe(`${name} link store (conformance)`, () => {
    const opened: StoredLinkIndex[] = [];
    const open = async (
      storage: { open: () => Promise<LinkStore> },
      options: StoredLinkIndexOptions = {},
    ) => {
      const links = await StoredLinkIndex.open(await storage.open(), options);
      opened.push(links);
      return links;
    };
    const restart = async (
      links: StoredLinkIndex,
      storage: { open: () => Promise<LinkStore> },
      options: StoredLinkIndexOptions = {},
    ) => {
      await links.close();
      return open(storage, options);
    };
    afterEach(async () => {
      for (const links of opened.splice(0)) await links.close();
    });

    it('links a new profile to the stored ones, after a restart too', async () => {
      const storage = await harness.fresh();
      let links = await open(storage);
      await links.add([phoneProfile('a', '+1 415 555 2671'), phoneProfile('b', '(415) 555-2671', 'o2')]);
      links = await restart(links, storage);
      expect(links.size).toBe(2);
      const matches = links.linksFor(phoneProfile('c', '415-555-2671', 'o3'));
      expect(matches.map((m) => [m.attribute, m.profileIds, m.organizationCount])).toEqual([
        ['phone', ['a', 'b'], 3],
      ]);
      expect(links.index.lookup('phone', '+14155552671')).toEqual(['a', 'b']);
    });

    it('replaces the keys of a re-added id: a changed address moves', async () => {
      const storage = await harness.fresh();
      let links = await open(storage);
      await links.add(p({ id: 'a', addresses: [address('home', '9 Oak Ave')] }));
      await links.add(p({ id: 'a', addresses: [address('home', '7 Pine Rd')] }));
      links = await restart(links, storage);
      expect(links.size).toBe(1);
      const at = (line1: string) =>
        links.linksFor(p({ id: 'n', addresses: [address('shipping', line1)] })).map((m) => m.profileIds);
      expect(at('9 Oak Ave')).toEqual([]);
      expect(at('7 Pine Rd')).toEqual([['a']]);
      expect(await links.stats()).toMatchObject({ profiles: 1, keys: 1, postings: 1 });
    });

    it('erases a removed profile, in memory and at rest', async () => {
      const storage = await harness.fresh();
      let links = await open(storage);
      await links.add([phoneProfile('a', '+14155552671'), phoneProfile('b', '+14155552671')]);
      expect(await links.remove('a')).toEqual(['a']);
      expect(await links.remove(['a', 'zz'])).toEqual([]);
      expect(links.index.lookup('phone', '+14155552671')).toEqual(['b']);
      links = await restart(links, storage);
      expect(links.index.lookup('phone', '+14155552671')).toEqual(['b']);
      expect(await links.stats()).toMatchObject({ profiles: 1, keys: 1, postings: 1, sharedKeys: 0 });
    });

    it('removes every profile not seen since a date (retention)', async () => {
      const storage = await harness.fresh();
      let links = await open(storage);
      await links.add(phoneProfile('old', '+14155550001'), new Date('2026-01-01T00:00:00Z'));
      await links.add(phoneProfile('new', '+14155550002'), new Date('2026-03-01T00:00:00Z'));
      expect(await links.removeNotSeenSince(new Date('2026-02-01T00:00:00Z'))).toEqual(['old']);
      links = await restart(links, storage);
      expect(links.index.lookup('phone', '+14155550001')).toEqual([]);
      expect(links.index.lookup('phone', '+14155550002')).toEqual(['new']);
    });

    it('clusters the whole store as the in-memory index does', async () => {
      const storage = await harness.fresh();
      let links = await open(storage);
      await links.add(FARM);
      links = await restart(links, storage);
      const memory = new LinkIndex();
      for (const profile of FARM) memory.add(profile);
      expect(links.clusters()).toEqual(memory.clusters());
      expect(links.clusters()[0]?.members).toEqual(['w1', 'w2', 'w3']);
    });

    it('counts profiles, keys, postings and shared keys', async () => {
      const storage = await harness.fresh();
      const links = await open(storage);
      await links.add(FARM);
      // w1: address + account; w2: address; w3: account; x: its own address.
      expect(await links.stats()).toMatchObject({ profiles: 4, keys: 3, postings: 5, sharedKeys: 2 });
      const counts: Array<[number, number]> = [];
      await links.store.keyCounts((_key, space, count) => counts.push([space, count]));
      expect(counts.map(([, count]) => count).sort()).toEqual([1, 2, 2]);
    });

    it('refuses to open a store written with another secret', async () => {
      const storage = await harness.fresh();
      const links = await open(storage, { hmacSecret: 'one' });
      await links.add(phoneProfile('a', '+14155552671'));
      await links.close();
      const store = await storage.open();
      await expect(StoredLinkIndex.open(store, { hmacSecret: 'two' })).rejects.toMatchObject({
        code: 'STORE_MISMATCH',
      });
      await store.close();
    });

    if (harness.shared)
      it('sees what another process sharing the store added and erased, after sync', async () => {
        const storage = await harness.fresh();
        const first = await open(storage);
        const second = await open(storage);
        await first.add([phoneProfile('a', '+14155552671'), phoneProfile('b', '+14155552671')]);
        await second.sync();
        expect(second.index.lookup('phone', '+14155552671')).toEqual(['a', 'b']);
        await first.remove('a');
        await first.add(phoneProfile('b', '+14155559999'));
        await second.sync();
        expect(second.index.lookup('phone', '+14155552671')).toEqual([]);
        expect(second.index.lookup('phone', '+14155559999')).toEqual(['b']);
      });
  });
}
