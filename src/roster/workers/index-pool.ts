import { Worker } from 'node:worker_threads';
import { HirescreenError } from '../../errors.js';
import type {
  FromIndexWorker,
  IndexItem,
  IndexResult,
  IndexWorkerSetup,
  ToIndexWorker,
} from './_lib/index-protocol.js';
import { workerEntry } from './_lib/worker-entry.js';

interface Pending {
  seq: number;
  resolve(results: IndexResult[]): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  pending: Pending[];
}

/**
 * Worker threads that validate and fingerprint records for a roster's first pass. No user code runs
 * in them (the schema, the normalisers and the fingerprints only), so unlike the screening pool they
 * need no watchdog; a worker that fails fails the run.
 */
export class IndexingPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private failure: unknown;
  private closed = false;

  private constructor(workers: number, setup: IndexWorkerSetup) {
    const entry = workerEntry('index-worker');
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(entry.source, { workerData: setup, eval: entry.eval });
      this.slots.push({ worker, pending: [] });
    }
  }

  /**
   * Starts the workers and waits until each is ready.
   *
   * @example
   * const pool = await IndexingPool.start(1, { link: {}, learn: true, unknownKeys: undefined });
   */
  static async start(workers: number, setup: IndexWorkerSetup): Promise<IndexingPool> {
    const pool = new IndexingPool(workers, setup);
    try {
      await Promise.all(pool.slots.map((slot) => pool.listen(slot)));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Resolves once the slot's worker is ready; afterwards routes its answers and failures. */
  private listen(slot: Slot): Promise<void> {
    const { worker } = slot;
    return new Promise<void>((resolve, reject) => {
      const stop = (error: unknown): void => {
        reject(error);
        this.fail(error);
      };
      worker.on('error', stop);
      worker.on('exit', (code) => {
        if (!this.closed)
          stop(new HirescreenError('RULE_FAILED', `A roster indexing worker exited with code ${code}.`));
      });
      worker.on('message', (message: FromIndexWorker) => {
        if (message.kind === 'ready') resolve();
        else if (message.kind === 'failed')
          stop(
            new HirescreenError(
              'INVALID_CONFIG',
              `A roster indexing worker could not start: ${message.message}`,
            ),
          );
        else {
          const head = slot.pending[0];
          if (head?.seq !== message.seq) return;
          slot.pending.shift();
          head.resolve(message.results);
        }
      });
    });
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const slot of this.slots) for (const pending of slot.pending.splice(0)) pending.reject(error);
  }

  /**
   * Indexes a batch on the least busy worker; a worker answers its batches in the order it got them.
   *
   * @example
   * const results = await pool.index([{ position: 0, text: line }]);
   */
  index(items: IndexItem[]): Promise<IndexResult[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let slot = this.slots[0] as Slot;
    for (const candidate of this.slots) if (candidate.pending.length < slot.pending.length) slot = candidate;
    return new Promise<IndexResult[]>((resolve, reject) => {
      const seq = this.seq++;
      slot.pending.push({ seq, resolve, reject });
      const message: ToIndexWorker = { seq, items };
      slot.worker.postMessage(message);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
