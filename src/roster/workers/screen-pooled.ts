import type { BatchResult, Screener } from '../../engine/screener.js';
import { ValidationError } from '../../errors.js';
import type { LinkLookup } from '../../links/lookup.js';
import type { Profile } from '../../schema/profile.js';
import { linkFactsOf } from './_lib/link-facts.js';
import type { WorkItem, WorkResult } from './_lib/protocol.js';
import type { ScreeningPool } from './pool.js';
import { keepReportEntry } from '../../report/report-entry.js';

/**
 * Profiles per message to a worker: enough to amortise a message, few enough that the profiles on their
 * way and their results die young. With 64, a million-record run kept about a thousand in flight, which
 * outlived young-generation GCs and took the main thread's heap from 1.9 to 3.4 GB (docs/performance.md).
 */
const BATCH = 16;
/**
 * Batches' worth of profiles each worker must have queued before the main thread screens one itself.
 * The main thread also reads, validates and asks the index for every profile and takes in every
 * result, so screening a fixed share itself (every other batch, before) left a worker idle about a
 * quarter of pass 2 on two cores.
 */
const LOCAL_WHILE_QUEUED = 2;
/** Profiles the main thread screens in a row before it looks at the workers' queues again. */
const LOCAL_RUN = 8;
/**
 * Profiles, per worker, screened or on their way that may wait behind an unfinished batch before the
 * main thread waits for it too: a bound on the results held, counted in profiles, since the main
 * thread's runs are short and a count of batches made it stop after a hundred profiles.
 */
const HELD_PER_WORKER = 6 * BATCH;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Batch {
  /** Settled results, or the worker's answer to come. */
  results: BatchResult[] | undefined;
  pending: Promise<WorkResult[]> | undefined;
  size: number;
}

export interface PooledInput {
  pool: ScreeningPool;
  workers: number;
  /**
   * The main thread's screener, for the batches it screens itself; `undefined` when the rules are code
   * from `workerRules`, which only workers run, where a rule stuck in a loop can be stopped.
   */
  engine: Screener | undefined;
  index: LinkLookup | undefined;
  /**
   * Whether to ask the index about each profile's references' stand-ins: false when the rule set is
   * known not to hold `reference-contact-shared`, so no profile pays for probes no rule reads.
   */
  referenceProbes: boolean;
  /** Validated profiles in input order. */
  profiles: AsyncIterable<Profile>;
  /**
   * Where the next profile the iterable yields will be screened, set before it is asked for: `local`
   * means by the main thread's `engine`, which wants it validated in full (frozen, remembered, its
   * unknown fields listed); a worker validates its records itself, so for one the producer may validate
   * only as far as the link index needs. Binding: a profile is screened where this said.
   */
  placement: { local: boolean };
  /** The record as read of the profile the iterable yielded last: its JSON text, or else its value. */
  recordOfLast(): { value?: unknown; text?: string };
}

function fromWorker(results: WorkResult[]): BatchResult[] {
  return results.map((result, position) => {
    if (result.ok) {
      if (result.entry) keepReportEntry(result.screening, result.entry);
      return { position, ok: true, screening: result.screening };
    }
    const where = { position, ...(result.profileId !== undefined && { profileId: result.profileId }) };
    return { position, ok: false, error: new ValidationError(result.issues, where) };
  });
}

/**
 * Screens profiles on the pool's workers and, while every worker has two batches waiting, in the main
 * thread too: on two cores the main thread would otherwise idle for most of pass 2, since reading and
 * validating cost less than the rules. Results come out in input order; a worker's screening is the
 * main thread's, field for field (`test/roster/workers/identical.test.ts`).
 *
 * @example
 * const placement = { local: true };
 * for await (const result of screenPooled({ pool, workers: 1, engine, index, referenceProbes: true, profiles, placement, recordOfLast })) use(result);
 */
export async function* screenPooled(input: PooledInput): AsyncGenerator<BatchResult> {
  const { pool, workers, engine, index } = input;
  const queue: Batch[] = [];
  /** Profiles sent to the workers whose results have not come back. */
  let queued = 0;
  /** Profiles in `queue`, screened or not, whose results have not been yielded. */
  let held = 0;
  let items: WorkItem[] = [];
  let local: Profile[] | undefined;

  const toWorker = (): void => {
    const size = items.length;
    const batch: Batch = { results: undefined, pending: pool.screen(items), size };
    queued += size;
    held += size;
    batch.pending
      ?.then((results) => {
        batch.results = fromWorker(results);
        queued -= size;
      })
      .catch(() => undefined);
    queue.push(batch);
    items = [];
  };
  const inThread = async (profiles: Profile[]): Promise<void> => {
    const results: BatchResult[] = [];
    for await (const result of (engine as Screener).screenMany(profiles, { batchSize: profiles.length }))
      results.push(result);
    queue.push({ results, pending: undefined, size: results.length });
    held += results.length;
  };
  // Yields the finished batches at the head; with `wait`, waits for the head first.
  const drain = async function* (wait: boolean): AsyncGenerator<BatchResult> {
    while (queue.length > 0) {
      const head = queue[0] as Batch;
      if (head.results === undefined) {
        if (!wait) return;
        await head.pending;
        // The `then` that fills `results` ran before this await resumed.
      }
      queue.shift();
      held -= head.size;
      yield* head.results as BatchResult[];
      wait = false;
    }
  };

  // The main thread screens a short run of profiles itself while the workers hold enough queued work
  // to outlast it; otherwise the next profile joins the next worker batch.
  const placeNext = (): void => {
    input.placement.local =
      local !== undefined || (engine !== undefined && queued >= LOCAL_WHILE_QUEUED * BATCH * workers);
  };
  try {
    placeNext();
    for await (const profile of input.profiles) {
      if (input.placement.local) {
        if (local === undefined) {
          if (items.length > 0) toWorker();
          local = [];
        }
        local.push(profile);
        if (local.length >= LOCAL_RUN) {
          await inThread(local);
          local = undefined;
          // Lets the workers' answers in, so `queued` is current when the next profile is placed.
          await nextTurn();
        }
      } else {
        items.push({
          ...input.recordOfLast(),
          facts: index ? linkFactsOf(index, profile, { referenceProbes: input.referenceProbes }) : undefined,
        });
        if (items.length >= BATCH) toWorker();
      }
      yield* drain(held > HELD_PER_WORKER * workers);
      placeNext();
    }
    if (local && local.length > 0) await inThread(local);
    if (items.length > 0) toWorker();
    yield* drain(true);
    while (queue.length > 0) yield* drain(true);
  } finally {
    // A failed batch must not leave the others' rejections unhandled.
    for (const batch of queue) batch.pending?.catch(() => undefined);
    await pool.close();
  }
}
