import type { Issue } from '../errors.js';
import type { Decision, Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';

/** A record that could not be screened, with where it was and what was wrong (never its values). */
export interface Reject {
  /** Zero-based position in the input. */
  position: number;
  /** The input line, for line-based formats. */
  line?: number;
  profileId?: string;
  issues: Issue[];
}

export interface BatchSummary {
  /** Every record read: always `screened + rejected`. */
  input: number;
  screened: number;
  rejected: number;
  decisions: Record<Decision, number>;
}

/** The result of screening a batch: the document the JSON formatter writes. */
export interface BatchReport {
  format: 'hirescreen.report';
  version: 1;
  rulesetVersion: string;
  asOf: string;
  summary: BatchSummary;
  screenings: Screening[];
  rejects: Reject[];
  /** Roster mode: suspicious clusters of linked profiles, most suspicious first. */
  clusters?: Cluster[];
}

/**
 * Assembles a batch report and its counts.
 *
 * @example
 * const report = batchReport(screenings, rejects, { rulesetVersion: 'rs-1', asOf: '2026-01-01T00:00:00.000Z' });
 * report.summary.input === report.summary.screened + report.summary.rejected // true
 */
export function batchReport(
  screenings: Screening[],
  rejects: Reject[],
  meta: { rulesetVersion: string; asOf: string; clusters?: Cluster[] },
): BatchReport {
  const decisions: Record<Decision, number> = { clear: 0, review: 0, escalate: 0 };
  for (const screening of screenings) decisions[screening.decision] += 1;
  return {
    format: 'hirescreen.report',
    version: 1,
    rulesetVersion: meta.rulesetVersion,
    asOf: meta.asOf,
    summary: {
      input: screenings.length + rejects.length,
      screened: screenings.length,
      rejected: rejects.length,
      decisions,
    },
    screenings,
    rejects: [...rejects].sort((a, b) => a.position - b.position),
    ...(meta.clusters === undefined ? {} : { clusters: meta.clusters }),
  };
}
