import type { ValidationError } from '../errors.js';
import type { LearnOptions } from '../engine/learn-baselines.js';
import type { ScreenerOptions } from '../engine/screener.js';
import type { Decision } from '../engine/types.js';
import type { LinkIndexOptions } from '../links/link-index.js';
import type { StoredLinkIndex } from '../links/stored-link-index.js';

/** Progress of a roster run, for a display: the CLI's progress bar fits it. */
export interface RosterProgress {
  /** `indexing` (pass 1) or `screening` (pass 2); `total` when the number of records is known. */
  phase(name: string, total?: number): void;
  tick(records: number): void;
  done(): void;
}

export interface ScreenRosterOptions extends Omit<ScreenerOptions, 'links' | 'learnedStandards'> {
  /**
   * Options of the roster's link index (HMAC secret, allowlists, policies), or `false` to screen each
   * profile on its own in a single pass (no index, no clusters, nothing learned).
   */
  links?: LinkIndexOptions | false;
  /**
   * Learn each employer's standard from its own staff (a tool on most of its laptops, a shared corporate
   * egress, an office) and treat it like declared context, noting it in the screenings that rely on it.
   * On by default; `false` turns it off; an object sets the minimum counts and shares.
   */
  learnBaselines?: boolean | LearnOptions;
  /** Told of each record read, in each pass. */
  progress?: RosterProgress;
  /**
   * A stored link index to screen against and add the roster to (SQLite, PostgreSQL): its profiles
   * from earlier runs link with this roster's, and this roster's valid profiles are stored in batches.
   */
  stored?: StoredLinkIndex;
  /**
   * Worker threads that share the run with the main thread. In pass 2 they screen profiles beside it;
   * in pass 1 of a roster read twice (a `RereadableRoster`, as the CLI reads a file) they also parse,
   * validate and fingerprint records, which the main thread adds to the index in input order. Every
   * result is the one-thread run's, in input order. Defaults to `0`, the main thread alone: on 2 cores
   * a worker pays on a large roster but not on a small one, where its cold caches cost more than it
   * saves (docs/performance.md). Options that are code (closures as rules, a `now` clock, IP
   * intelligence providers, a custom scoring) keep pass 2 in the main thread, and link options that
   * are code keep pass 1 there, each with a notice. A stored index (`stored`) is built in the main thread.
   */
  workers?: number;
  /**
   * A module (path or URL) whose `rules` export, or default export, is the `rules` option: how rules
   * that are code reach the workers. It must resolve to the same rule set as `rules`.
   */
  workerRules?: string;
  /**
   * How long one rule may run on one profile in a worker, in ms (default 10,000): past it the worker is
   * replaced and the rule's result is an `error`. The main thread cannot interrupt a rule.
   */
  ruleBudgetMs?: number;
  /** Told why a run asked to use workers stays in the main thread. */
  onNotice?: (notice: string) => void;
}

/** A record that could not be screened, with its zero-based position and the bad fields. */
export interface RosterReject {
  position: number;
  /** The input line, when the roster was read from lines (NDJSON, CSV). */
  line?: number;
  profileId: string | undefined;
  error: ValidationError;
}

export interface RosterSummary {
  /** Records read. Always `screened + rejected`. */
  total: number;
  screened: number;
  rejected: number;
  clusters: number;
  /** Profiles that belong to a suspicious cluster. */
  profilesInClusters: number;
  decisions: Record<Decision, number>;
}
