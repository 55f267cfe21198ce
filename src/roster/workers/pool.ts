import { Worker } from 'node:worker_threads';
import { HirescreenError } from '../../errors.js';
import type { ClusterSummary } from '../../links/lookup.js';
import {
  ITEM,
  RULE,
  STEPS,
  type FromWorker,
  type ToWorker,
  type WorkItem,
  type WorkResult,
  type WorkerSetup,
} from './_lib/protocol.js';
import { workerEntry } from './_lib/worker-entry.js';

export interface PoolOptions {
  workers: number;
  setup: Omit<WorkerSetup, 'clusters' | 'progress'>;
  clusters: Array<[string, ClusterSummary]> | undefined;
  /** How long one rule may run on one profile before it is stopped and becomes an `error` result. */
  budgetMs: number;
  /** The main thread's rule-set version: a worker that resolves another (a `rulesModule` that differs) is refused. */
  version: string;
}

interface Pending {
  seq: number;
  items: WorkItem[];
  resolve(results: WorkResult[]): void;
  reject(error: unknown): void;
}

/** A rule stuck past the budget this many times on one profile makes the profile a reject instead. */
const MAX_TIMEOUTS_PER_PROFILE = 3;

class Slot {
  worker!: Worker;
  progress!: Int32Array;
  ruleIds: string[] = [];
  readonly pending: Pending[] = [];
  lastSteps = -1;
  lastChange = 0;
  ready!: Promise<void>;
}

/**
 * Worker threads that screen batches of profiles with the main thread's configuration, each against
 * the link facts sent with its profiles. A watchdog stops a worker whose rule runs past the budget,
 * starts another in its place and sends the batch again with that rule marked as timed out.
 */
export class ScreeningPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private failure: unknown;
  private readonly watchdog: NodeJS.Timeout;
  private closed = false;

  private constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.workers; i++) this.slots.push(this.spawn(new Slot()));
    this.watchdog = setInterval(() => this.watch(), Math.max(10, Math.min(250, options.budgetMs / 4)));
    this.watchdog.unref();
  }

  /**
   * Starts the workers and waits until each has built its screener.
   *
   * @example
   * const pool = await ScreeningPool.start({ workers: 1, setup, clusters, budgetMs: 10_000, version });
   */
  static async start(options: PoolOptions): Promise<ScreeningPool> {
    const pool = new ScreeningPool(options);
    try {
      await Promise.all(pool.slots.map((slot) => slot.ready));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private spawn(slot: Slot): Slot {
    const entry = workerEntry();
    const progress = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    const workerData: WorkerSetup = { ...this.options.setup, clusters: this.options.clusters, progress };
    const worker = new Worker(entry.source, { workerData, eval: entry.eval });
    slot.worker = worker;
    slot.progress = new Int32Array(progress);
    slot.lastSteps = -1;
    slot.ready = new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', (code) =>
        reject(new HirescreenError('RULE_FAILED', `A roster worker exited with code ${code}.`)),
      );
      worker.on('message', (message: FromWorker) => {
        if (message.kind === 'ready') {
          if (message.version !== this.options.version) {
            reject(
              new HirescreenError(
                'INVALID_CONFIG',
                `The workers' rule set (${message.version}) is not the main thread's (${this.options.version}): \`workerRules\` must export the rules passed as \`rules\`.`,
              ),
            );
            return;
          }
          slot.ruleIds = message.ruleIds;
          resolve();
          for (const pending of slot.pending) this.post(slot, pending);
        } else if (message.kind === 'failed') {
          reject(
            new HirescreenError('INVALID_CONFIG', `A roster worker could not start: ${message.message}`),
          );
        } else {
          const head = slot.pending[0];
          if (head?.seq !== message.seq) return;
          slot.pending.shift();
          head.resolve(message.results);
        }
      });
    });
    // An error before `ready` rejects `ready`; after it, the run.
    slot.ready.catch((error: unknown) => this.fail(error));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closed && slot.worker === worker)
        this.fail(new HirescreenError('RULE_FAILED', `A roster worker exited with code ${code}.`));
    });
    return slot;
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const slot of this.slots) for (const pending of slot.pending.splice(0)) pending.reject(error);
  }

  private post(slot: Slot, pending: Pending): void {
    const message: ToWorker = {
      kind: 'batch',
      seq: pending.seq,
      items: pending.items,
      budgetMs: this.options.budgetMs,
    };
    slot.worker.postMessage(message);
  }

  /**
   * Screens a batch on the least busy worker. Batches come back in the order each worker got them; a
   * caller that needs input order awaits its batches in the order it submitted them.
   *
   * @example
   * const results = await pool.screen([{ value: record, facts: linkFactsOf(index, profile) }]);
   */
  screen(items: WorkItem[]): Promise<WorkResult[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let slot = this.slots[0] as Slot;
    for (const candidate of this.slots) if (candidate.pending.length < slot.pending.length) slot = candidate;
    return new Promise<WorkResult[]>((resolve, reject) => {
      const pending: Pending = { seq: this.seq++, items, resolve, reject };
      slot.pending.push(pending);
      if (slot.ruleIds.length > 0) this.post(slot, pending);
    });
  }

  /** A worker whose steps have not moved for the budget is stuck: replace it and resend its batches. */
  private watch(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (slot.pending.length === 0 || slot.ruleIds.length === 0) {
        slot.lastSteps = -1;
        continue;
      }
      const steps = Atomics.load(slot.progress, STEPS);
      if (steps !== slot.lastSteps) {
        slot.lastSteps = steps;
        slot.lastChange = now;
        continue;
      }
      if (now - slot.lastChange < this.options.budgetMs) continue;
      this.replace(slot);
    }
  }

  private replace(slot: Slot): void {
    const head = slot.pending[0] as Pending;
    const item = head.items[Atomics.load(slot.progress, ITEM)];
    const rule = slot.ruleIds[Atomics.load(slot.progress, RULE)];
    if (item) {
      const timedOut = [...(item.timedOut ?? []), ...(rule === undefined ? [] : [rule])];
      if (rule === undefined || timedOut.length >= MAX_TIMEOUTS_PER_PROFILE)
        item.failed = `screening did not finish within ${this.options.budgetMs} ms in a worker${rule === undefined ? ' (outside any rule)' : ` (rules ${timedOut.join(', ')} each ran over it)`}`;
      else item.timedOut = timedOut;
    }
    const old = slot.worker;
    slot.ruleIds = [];
    this.spawn(slot);
    void old.terminate();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
