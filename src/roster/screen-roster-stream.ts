import { recordValue } from '../_lib/json-text.js';
import { ValidationError, type Issue } from '../errors.js';
import { boxedRecords, checkRecordsInput } from '../engine/_lib/records-input.js';
import { BaselineLearner, type LearnedBaselines } from '../engine/learn-baselines.js';
import { createScreener } from '../engine/screener.js';
import type { Decision, Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';
import { LinkIndex, type LinkIndexOptions } from '../links/link-index.js';
import type { Investigation } from '../links/networks/types.js';
import type { ReportDetail } from '../report/json.js';
import { validateProfile } from '../schema/parse.js';
import type { Profile } from '../schema/profile.js';
import { clusterSummariesOf } from './workers/_lib/link-facts.js';
import type { IndexWorkerSetup } from './workers/_lib/index-protocol.js';
import { indexRecord, type IndexedRecord } from './workers/_lib/index-record.js';
import { planPool } from './workers/_lib/plan.js';
import { IndexedVersions } from './indexed-versions.js';
import { IndexingPool } from './workers/index-pool.js';
import { indexPooled, type IndexedSlot } from './workers/index-pooled.js';
import { ScreeningPool } from './workers/pool.js';
import { screenPooled } from './workers/screen-pooled.js';
import type { RosterProgress, RosterReject, RosterSummary, ScreenRosterOptions } from './types.js';

/**
 * One record of a roster that can be read more than once (a file): a value to validate, or a record
 * whose text could not even be read as a value (a broken NDJSON line), with its issues.
 */
export type RosterRecord =
  | {
      position: number;
      line?: number;
      ok: true;
      /** The record; when absent, `text` parsed as JSON is, and text that is not JSON is an `invalid_json` reject. */
      value?: unknown;
      /**
       * Optional: equal in both passes only when the record did not change between them, such as a
       * digest of its text (`recordDigest`) or the version of a file that did not change. A record read
       * with the version pass 1 indexed at its position is screened from what the index stored for it,
       * without its keys being extracted again.
       */
      version?: number;
      /**
       * Optional: the JSON text `value` was parsed from, or the record itself when `value` is absent. A
       * worker thread is sent this text to parse rather than a copy of the value, which costs both
       * threads less, and a record given as text alone is parsed only by the thread that reads it
       * (docs/performance.md).
       */
      text?: string;
    }
  | { position: number; line?: number; ok: false; reject: { issues: Issue[] } };

/**
 * A roster that can be read twice. The stream reads it once to index and once to screen, so it never
 * holds the roster's profiles: the memory of a run is the index's compact keys, whatever the size.
 */
export interface RereadableRoster {
  read(): Iterable<RosterRecord> | AsyncIterable<RosterRecord>;
}

/** What a roster stream yields: each record's outcome in input order, then the roster's totals. */
export type RosterItem =
  | { kind: 'screening'; position: number; line?: number; screening: Screening }
  | { kind: 'reject'; reject: RosterReject }
  | {
      kind: 'end';
      /** Suspicious clusters, most suspicious first (empty with `links: false`). */
      clusters: Cluster[];
      /** The clusters as farms inside networks (empty with `links: false`). */
      investigation: Investigation;
      summary: RosterSummary;
      /** The index built over the roster; absent with `links: false`. */
      index: LinkIndex | undefined;
      learned: LearnedBaselines;
      rulesetVersion: string;
      /** Worker threads that screened pass 2 (0: the main thread did). */
      workers: number;
      /** Why a run asked to use workers stayed in the main thread, when it did. */
      notices: string[];
    };

const DUPLICATE: Issue = { path: 'id', code: 'duplicate_id', message: 'appears earlier in the roster' };
const NO_LEARNING: LearnedBaselines = { standards: [], contexts: {} };
const SILENT: RosterProgress = { phase() {}, tick() {}, done() {} };
const NO_INVESTIGATION: Investigation = { networks: [], farms: [] };
/** Valid profiles added to a stored index per transaction. */
const STORE_BATCH = 500;
const DEFAULT_RULE_BUDGET_MS = 10_000;

/** The ids of a roster accepted so far. */
interface SeenIds {
  has(id: string): boolean;
  add(id: string): void;
  clear(): void;
}

/** The ids an index holds, as {@link SeenIds}: the index adds each accepted profile itself. */
const idsIndexedIn = (index: LinkIndex): SeenIds => ({ has: (id) => index.has(id), add() {}, clear() {} });

function isRereadable(input: unknown): input is RereadableRoster {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as { read?: unknown }).read === 'function' &&
    !(Symbol.iterator in input) &&
    !(Symbol.asyncIterator in input)
  );
}

async function* recordsOf(values: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<RosterRecord> {
  let position = 0;
  // Boxed, so a record's `then` is never read: a throwing Proxy becomes a reject, not a raw error.
  for await (const { record: value } of boxedRecords(values)) {
    yield { position, ok: true, value };
    position += 1;
  }
}

function rejectOf(position: number, line: number | undefined, error: ValidationError): RosterReject {
  return { position, ...(line === undefined ? {} : { line }), profileId: error.profileId, error };
}

/** A record that could not be read as a value (a broken line), as a reject. */
function unreadable(record: { position: number; line?: number }, issues: readonly Issue[]): RosterReject {
  return rejectOf(record.position, record.line, new ValidationError(issues, { position: record.position }));
}

/**
 * Workers for a rereading run's first pass: they validate and fingerprint records, the main thread adds
 * them to the index in order. Link options that are code keep the pass in the main thread, and the
 * answer says why.
 */
async function startIndexing(
  workers: number,
  setup: Omit<IndexWorkerSetup, 'link'> & { link: LinkIndexOptions | undefined },
): Promise<{ pool: IndexingPool } | { notice: string }> {
  let link: IndexWorkerSetup['link'];
  try {
    const { store: _store, ...rest } = setup.link ?? {};
    link = structuredClone(rest);
  } catch {
    return {
      notice: 'indexing in the main thread: a link option holds code (a function) a worker cannot receive',
    };
  }
  return { pool: await IndexingPool.start(workers, { ...setup, link }) };
}

/**
 * Screens a roster as a stream: every record's outcome (a screening or a reject) in input order, as it
 * is produced, then one `end` item with the clusters, the counts, the index and the learned standards.
 * Pass 1 validates every record, indexes the valid ones and learns the employers' standards; pass 2
 * screens each valid profile against the complete index. Nothing holds the screenings, so a caller that
 * writes them out as they come runs in bounded memory. A {@link RereadableRoster} (a file) is read twice
 * and its profiles are not held between the passes; a plain iterable is read once and its validated
 * profiles are held until screened.
 *
 * @example
 * for await (const item of screenRosterStream(records, { now: '2026-01-15T00:00:00Z' })) {
 *   if (item.kind === 'screening') write(item.screening);
 *   else if (item.kind === 'end') console.log(item.summary, item.clusters.length);
 * }
 */
export function screenRosterStream(
  input: Iterable<unknown> | AsyncIterable<unknown> | RereadableRoster,
  options: ScreenRosterOptions = {},
): AsyncGenerator<RosterItem> {
  return streamRoster(input, options, {});
}

/** What the CLI asks of a roster stream beyond the library's options. */
export interface StreamInternals {
  /**
   * The JSON report's detail, when the caller writes one: a worker then renders each screening's report
   * entry and sends it with the screening's counts, not the whole screening (`takeReportEntry` takes the
   * entry; the main thread's own screenings stay whole).
   */
  reportEntries?: ReportDetail;
}

/** {@link screenRosterStream}, with what only the CLI asks of it. */
export async function* streamRoster(
  input: Iterable<unknown> | AsyncIterable<unknown> | RereadableRoster,
  options: ScreenRosterOptions,
  { reportEntries }: StreamInternals,
): AsyncGenerator<RosterItem> {
  const {
    links: linkOptions,
    learnBaselines = true,
    progress = SILENT,
    stored,
    workers: workersOption,
    workerRules,
    ruleBudgetMs = DEFAULT_RULE_BUDGET_MS,
    onNotice,
    ...screenerOptions
  } = options;
  const rereadable = isRereadable(input);
  if (!rereadable) checkRecordsInput(input, 'screenRoster');
  // Resolving the rule set first turns a bad configuration into an error before any input is read.
  const rulesetVersion = createScreener(screenerOptions).ruleSet.version;
  // No pool unless asked: one worker pays on a large roster (a million records in 0.79x the wall time on
  // two cores) but not on a small one (1.2x at 10k, where one thread's pass 2 finds every normalised value
  // in the caches pass 1 filled), and it costs CPU and memory either way (docs/performance.md).
  const wanted = workersOption ?? 0;
  const plan = wanted > 0 ? planPool(screenerOptions, workerRules) : undefined;
  const notices: string[] = [];
  if (plan && !plan.ok) {
    notices.push(plan.notice);
    onNotice?.(plan.notice);
  }
  // A one-shot input keeps each record as read too, for a worker to validate as the engine would.
  const keepValues = plan?.ok === true && !isRereadable(input);
  const index = linkOptions === false ? undefined : (stored?.index ?? new LinkIndex(linkOptions));
  const { unknownKeys } = screenerOptions;
  const parseOptions = (position: number) => ({ position, ...(unknownKeys && { unknownKeys }) });
  // Let, not const: the counts are dropped once learned, or pass 2 would hold them to the end (hundreds of
  // megabytes in a million-record run, docs/performance.md).
  let learner =
    index === undefined || learnBaselines === false
      ? undefined
      : new BaselineLearner(learnBaselines === true ? {} : learnBaselines);
  const learning = learner !== undefined;
  const decisions: Record<Decision, number> = { clear: 0, review: 0, escalate: 0 };
  let total = 0;
  let rejected = 0;
  // The ids accepted so far, for duplicates. An index built here holds each one as it is accepted, so it
  // answers without a second copy of a million ids on the heap; a stored index takes profiles in
  // batches and may hold earlier runs' ones, so it does not.
  const seen: SeenIds = index && !stored ? idsIndexedIn(index) : new Set<string>();

  // Pass-1 outcomes a rereading pass 2 must not validate again: rejects, by position. A one-shot input
  // keeps each record's outcome instead, since it cannot be read again.
  const rejectsAt = new Map<number, RosterReject>();
  const indexedVersions = rereadable && index ? new IndexedVersions() : undefined;
  const held: Array<Profile | RosterReject> = [];
  const heldValues: unknown[] = [];

  // `screening`: the profile goes to the screener next, which skips validating a remembered profile again.
  // A rereading pass 1 drops its profiles once indexed, so remembering them would only cost GC work.
  const check = (record: RosterRecord, screening: boolean): Profile | RosterReject => {
    if (!record.ok) return unreadable(record, record.reject.issues);
    const read = recordValue(record);
    if (!read.ok) return unreadable(record, read.issues);
    // A rereading pass 1 only indexes the profile; pass 2 validates it again to screen it.
    const parsed = validateProfile(read.value, parseOptions(record.position), screening, !screening);
    if (!parsed.success) return rejectOf(record.position, record.line, parsed.error);
    if (seen.has(parsed.data.id)) {
      const error = new ValidationError([DUPLICATE], {
        position: record.position,
        profileId: parsed.data.id,
      });
      return rejectOf(record.position, record.line, error);
    }
    seen.add(parsed.data.id);
    return parsed.data;
  };

  // A pooled pass 1: the main thread's share of the records, fingerprinted as a worker does.
  const indexHere = (record: Extract<RosterRecord, { ok: true }>): IndexedRecord =>
    indexRecord(index as LinkIndex, record, parseOptions(record.position), learning);
  // A pooled pass 1 adds each record here in input order, wherever it was fingerprinted, as `check`
  // and `index.add` would have: the first of two profiles with one id wins.
  const addIndexed = ({ position, line, version, indexed }: IndexedSlot): void => {
    if (!indexed.ok) {
      const where = { position, ...(indexed.profileId !== undefined && { profileId: indexed.profileId }) };
      rejectsAt.set(position, rejectOf(position, line, new ValidationError(indexed.issues, where)));
    } else if (seen.has(indexed.entry.id)) {
      const error = new ValidationError([DUPLICATE], { position, profileId: indexed.entry.id });
      rejectsAt.set(position, rejectOf(position, line, error));
    } else {
      seen.add(indexed.entry.id);
      index?.addEntry(indexed.entry);
      if (indexed.facts) learner?.addFacts(indexed.facts);
      if (version !== undefined) indexedVersions?.set(position, version);
    }
  };

  let clusters: Cluster[] = [];
  let investigation = NO_INVESTIGATION;
  let learned = NO_LEARNING;
  let toStore: Profile[] = [];
  const records = (): AsyncIterable<RosterRecord> =>
    rereadable
      ? (input.read() as AsyncIterable<RosterRecord>)
      : recordsOf(input as Iterable<unknown> | AsyncIterable<unknown>);

  if (index) {
    progress.phase('indexing');
    const indexing =
      wanted > 0 && rereadable && !stored
        ? await startIndexing(wanted, {
            link: linkOptions || undefined,
            learn: learning,
            unknownKeys,
          })
        : undefined;
    if (indexing && 'notice' in indexing) {
      notices.push(indexing.notice);
      onNotice?.(indexing.notice);
    }
    const indexPool = indexing && 'pool' in indexing ? indexing.pool : undefined;
    if (indexPool) {
      for await (const slot of indexPooled({
        pool: indexPool,
        workers: wanted,
        records: records(),
        indexHere,
      })) {
        progress.tick(1);
        total += 1;
        addIndexed(slot);
      }
    } else
      for await (const record of records()) {
        progress.tick(1);
        total += 1;
        const outcome = check(record, !rereadable);
        if ('error' in outcome) {
          if (rereadable) rejectsAt.set(record.position, outcome);
        } else {
          if (stored) toStore.push(outcome);
          else index.add(outcome);
          learner?.add(outcome);
          if (record.ok && record.version !== undefined)
            indexedVersions?.set(record.position, record.version);
        }
        if (!rereadable) held.push(outcome);
        if (keepValues) heldValues.push(record.ok ? record.value : undefined);
        if (stored && toStore.length >= STORE_BATCH) {
          await stored.add(toStore);
          toStore = [];
        }
      }
    if (stored && toStore.length > 0) await stored.add(toStore);
    toStore = [];
    seen.clear();
    progress.done();
    clusters = index.clusters();
    investigation = index.investigation();
    learned = learner?.learn() ?? NO_LEARNING;
    learner = undefined;
  }

  const engine = createScreener({
    ...screenerOptions,
    ...(index && { links: index }),
    ...(learning && { learnedStandards: learned.standards }),
  });
  // Where each profile handed to the screener came from, in order: the screener yields in input order.
  const origins: Array<{ position: number; line: number | undefined }> = [];
  // The record as read of the profile yielded last, which a worker is sent; kept apart from `origins`,
  // which live until each screening is out, so a line's text is not held as long.
  let lastRecord: { value?: unknown; text?: string } = {};
  const pendingRejects: RosterReject[] = [];
  const screenable = async function* (): AsyncGenerator<unknown> {
    if (index && !rereadable) {
      for (let position = 0; position < held.length; position++) {
        const outcome = held[position] as Profile | RosterReject;
        held[position] = undefined as unknown as Profile;
        const value = heldValues[position];
        if (keepValues) heldValues[position] = undefined;
        progress.tick(1);
        if ('error' in outcome) pendingRejects.push(outcome);
        else {
          origins.push({ position, line: undefined });
          if (keepValues) lastRecord = { value };
          yield outcome;
        }
      }
      return;
    }
    for await (const record of records()) {
      progress.tick(1);
      if (!index) total += 1;
      const known = rejectsAt.get(record.position);
      const outcome = known ?? (index ? checkAgain(record) : check(record, true));
      if ('error' in outcome) pendingRejects.push(outcome);
      else {
        origins.push({ position: record.position, line: record.line });
        // Only a worker needs the record as read.
        if (record.ok && plan?.ok === true)
          lastRecord = record.text === undefined ? { value: record.value } : { text: record.text };
        yield outcome;
      }
    }
  };
  // Where screenPooled will screen the next profile: a worker validates its records again, so for one
  // the main thread validates only as far as the link index needs (no freezing, no unknown-key walk).
  const placement = { local: true };
  // Pass 2 of a rereading run: the record was valid in pass 1, so only a changed file can fail here.
  const checkAgain = (record: RosterRecord): Profile | RosterReject => {
    if (!record.ok) return check(record, true);
    const read = recordValue(record);
    if (!read.ok) return unreadable(record, read.issues);
    const toWorker = !placement.local;
    const parsed = validateProfile(read.value, parseOptions(record.position), !toWorker, toWorker);
    if (!parsed.success) return rejectOf(record.position, record.line, parsed.error);
    // Unchanged since pass 1: the index answers from what it stored instead of extracting keys again.
    if (record.version !== undefined && indexedVersions?.matches(record.position, record.version))
      index?.sameAsIndexed(parsed.data);
    return parsed.data;
  };

  const pool =
    plan?.ok === true
      ? await ScreeningPool.start({
          workers: wanted,
          setup: {
            ...plan.setup,
            ...(learning && { options: { ...plan.setup.options, learnedStandards: learned.standards } }),
            ...(reportEntries && { reportEntries }),
          },
          clusters: index ? clusterSummariesOf(index) : undefined,
          budgetMs: ruleBudgetMs,
          version: rulesetVersion,
        })
      : undefined;
  progress.phase('screening', index ? total : undefined);
  const results = pool
    ? screenPooled({
        pool,
        workers: wanted,
        engine: workerRules === undefined ? engine : undefined,
        index,
        // Rules that are code only workers load may hold it; a known rule set says whether it does.
        referenceProbes:
          workerRules !== undefined ||
          engine.ruleSet.rules.some(({ rule }) => rule.id === 'reference-contact-shared'),
        profiles: screenable() as AsyncIterable<Profile>,
        placement,
        recordOfLast: () => lastRecord,
      })
    : engine.screenMany(screenable());
  for await (const result of results) {
    const origin = origins.shift() as (typeof origins)[number];
    // Rejects met before this profile come first, so the stream stays in input order.
    while (pendingRejects.length > 0 && (pendingRejects[0] as RosterReject).position < origin.position) {
      rejected += 1;
      yield { kind: 'reject', reject: pendingRejects.shift() as RosterReject };
    }
    if (result.ok) {
      decisions[result.screening.decision] += 1;
      yield {
        kind: 'screening',
        position: origin.position,
        ...(origin.line === undefined ? {} : { line: origin.line }),
        screening: result.screening,
      };
    } else {
      rejected += 1;
      yield { kind: 'reject', reject: rejectOf(origin.position, origin.line, result.error) };
    }
  }
  for (const reject of pendingRejects) {
    rejected += 1;
    yield { kind: 'reject', reject };
  }
  progress.done();
  const screened = total - rejected;
  yield {
    kind: 'end',
    clusters,
    investigation,
    index,
    learned,
    rulesetVersion,
    workers: pool ? wanted : 0,
    notices,
    summary: {
      total,
      screened,
      rejected,
      clusters: clusters.length,
      profilesInClusters: clusters.reduce((sum, cluster) => sum + cluster.members.length, 0),
      decisions,
    },
  };
}
