import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkIndex } from '../../src/links/link-index.js';
import { StoredLinkIndex } from '../../src/links/stored-link-index.js';
import { SqliteLinkStore } from '../../src/links/stores/sqlite-link-store.js';
import { crashProfile } from './_lib/crash-profile.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the bulk-adding child and kills it with SIGKILL once it has committed `batches` batches. */
function addUntilKilled(path: string, batches: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '_lib/bulk-add-child.ts'), path],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').filter(Boolean).length;
      if (seen >= batches) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the child ended on its own (${signal ?? _code})`)),
    );
  });
}

describe('the SQLite link store under kill -9', () => {
  it('keeps each profile all in or all out when the adding process is killed mid-batch', async () => {
    const path = join(dir, 'crash.db');
    await addUntilKilled(path, 5);
    const links = await StoredLinkIndex.open(SqliteLinkStore.open(path));
    const stored = links.size;
    // At least the five batches it reported; batches are whole transactions.
    expect(stored).toBeGreaterThanOrEqual(100);
    expect(stored % 20).toBe(0);
    const expected = new LinkIndex();
    for (let n = 0; n < stored; n++) expected.add(crashProfile(n));
    const stats = await links.stats();
    expect(stats.profiles).toBe(stored);
    // Three keys each (phone, e-mail, home address): no profile is in with only some of them.
    expect(stats.postings).toBe(stored * 3);
    expect(links.index.lookup('phone', '+14155500000')).toEqual(['p0', 'p1']);
    expect(links.index.snapshot().sharedKeys).toEqual(expected.snapshot().sharedKeys);
    // The next run carries on from a consistent store.
    await links.add(crashProfile(stored));
    expect(links.size).toBe(stored + 1);
    await links.close();
  }, 180_000);
});
