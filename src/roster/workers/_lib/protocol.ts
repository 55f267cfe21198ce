import type { ScreenerOptions } from '../../../engine/screener.js';
import type { Screening } from '../../../engine/types.js';
import type { Issue } from '../../../errors.js';
import type { ClusterSummary } from '../../../links/lookup.js';
import type { LinkFacts } from './link-facts.js';
import type { ReportDetail } from '../../../report/json.js';
import type { RenderedEntry } from '../../../report/report-entry.js';

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  /** The screener options that survive a structured clone: no `links`, no functions. */
  options: Omit<ScreenerOptions, 'links'>;
  /** A built-in scoring strategy by name (strategies are functions, which do not clone). */
  scoring: 'logOdds' | 'noisyOr' | undefined;
  /** A module whose `rules` (or default) export is the rule set, for rules that cannot be cloned. */
  rulesModule: string | undefined;
  /** The roster's clustered profiles; `undefined` when links are off. */
  clusters: Array<[string, ClusterSummary]> | undefined;
  /**
   * Shared with the main thread's watchdog: [0] counts steps (a profile or a rule started), [1] is the
   * position in the batch of the profile being screened, [2] the index of the rule running, or -1.
   */
  progress: SharedArrayBuffer;
  /**
   * Set when the run writes a JSON report in this detail: the worker renders each screening's report
   * entry and sends it with the screening's counts (`countsOf`) instead of the whole screening.
   */
  reportEntries?: ReportDetail;
}

/**
 * One profile sent to a worker: the record as read, as JSON text when it was read from text, else as a
 * value (the worker parses and validates it as the engine would).
 */
export interface WorkItem {
  value?: unknown;
  text?: string;
  facts: LinkFacts | undefined;
  /** Rules that ran over their time budget on this profile before: each becomes an `error` result. */
  timedOut?: string[];
  /** Set when the profile cannot be screened in a worker (stuck outside any rule): its reject's issue. */
  failed?: string;
}

export type WorkResult =
  | {
      ok: true;
      /** The whole screening, or its counts when the worker rendered its report `entry`. */
      screening: Screening;
      entry?: RenderedEntry;
    }
  | { ok: false; profileId: string | undefined; issues: Issue[] };

export type ToWorker = { kind: 'batch'; seq: number; items: WorkItem[]; budgetMs: number };

export type FromWorker =
  | { kind: 'ready'; version: string; ruleIds: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; seq: number; results: WorkResult[] };

/** Slots of the shared progress array. */
export const STEPS = 0;
export const ITEM = 1;
export const RULE = 2;
