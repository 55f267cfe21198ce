import type { RosterRecord } from '../screen-roster-stream.js';
import type { IndexItem } from './_lib/index-protocol.js';
import type { IndexedRecord } from './_lib/index-record.js';
import { unpackEntry } from './_lib/packed-entry.js';
import type { IndexingPool } from './index-pool.js';

/** Records per message to a worker: a first-pass record costs a fifth of a screening, so more go at once. */
const BATCH = 32;
/** Batches' worth of records each worker must have queued before the main thread indexes one itself. */
const LOCAL_WHILE_QUEUED = 2;
/** Records the main thread indexes in a row before it lets the workers' answers in. */
const LOCAL_RUN = 8;
/**
 * Records, per worker, indexed or on their way, that may wait behind an unfinished batch: an entry is
 * about 1 KB, so the bound costs about a megabyte and the main thread's own runs rarely wait for order.
 */
const HELD_PER_WORKER = 32 * BATCH;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** One record of the first pass, in input order: where it was read and what indexing it gave. */
export interface IndexedSlot {
  position: number;
  line: number | undefined;
  version: number | undefined;
  indexed: IndexedRecord;
}

interface Batch {
  /** Slots whose `indexed` the worker's answer fills are `undefined` until it comes. */
  slots: Array<Omit<IndexedSlot, 'indexed'> & { indexed: IndexedRecord | undefined }>;
  pending: Promise<void> | undefined;
  done: boolean;
}

export interface PooledIndexingInput {
  pool: IndexingPool;
  workers: number;
  records: AsyncIterable<RosterRecord>;
  /** The main thread's indexing of one record: what a worker does with it (`indexRecord`). */
  indexHere(record: Extract<RosterRecord, { ok: true }>): IndexedRecord;
}

/**
 * A roster's first pass over both cores: the workers validate and fingerprint records, and while they
 * hold two batches each, the main thread indexes short runs itself. Yields every record in input
 * order, so the caller adds them to the index in the order one thread would, and the index is the
 * one a single thread builds (`test/roster/workers/identical.test.ts`). Closes the pool when done.
 *
 * @example
 * for await (const slot of indexPooled({ pool, workers: 1, records, indexHere })) if (slot.indexed.ok) index.addEntry(slot.indexed.entry);
 */
export async function* indexPooled(input: PooledIndexingInput): AsyncGenerator<IndexedSlot> {
  const { pool, workers } = input;
  const queue: Batch[] = [];
  /** Records sent to the workers whose answers have not come back. */
  let queued = 0;
  /** Records in `queue` not yet yielded. */
  let held = 0;
  let open: Batch | undefined;
  let openIsLocal = false;
  let items: IndexItem[] = [];

  const close = (): void => {
    const batch = open;
    if (batch === undefined) return;
    open = undefined;
    queue.push(batch);
    held += batch.slots.length;
    if (items.length === 0) {
      batch.done = true;
      return;
    }
    const size = items.length;
    queued += size;
    batch.pending = pool.index(items).then((results) => {
      let next = 0;
      for (const slot of batch.slots) {
        if (slot.indexed !== undefined) continue;
        const result = results[next++] as (typeof results)[number];
        slot.indexed = result.ok
          ? { ok: true, entry: unpackEntry(result.entry), facts: result.facts }
          : result;
      }
      batch.done = true;
      queued -= size;
    });
    // Awaited in order by `drain`; this only keeps a failure behind an unfinished head from going unhandled.
    batch.pending.catch(() => undefined);
    items = [];
  };
  const drain = async function* (wait: boolean): AsyncGenerator<IndexedSlot> {
    while (queue.length > 0) {
      const head = queue[0] as Batch;
      if (!head.done) {
        if (!wait) return;
        await head.pending;
      }
      queue.shift();
      held -= head.slots.length;
      yield* head.slots as IndexedSlot[];
      wait = false;
    }
  };

  try {
    for await (const record of input.records) {
      const local = queued >= LOCAL_WHILE_QUEUED * BATCH * workers;
      if (open !== undefined && openIsLocal !== local) close();
      if (open === undefined) {
        open = { slots: [], pending: undefined, done: false };
        openIsLocal = local;
      }
      const where = {
        position: record.position,
        line: record.line,
        version: record.ok ? record.version : undefined,
      };
      if (!record.ok)
        open.slots.push({
          ...where,
          indexed: { ok: false, profileId: undefined, issues: record.reject.issues },
        });
      else if (local) open.slots.push({ ...where, indexed: input.indexHere(record) });
      else {
        open.slots.push({ ...where, indexed: undefined });
        items.push(
          record.text === undefined
            ? { position: record.position, value: record.value }
            : { position: record.position, text: record.text },
        );
      }
      if (local && open.slots.length >= LOCAL_RUN) {
        close();
        // Lets the workers' answers in, so `queued` is current when the next record is placed.
        await nextTurn();
      } else if (!local && open.slots.length >= BATCH) close();
      yield* drain(held > HELD_PER_WORKER * workers);
    }
    close();
    while (queue.length > 0) yield* drain(true);
  } finally {
    await pool.close();
  }
}
