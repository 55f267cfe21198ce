import { isDeepStrictEqual } from 'node:util';
import { countsOf, reportEntryText, takeReportEntry } from '../../../src/report/report-entry.js';
import {
  screenRosterStream,
  streamRoster,
  type RereadableRoster,
  type RosterItem,
  type RosterRecord,
} from '../../../src/roster/screen-roster-stream.js';
import { generateScenario, SCENARIO_NOW } from '../../../bench/scenario/generate.js';
import { DEPLOYMENT_RULES } from '../../../bench/scenario/deployment.js';

type End = Extract<RosterItem, { kind: 'end' }>;

async function run(
  records: readonly unknown[] | RereadableRoster,
  workers: number,
  reportEntries?: 'compact' | 'full',
): Promise<{ items: RosterItem[]; end: End }> {
  const items: RosterItem[] = [];
  let end: End | undefined;
  const options = { now: SCENARIO_NOW, rules: DEPLOYMENT_RULES, workers };
  const stream = reportEntries
    ? streamRoster(records, options, { reportEntries })
    : screenRosterStream(records, options);
  for await (const item of stream) {
    if (item.kind === 'end') end = item;
    else items.push(item);
  }
  return { items, end: end as End };
}

/**
 * Every item of the pooled run is the in-thread run's, in order, strictly (undefined fields count),
 * after a clone of each side into one realm: a worker's screenings are Node's objects, the in-thread
 * ones Jest's, whose prototypes differ.
 */
function expectSameItems(pooled: { items: RosterItem[] }, inThread: { items: RosterItem[] }): void {
  expect(pooled.items.length).toBe(inThread.items.length);
  const differing = inThread.items.findIndex(
    (item, i) => !isDeepStrictEqual(structuredClone(pooled.items[i]), structuredClone(item)),
  );
  expect(differing).toBe(-1);
}

/** An index snapshot with each profile's keys as a sorted set of `space:hi:lo` strings. */
function indexContents(end: End): unknown {
  const snapshot = end.index?.snapshot();
  if (!snapshot) return undefined;
  const { keys, keyStart, keyCount, ...columns } = snapshot.profiles;
  const keySets = keyStart.map((start, pid) => {
    const set = new Set<string>();
    for (let i = start; i < start + (keyCount[pid] as number); i++)
      set.add(`${keys.space[i]}:${keys.hi[i]}:${keys.lo[i]}`);
    return [...set].sort();
  });
  return { ...snapshot, profiles: { ...columns, keySets } };
}

describe('screenRosterStream with workers', () => {
  // A generated roster with farms, households and coworking groups, plus records that fail validation
  // and a duplicate id, so rejects interleave with screenings.
  const profiles = [...generateScenario({ size: 2_000, seed: 16 })].map((record) => record.profile);
  const records: unknown[] = [...profiles];
  records.splice(700, 0, { id: 'broken', dateOfBirth: 'not a date' });
  records.splice(1_500, 0, profiles[5]);

  it('gives every screening, reject and total of the in-thread run, in input order, with 1 and 2 workers', async () => {
    const inThread = await run(records, 0);
    expect(inThread.end.workers).toBe(0);
    expect(inThread.end.summary.rejected).toBe(2);
    expect(inThread.end.clusters.length).toBeGreaterThan(5);
    expect(
      inThread.items.some((item) => item.kind === 'screening' && item.screening.decision !== 'clear'),
    ).toBe(true);
    for (const workers of [1, 2]) {
      const pooled = await run(records, workers);
      expect(pooled.end.workers).toBe(workers);
      expect(pooled.end.notices).toEqual([]);
      expectSameItems(pooled, inThread);
      expect(pooled.end.summary).toEqual(inThread.end.summary);
      expect(pooled.end.clusters).toEqual(inThread.end.clusters);
    }
  }, 600_000);

  it('gives the in-thread results for a roster read twice as JSON text, screened partly by the main thread', async () => {
    // As the CLI reads NDJSON: each record with its text and the file's version, one line broken. With
    // 2,000 profiles the worker's queue fills, so the main thread screens runs of profiles too, and those
    // the worker gets are validated by the main thread only as far as the index needs.
    const lines = records.map((record) => JSON.stringify(record));
    lines.splice(300, 0, '{"id": "cut-off", "name"');
    const file: RereadableRoster = {
      *read(): Generator<RosterRecord> {
        for (const [position, text] of lines.entries()) {
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch {
            const issues = [{ path: '', code: 'invalid_json', message: 'not valid JSON' }];
            yield { position, line: position + 1, ok: false, reject: { issues } };
            continue;
          }
          yield { position, line: position + 1, ok: true, value, text, version: 7 };
        }
      },
    };
    const inThread = await run(file, 0);
    expect(inThread.end.summary.rejected).toBe(3);
    const pooled = await run(file, 1);
    expect(pooled.end.workers).toBe(1);
    expectSameItems(pooled, inThread);
    expect(pooled.end.summary).toEqual(inThread.end.summary);
  }, 600_000);

  it('builds the in-thread index and standards from lines given as text alone, split between both threads', async () => {
    // As the CLI reads NDJSON for a roster run: each line unparsed, so the indexing worker parses what it
    // gets and a line that is not JSON is rejected on whichever thread reads it, in the reader's words.
    const lines = records.map((record) => JSON.stringify(record));
    lines.splice(300, 0, '{"id": "cut-off", "name"');
    lines.splice(1_900, 0, '[1, 2');
    const file: RereadableRoster = {
      *read(): Generator<RosterRecord> {
        for (const [position, text] of lines.entries())
          yield { position, line: position + 1, ok: true, text, version: 3 };
      },
    };
    const inThread = await run(file, 0);
    expect(inThread.end.summary.rejected).toBe(4);
    const brokenLines = inThread.items.flatMap((item) =>
      item.kind === 'reject' && item.reject.error.issues[0]?.code === 'invalid_json'
        ? [item.reject.position]
        : [],
    );
    expect(brokenLines).toEqual([300, 1_900]);
    const pooled = await run(file, 1);
    expectSameItems(pooled, inThread);
    expect(pooled.end.summary).toEqual(inThread.end.summary);
    expect(pooled.end.learned).toEqual(inThread.end.learned);
    expect(inThread.end.learned.standards.length).toBeGreaterThan(0);
    // The index itself, key for key. `add` lists a key reached from two paths (a home that is also a
    // shipping address) twice among the profile's keys and an entry once, so each profile's keys are
    // compared as a set; the postings and every other column must match as they are.
    expect(indexContents(pooled.end)).toEqual(indexContents(inThread.end));
  }, 600_000);

  it('gives the report entries a worker rendered and the counts beside them, for the CLI', async () => {
    const lines = records.map((record) => JSON.stringify(record));
    const file: RereadableRoster = {
      *read(): Generator<RosterRecord> {
        for (const [position, text] of lines.entries())
          yield { position, line: position + 1, ok: true, text, version: 5 };
      },
    };
    const inThread = await run(file, 0);
    const pooled = await run(file, 1, 'full');
    expect(pooled.items.length).toBe(inThread.items.length);
    const where = { worker: 0, main: 0, differing: [] as number[] };
    pooled.items.forEach((item, i) => {
      const twin = inThread.items[i] as RosterItem;
      if (item.kind !== 'screening' || twin.kind !== 'screening') {
        if (!isDeepStrictEqual(structuredClone(item), structuredClone(twin))) where.differing.push(i);
        return;
      }
      const entry = takeReportEntry(item.screening);
      // A worker's screening comes as its counts with the entry; the main thread's comes whole.
      const same = entry
        ? entry.detail === 'full' &&
          entry.text === reportEntryText(twin.screening, 'full') &&
          isDeepStrictEqual(structuredClone(item.screening), structuredClone(countsOf(twin.screening)))
        : isDeepStrictEqual(structuredClone(item.screening), structuredClone(twin.screening));
      where[entry ? 'worker' : 'main'] += 1;
      if (!same) where.differing.push(i);
    });
    expect(where.differing).toEqual([]);
    expect(where.worker).toBeGreaterThan(1_000);
    expect(where.main).toBeGreaterThan(0);
    expect(pooled.end.summary).toEqual(inThread.end.summary);
  }, 600_000);
});
