import type { ValidationError } from '../errors.js';
import { createScreener, type ScreenerOptions } from '../engine/screener.js';
import type { Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import { LinkIndex, type LinkIndexOptions } from '../links/link-index.js';
import type { StoredLinkIndex } from '../links/stored-link-index.js';
import type { Profile } from '../schema/profile.js';
import { screenRoster } from '../roster/screen-roster.js';
import { BaselineLearner } from '../engine/learn-baselines.js';
import type { Reject } from '../report/batch.js';
import { safeParseProfile } from '../schema/parse.js';
import type { RecordSource } from './input/source.js';
import type { Progress } from './progress.js';

/** Where screenings and rejects go as they are produced (the report builder). */
export interface RosterSink {
  screening(screening: Screening): void;
  reject(reject: Reject): void;
}

export interface RosterRunOptions {
  screener: Omit<ScreenerOptions, 'links'>;
  /** Link-index options for roster mode, or false to screen each profile on its own (`--no-links`). */
  links: LinkIndexOptions | false;
  /** `--store`: the roster is screened against this stored index and added to it (in batches). */
  stored?: StoredLinkIndex;
  progress: Progress;
}

/** Profiles written to a stored index per transaction. */
const STORE_BATCH = 500;

export interface RosterRunResult {
  clusters: Cluster[];
  /** The clusters nested as networks and farms (empty with `--no-links`). */
  investigation: Investigation;
  rulesetVersion: string;
}

const DUPLICATE = { path: 'id', code: 'duplicate_id', message: 'appears earlier in the roster' };

function toReject(position: number, line: number | undefined, error: ValidationError): Reject {
  return {
    position,
    ...(line === undefined ? {} : { line }),
    ...(error.profileId === undefined ? {} : { profileId: error.profileId }),
    issues: [...error.issues],
  };
}

/**
 * Screens a roster into a sink. A JSON array (already in memory) goes through `screenRoster` as is.
 * NDJSON and CSV stream in two passes, with the same contract as `screenRoster` (validation, duplicate
 * ids rejected, one link index, clusters, each profile screened against the index): pass 1 validates
 * and indexes, keeping only the index's compact keys; pass 2 re-reads the file and screens one batch
 * at a time, so no pass holds the roster's profiles or screenings. `--no-links` is a single pass.
 */
export async function runRoster(
  source: RecordSource,
  options: RosterRunOptions,
  sink: RosterSink,
): Promise<RosterRunResult> {
  const { progress } = options;
  // Resolving the rule set first turns a bad --config into exit 2 before any input is read.
  const rulesetVersion = createScreener(options.screener).ruleSet.version;
  if (options.links !== false && source.array && !options.stored) {
    progress.phase('screening');
    const result = await screenRoster(source.array, { ...options.screener, links: options.links });
    for (const screening of result.screenings) sink.screening(screening);
    for (const reject of result.rejects) sink.reject(toReject(reject.position, undefined, reject.error));
    progress.tick(result.summary.total);
    progress.done();
    return { clusters: result.clusters, investigation: result.investigation, rulesetVersion };
  }

  const skip = new Set<number>();
  let records = 0;
  const seen = new Set<string>();
  let index: LinkIndex | undefined;
  const { stored } = options;
  let toStore: Profile[] = [];
  // Employers' standards are learned in the indexing pass, from the whole roster, before anyone is screened.
  const learner = options.links === false ? undefined : new BaselineLearner();
  const check = (record: { position: number; line?: number; value: unknown }): boolean => {
    const parsed = safeParseProfile(record.value, {
      position: record.position,
      ...(options.screener.unknownKeys && { unknownKeys: options.screener.unknownKeys }),
    });
    if (!parsed.success) {
      sink.reject(toReject(record.position, record.line, parsed.error));
      return false;
    }
    if (seen.has(parsed.data.id)) {
      sink.reject({
        position: record.position,
        ...(record.line === undefined ? {} : { line: record.line }),
        profileId: parsed.data.id,
        issues: [DUPLICATE],
      });
      return false;
    }
    seen.add(parsed.data.id);
    if (stored) toStore.push(parsed.data);
    else index?.add(parsed.data);
    learner?.add(parsed.data);
    return true;
  };

  if (options.links !== false) {
    index = stored?.index ?? new LinkIndex(options.links);
    progress.phase('indexing');
    for await (const record of source.read()) {
      progress.tick(1);
      records += 1;
      if (!record.ok) sink.reject(record.reject);
      if (!record.ok || !check(record)) skip.add(record.position);
      if (stored && toStore.length >= STORE_BATCH) {
        await stored.add(toStore);
        toStore = [];
      }
    }
    if (stored && toStore.length > 0) await stored.add(toStore);
    toStore = [];
    seen.clear();
    progress.done();
  }
  const clusters = index?.clusters() ?? [];
  const investigation = index?.investigation() ?? { networks: [], farms: [] };
  const learned = learner?.learn();
  const screener = createScreener({
    ...options.screener,
    ...(index && { links: index }),
    ...(learned && { learnedStandards: learned.standards }),
  });

  const pending: Array<{ position: number; line: number | undefined }> = [];
  async function* screenable(): AsyncGenerator<unknown> {
    for await (const record of source.read()) {
      progress.tick(1);
      if (index) {
        if (skip.has(record.position) || !record.ok) continue;
      } else {
        if (!record.ok) {
          sink.reject(record.reject);
          continue;
        }
        if (!check(record)) continue;
      }
      pending.push({ position: record.position, line: record.line });
      yield record.value;
    }
  }
  progress.phase('screening', index ? records : undefined);
  for await (const result of screener.screenMany(screenable())) {
    const origin = pending.shift() as { position: number; line: number | undefined };
    if (result.ok) sink.screening(result.screening);
    else sink.reject(toReject(origin.position, origin.line, result.error));
  }
  progress.done();
  return { clusters, investigation, rulesetVersion };
}
