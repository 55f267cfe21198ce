import type { LearningFacts } from '../../../engine/_lib/learning-facts.js';
import type { Issue } from '../../../errors.js';
import type { LinkIndexOptions } from '../../../links/link-index-options.js';
import type { ParseOptions } from '../../../schema/parse.js';
import type { PackedEntry } from './packed-entry.js';

/** What an indexing worker is started with (its `workerData`). */
export interface IndexWorkerSetup {
  /** The link index's options without its store: they decide every fingerprint the worker computes. */
  link: Omit<LinkIndexOptions, 'store'>;
  /** Whether to send each profile's learning facts (the run learns the employers' standards). */
  learn: boolean;
  unknownKeys: ParseOptions['unknownKeys'];
}

/** One record for a worker to validate and fingerprint: its JSON text, or else its value. */
export interface IndexItem {
  position: number;
  text?: string;
  value?: unknown;
}

export type IndexResult =
  | { ok: true; entry: PackedEntry; facts: LearningFacts | undefined }
  | { ok: false; profileId: string | undefined; issues: Issue[] };

export type ToIndexWorker = { seq: number; items: IndexItem[] };

export type FromIndexWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; seq: number; results: IndexResult[] };
