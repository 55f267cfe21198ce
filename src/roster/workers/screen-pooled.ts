import type { BatchResult, Screener } from '../../engine/screener.js';
import { ValidationError } from '../../errors.js';
import type { LinkLookup } from '../../links/lookup.js';
import type { Profile } from '../../schema/profile.js';
import { linkFactsOf } from './_lib/link-facts.js';
import type { WorkItem, WorkResult } from './_lib/protocol.js';
import type { ScreeningPool } from './pool.js';

/** Profiles per message to a worker: enough to amortise a message, few enough to keep both sides busy. */
const BATCH = 64;

interface Batch {
  /** Settled results, or the worker's answer to come. */
  results: BatchResult[] | undefined;
  pending: Promise<WorkResult[]> | undefined;
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
  /** The record as read of the profile the iterable yielded last. */
  valueOfLast(): unknown;
}

function fromWorker(results: WorkResult[]): BatchResult[] {
  return results.map((result, position) => {
    if (result.ok) return { position, ok: true, screening: result.screening };
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
 * for await (const result of screenPooled({ pool, workers: 1, engine, index, profiles, valueOfLast })) use(result);
 */
export async function* screenPooled(input: PooledInput): AsyncGenerator<BatchResult> {
  const { pool, workers, engine, index } = input;
  const queue: Batch[] = [];
  let busy = 0;
  let items: WorkItem[] = [];
  let local: Profile[] | undefined;

  const toWorker = (): void => {
    const batch: Batch = { results: undefined, pending: pool.screen(items) };
    busy += 1;
    batch.pending
      ?.then((results) => {
        batch.results = fromWorker(results);
        busy -= 1;
      })
      .catch(() => undefined);
    queue.push(batch);
    items = [];
  };
  const inThread = async (profiles: Profile[]): Promise<void> => {
    const results: BatchResult[] = [];
    for await (const result of (engine as Screener).screenMany(profiles, { batchSize: profiles.length }))
      results.push(result);
    queue.push({ results, pending: undefined });
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
      yield* head.results as BatchResult[];
      wait = false;
    }
  };

  try {
    for await (const profile of input.profiles) {
      if (local) {
        local.push(profile);
        if (local.length >= BATCH) {
          await inThread(local);
          local = undefined;
        }
      } else {
        items.push({
          value: input.valueOfLast(),
          facts: index ? linkFactsOf(index, profile, { referenceProbes: input.referenceProbes }) : undefined,
        });
        if (items.length >= BATCH) {
          toWorker();
          // Two batches a worker keep each busy; past that, the main thread screens the next batch.
          if (engine && busy >= 2 * workers) local = [];
        }
      }
      yield* drain(queue.length > 8 * workers + 8);
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
