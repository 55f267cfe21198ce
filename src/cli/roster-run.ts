import type { ScreenerOptions } from '../engine/screener.js';
import type { Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import type { LinkIndexOptions } from '../links/link-index.js';
import type { StoredLinkIndex } from '../links/stored-link-index.js';
import type { Reject } from '../report/batch.js';
import { streamRoster, type RereadableRoster } from '../roster/screen-roster-stream.js';
import type { ReportDetail } from '../report/json.js';
import type { RosterReject } from '../roster/types.js';
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
  /** `--workers`: worker threads for pass 2 (the stream's default when absent). */
  workers?: number;
  /** Told why the run stays in one thread although workers were asked for. */
  onNotice?: (notice: string) => void;
  /**
   * The JSON report's detail, when the run writes one: workers render their screenings' entries, and
   * the sink gets their counts only (`takeReportEntry` gives the entry).
   */
  reportEntries?: ReportDetail;
}

export interface RosterRunResult {
  clusters: Cluster[];
  /** The clusters nested as networks and farms (empty with `--no-links`). */
  investigation: Investigation;
  rulesetVersion: string;
}

function toReject(reject: RosterReject): Reject {
  return {
    position: reject.position,
    ...(reject.line === undefined ? {} : { line: reject.line }),
    ...(reject.profileId === undefined ? {} : { profileId: reject.profileId }),
    issues: [...reject.error.issues],
  };
}

/**
 * Screens a roster into a sink through `screenRosterStream`'s code, the path `screenRoster` takes too. A JSON
 * array (already in memory) is read once and its validated profiles held until screened; NDJSON and CSV
 * are read twice (index, then screen), so no pass holds the roster's profiles or screenings.
 */
export async function runRoster(
  source: RecordSource,
  options: RosterRunOptions,
  sink: RosterSink,
): Promise<RosterRunResult> {
  const input: RereadableRoster | readonly unknown[] = source.array ?? { read: () => source.read() };
  const stream = streamRoster(
    input,
    {
      ...options.screener,
      links: options.links,
      progress: options.progress,
      ...(options.stored && { stored: options.stored }),
      ...(options.workers !== undefined && { workers: options.workers }),
      ...(options.onNotice && { onNotice: options.onNotice }),
    },
    { ...(options.reportEntries && { reportEntries: options.reportEntries }) },
  );
  for await (const item of stream) {
    if (item.kind === 'screening') sink.screening(item.screening);
    else if (item.kind === 'reject') sink.reject(toReject(item.reject));
    else
      return {
        clusters: item.clusters,
        investigation: item.investigation,
        rulesetVersion: item.rulesetVersion,
      };
  }
  // The stream's last item is always its `end`.
  return { clusters: [], investigation: { networks: [], farms: [] }, rulesetVersion: '' };
}
