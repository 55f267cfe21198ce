import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-index-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;
const freshStore = () => `sqlite:${join(dir, `links-${stores++}.db`)}`;
const file = (name: string, lines: object[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n'));
  return path;
};

const account = (accountNumber: string) => ({ accounts: [{ routingNumber: '021000021', accountNumber }] });
const day1 = file('day1.ndjson', [
  { id: 'w1', organizationId: 'o1', payroll: account('55501234') },
  { id: 'w2', organizationId: 'o2', phones: [{ number: '+1 415 555 2671' }] },
]);
const day2 = file('day2.ndjson', [{ id: 'w3', organizationId: 'o3', payroll: account('5550-1234') }]);

describe('hirescreen index and screen --store', () => {
  it('links a candidate screened today to a profile added to the store yesterday', async () => {
    const store = freshStore();
    const added = await cli(['index', 'add', day1, '--store', store, '--format', 'json']);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(added.stdout)).toEqual({ added: 2, rejected: 0, profiles: 2 });
    const screened = await cli([
      'screen',
      day2,
      '--store',
      store,
      '--format',
      'json',
      '--as-of',
      '2026-01-15T00:00:00Z',
    ]);
    expect(screened.code).toBe(0);
    const report = JSON.parse(screened.stdout) as {
      screenings: { profileId: string; findings: { ruleId: string; related?: { profileIds: string[] } }[] }[];
    };
    const shared = report.screenings[0]?.findings.find((finding) => finding.ruleId === 'shared-bank-account');
    expect(shared?.related?.profileIds).toEqual(['w1']);
    // Screening added the roster to the store.
    const stats = await cli(['index', 'stats', '--store', store, '--format', 'json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      store: 'sqlite',
      profiles: 3,
      keys: 2,
      postings: 3,
      sharedKeys: 1,
    });
  });

  it('erases profiles by id and by last-seen date', async () => {
    const store = freshStore();
    await cli(['index', 'add', day1, '--store', store, '--as-of', '2026-01-01T00:00:00Z']);
    await cli(['index', 'add', day2, '--store', store, '--as-of', '2026-03-01T00:00:00Z']);
    expect(await cli(['index', 'remove', 'w2', 'nobody', '--store', store])).toEqual({
      code: 0,
      stdout: 'erased 1 profiles; 2 stored\n',
      stderr: '',
    });
    expect(
      (await cli(['index', 'remove', '--not-seen-since', '2026-02-01T00:00:00Z', '--store', store])).stdout,
    ).toBe('erased 1 profiles; 1 stored\n');
  });

  it('names --hmac-key-env when a keyed store is opened without a secret', async () => {
    const store = freshStore();
    process.env.HIRESCREEN_TEST_STORE_KEY = 'store secret';
    await cli(['index', 'add', day1, '--store', store, '--hmac-key-env', 'HIRESCREEN_TEST_STORE_KEY']);
    const refused = await cli(['index', 'stats', '--store', store]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /written with another HMAC secret \(or none\)\. If it was written with a secret, give --hmac-key-env VAR, VAR holding that secret\.\n$/,
    );
    const key = ['--hmac-key-env', 'HIRESCREEN_TEST_STORE_KEY'];
    const stats = await cli(['index', 'stats', '--store', store, ...key, '--format', 'json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ profiles: 2 });
  });

  it('exchanges keyed counts: a match says how many other employers share a key, never who', async () => {
    process.env.HIRESCREEN_TEST_GROUP_KEY = 'group secret';
    const ours = freshStore();
    const theirs = freshStore();
    const key = ['--hmac-key-env', 'HIRESCREEN_TEST_GROUP_KEY'];
    await cli(['index', 'add', day1, '--store', theirs, ...key]);
    const exported = join(dir, 'theirs.json');
    expect((await cli(['index', 'export', '--store', theirs, ...key, '--output', exported])).code).toBe(0);
    const text = readFileSync(exported, 'utf8');
    for (const secret of ['w1', 'w2', 'o1', '55501234', '1234', '2671']) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({ format: 'hirescreen-link-exchange', version: 1 });
    expect((JSON.parse(text) as { keys: [string, number][] }).keys.map(([, count]) => count)).toEqual([1, 1]);
    const imported = await cli([
      'index',
      'import',
      exported,
      '--from',
      'employer-b',
      '--store',
      ours,
      ...key,
    ]);
    expect(imported).toEqual({ code: 0, stdout: 'imported 2 keys from employer-b\n', stderr: '' });
    // Without the group's secret the exchange cannot be read against the store.
    const plain = await cli([
      'index',
      'export',
      '--store',
      freshStore(),
      '--hmac-key-env',
      'HIRESCREEN_TEST_NO_SUCH_VAR',
    ]);
    expect(plain.code).toBe(2);
  });

  it('explains its usage, and refuses an action without --store', async () => {
    const help = await cli(['index', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('hirescreen index add <file|-> --store <address>');
    expect(await cli(['index', 'stats'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hirescreen: index stats: --store is required, e.g. --store sqlite:./links.db\n',
    });
    expect((await cli(['index', 'stats', '--store', 'mysql://x'])).stderr).toBe(
      'hirescreen: Unknown link store "mysql:": use sqlite:<file>, postgres://… or memory:\n',
    );
    expect((await cli(['screen', day2, '--store', 'sqlite:x.db', '--no-links'])).stderr).toBe(
      'hirescreen: --store keeps the link index, which --no-links turns off\n',
    );
  });
});
