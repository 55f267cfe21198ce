import type { Decision, Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import type { BatchReport, BatchSummary, Reject } from './batch.js';

/** Clear profiles listed by id in text, Markdown and HTML reports; above this only the count is given. */
export const CLEAR_ID_LIMIT = 1000;

/** One field missing across a roster: the rules it blocked and the number of profiles without it. */
export interface RosterGap {
  field: string;
  rules: string[];
  profiles: number;
}

export interface DigestOptions {
  /** Keep clear profiles that have findings, so a reviewer sees what fired below the review threshold. */
  includeBelowReview?: boolean;
}

/**
 * What the human-readable reports need, kept small enough for a million-record roster: every count,
 * a score histogram, the non-clear screenings in full, clear profiles as ids (the first
 * {@link CLEAR_ID_LIMIT}), the clusters and the rejects.
 */
export interface ReportDigest {
  rulesetVersion: string;
  asOf: string;
  summary: BatchSummary;
  /** Profiles per score band: [0-9, 10-19, …, 90-100]. */
  histogram: number[];
  /** Review and escalate screenings, highest score first, then by id. */
  flagged: Screening[];
  /**
   * With `includeBelowReview`: clear screenings that have findings (the first {@link CLEAR_ID_LIMIT}),
   * highest score first, and how many there were.
   */
  belowReview?: { count: number; screenings: Screening[] };
  /** Each missing field once for the roster: the rules it kept from running and how many profiles lack it. */
  gaps: RosterGap[];
  clear: { count: number; ids: string[] };
  /** Flat clusters (farms joined by identity material are one); `investigation` nests them. */
  clusters: Cluster[];
  /** The clusters as networks with their farms, and farms in no network (absent from older callers). */
  investigation?: Investigation;
  rejects: Reject[];
}

function byScore(a: Screening, b: Screening): number {
  return b.score - a.score || a.profileId.localeCompare(b.profileId);
}

/**
 * Builds a {@link ReportDigest} one screening at a time, holding clear profiles as ids only.
 *
 * @example
 * const builder = new DigestBuilder({ includeBelowReview: true });
 * for (const screening of screenings) builder.screening(screening);
 * const digest = builder.finish({ rulesetVersion, asOf, clusters });
 */
export class DigestBuilder {
  private readonly histogram = new Array<number>(10).fill(0);
  private readonly decisions: Record<Decision, number> = { clear: 0, review: 0, escalate: 0 };
  private readonly flagged: Screening[] = [];
  private readonly clearIds: string[] = [];
  private readonly rejects: Reject[] = [];
  private readonly gaps = new Map<string, { rules: Set<string>; profiles: number }>();
  private readonly belowReview: Screening[] | undefined;
  private belowReviewCount = 0;
  private firstAsOf: string | undefined;

  constructor(options: DigestOptions = {}) {
    this.belowReview = options.includeBelowReview ? [] : undefined;
  }

  screening(screening: Screening): void {
    this.firstAsOf ??= screening.asOf;
    this.decisions[screening.decision] += 1;
    const band = Math.min(9, Math.max(0, Math.floor(screening.score / 10)));
    this.histogram[band] = (this.histogram[band] ?? 0) + 1;
    for (const gap of screening.dataGaps) {
      let entry = this.gaps.get(gap.field);
      if (!entry) this.gaps.set(gap.field, (entry = { rules: new Set(), profiles: 0 }));
      entry.profiles += 1;
      for (const rule of gap.rules) entry.rules.add(rule);
    }
    if (screening.decision !== 'clear') this.flagged.push(screening);
    else {
      if (this.clearIds.length < CLEAR_ID_LIMIT) this.clearIds.push(screening.profileId);
      if (this.belowReview && screening.findings.length > 0) {
        this.belowReviewCount += 1;
        if (this.belowReview.length < CLEAR_ID_LIMIT) this.belowReview.push(screening);
      }
    }
  }

  reject(reject: Reject): void {
    this.rejects.push(reject);
  }

  /** Screened profiles so far. */
  get screened(): number {
    return this.decisions.clear + this.decisions.review + this.decisions.escalate;
  }

  /** Whether any screening reached one of these decisions (for `--fail-on`). */
  reached(decisions: readonly Decision[]): boolean {
    return decisions.some((decision) => this.decisions[decision] > 0);
  }

  finish(meta: {
    rulesetVersion: string;
    asOf: string;
    clusters: Cluster[];
    investigation?: Investigation;
  }): ReportDigest {
    const screened = this.screened;
    return {
      rulesetVersion: meta.rulesetVersion,
      asOf: this.firstAsOf ?? meta.asOf,
      summary: {
        input: screened + this.rejects.length,
        screened,
        rejected: this.rejects.length,
        decisions: { ...this.decisions },
      },
      histogram: [...this.histogram],
      flagged: [...this.flagged].sort(byScore),
      ...(this.belowReview && {
        belowReview: { count: this.belowReviewCount, screenings: [...this.belowReview].sort(byScore) },
      }),
      gaps: [...this.gaps]
        .map(([field, gap]) => ({ field, rules: [...gap.rules].sort(), profiles: gap.profiles }))
        .sort((a, b) => b.profiles - a.profiles || a.field.localeCompare(b.field)),
      clear: { count: this.decisions.clear, ids: [...this.clearIds] },
      clusters: meta.clusters,
      ...(meta.investigation && { investigation: meta.investigation }),
      rejects: [...this.rejects].sort((a, b) => a.position - b.position),
    };
  }
}

/**
 * The digest of a whole {@link BatchReport} (for callers that hold one).
 *
 * @example
 * formatBatchText(report) === formatDigestText(digestOf(report))
 */
export function digestOf(report: BatchReport, options: DigestOptions = {}): ReportDigest {
  const builder = new DigestBuilder(options);
  for (const screening of report.screenings) builder.screening(screening);
  for (const reject of report.rejects) builder.reject(reject);
  return builder.finish({
    rulesetVersion: report.rulesetVersion,
    asOf: report.asOf,
    clusters: report.clusters ?? [],
  });
}
