import { generateScenario, SCENARIO_NOW } from '../../../bench/scenario/generate.js';
import type { LinkIndexOptions } from '../../../src/links/link-index.js';
import { IndexingPool } from '../../../src/roster/workers/index-pool.js';
import {
  screenRosterStream,
  type RereadableRoster,
  type RosterItem,
  type RosterRecord,
} from '../../../src/roster/screen-roster-stream.js';

type End = Extract<RosterItem, { kind: 'end' }>;

const lines = [...generateScenario({ size: 120, seed: 2 })].map((record) => JSON.stringify(record.profile));
const file: RereadableRoster = {
  *read(): Generator<RosterRecord> {
    for (const [position, text] of lines.entries()) yield { position, ok: true, text, version: 1 };
  },
};

async function run(workers: number, links: LinkIndexOptions): Promise<{ items: RosterItem[]; end: End }> {
  const items: RosterItem[] = [];
  const notices: string[] = [];
  let end: End | undefined;
  const options = { now: SCENARIO_NOW, workers, links, onNotice: (notice: string) => notices.push(notice) };
  for await (const item of screenRosterStream(file, options)) {
    if (item.kind === 'end') end = item;
    else items.push(item);
  }
  expect(notices).toEqual(end?.notices);
  return { items, end: end as End };
}

describe('the first pass of a rereadable roster with workers', () => {
  it('stays in the main thread, with a notice, when a link option is code a worker cannot receive', async () => {
    // Not a documented option: a caller's object may still carry a function, which no worker can receive.
    const links = { householdMax: 3, describe: () => 'mine' } as unknown as LinkIndexOptions;
    const pooled = await run(1, links);
    expect(pooled.end.notices).toEqual([
      'indexing in the main thread: a link option holds code (a function) a worker cannot receive',
    ]);
    expect(pooled.end.workers).toBe(1);
    const inThread = await run(0, links);
    expect(inThread.end.notices).toEqual([]);
    expect(JSON.parse(JSON.stringify(pooled.items))).toEqual(JSON.parse(JSON.stringify(inThread.items)));
    expect(pooled.end.clusters).toEqual(inThread.end.clusters);
  }, 120_000);

  it('fingerprints with the run’s HMAC secret in the worker, so the index matches one built in one thread', async () => {
    const links = { hmacSecret: 'roster-secret' };
    const pooled = await run(1, links);
    const inThread = await run(0, links);
    expect(pooled.end.notices).toEqual([]);
    expect(pooled.end.index?.hmac).toBe(true);
    expect(pooled.end.index?.snapshot().sharedKeys).toEqual(inThread.end.index?.snapshot().sharedKeys);
    expect(pooled.end.clusters).toEqual(inThread.end.clusters);
    expect(inThread.end.clusters.length).toBeGreaterThan(0);
  }, 120_000);

  it('rejects the failing batch and every later one once its worker fails, so a run cannot leave records out', async () => {
    const pool = await IndexingPool.start(1, { link: {}, learn: true, unknownKeys: undefined });
    try {
      const [first] = await pool.index([{ position: 0, text: lines[0] as string }]);
      expect(first?.ok).toBe(true);
      // A batch the worker cannot read throws in it, as a bug of ours would.
      await expect(pool.index(null as never)).rejects.toThrow();
      await expect(pool.index([{ position: 1, text: lines[1] as string }])).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 60_000);
});
