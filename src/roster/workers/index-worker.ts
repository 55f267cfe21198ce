import { parentPort, workerData } from 'node:worker_threads';
import { LinkIndex } from '../../links/link-index.js';
import type { FromIndexWorker, IndexResult, IndexWorkerSetup, ToIndexWorker } from './_lib/index-protocol.js';
import { indexRecord } from './_lib/index-record.js';
import { packEntry } from './_lib/packed-entry.js';

// The entry of a roster indexing worker: it reads, validates and fingerprints records for the main
// thread, which adds the fingerprints to the roster's link index in input order. Its own index is
// never added to: it only computes entries, with the same options and so the same fingerprints.

const setup = workerData as IndexWorkerSetup;
const port = parentPort;

function send(message: FromIndexWorker): void {
  port?.postMessage(message);
}

function indexBatch(index: LinkIndex, batch: ToIndexWorker): IndexResult[] {
  return batch.items.map((item): IndexResult => {
    // The main thread sends lines unparsed: a line that is not JSON is rejected here.
    const options = { position: item.position, ...(setup.unknownKeys && { unknownKeys: setup.unknownKeys }) };
    const indexed = indexRecord(index, item, options, setup.learn);
    return indexed.ok ? { ...indexed, entry: packEntry(indexed.entry) } : indexed;
  });
}

try {
  const index = new LinkIndex(setup.link);
  port?.on('message', (batch: ToIndexWorker) => {
    send({ kind: 'done', seq: batch.seq, results: indexBatch(index, batch) });
  });
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
