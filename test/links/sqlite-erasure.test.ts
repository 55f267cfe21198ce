import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoredLinkIndex } from '../../src/links/stored-link-index.js';
import { SqliteLinkStore } from '../../src/links/stores/sqlite-link-store.js';
import { found, person, rawIdentifiers, traces } from './_lib/at-rest.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-erasure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The database and its write-ahead log, as bytes. */
const files = (path: string): Buffer[] =>
  [path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file));

describe('the SQLite link store at rest', () => {
  it('keeps no id, display or fingerprint of an erased person in the file, before and after a checkpoint', async () => {
    const path = join(dir, 'erase.db');
    const links = await StoredLinkIndex.open(SqliteLinkStore.open(path));
    const erased = person('cand-erased-4242', 3);
    const kept = person('cand-kept-1', 5);
    await links.add([erased, kept]);
    // A masked display both people show (z***@example.org) is the kept person's as much as the erased one's.
    const keptBytes = traces(kept).map(({ bytes }) => bytes);
    const erasedOnly = traces(erased).filter(({ bytes }) => !keptBytes.some((other) => other.equals(bytes)));
    // The traces are really there before the erasure, so the search below can find them.
    expect(found(files(path), erasedOnly)).toHaveLength(erasedOnly.length);
    await links.remove('cand-erased-4242');
    expect(found(files(path), erasedOnly)).toEqual([]);
    await links.store.compact();
    expect(found(files(path), erasedOnly)).toEqual([]);
    expect(found(files(path), traces(kept))).toContain('id cand-kept-1');
    await links.close();
  });

  it('holds keyed hashes only with an HMAC secret: no raw identifier of any stored profile', async () => {
    const path = join(dir, 'hmac.db');
    const links = await StoredLinkIndex.open(SqliteLinkStore.open(path), { hmacSecret: 'group-secret' });
    await links.add([person('c1', 1), person('c2', 2), person('c3', 3)]);
    const raw = [1, 2, 3].flatMap((n) =>
      rawIdentifiers(n).map((text) => ({ label: text, bytes: Buffer.from(text) })),
    );
    expect(found(files(path), raw)).toEqual([]);
    await links.store.compact();
    expect(found(files(path), raw)).toEqual([]);
    await links.close();
  });

  it('keeps masked or no displays at rest without a secret when asked', async () => {
    for (const displays of ['mask', 'omit'] as const) {
      const path = join(dir, `${displays}.db`);
      const links = await StoredLinkIndex.open(SqliteLinkStore.open(path), { displays });
      await links.add(person('c1', 1));
      const shown = traces(person('c1', 1)).filter(({ label }) => label.startsWith('display '));
      expect(shown.length).toBeGreaterThan(0);
      expect(found(files(path), shown)).toEqual([]);
      await links.close();
    }
  });
});
