import type { Screening } from '../engine/types.js';
import { compactScreening, type ReportDetail } from './json.js';

/**
 * A screening as the JSON report's `screenings` array holds it: pretty-printed two levels in, every line
 * indented by four spaces, in `full` detail or `compact` (docs/report-format.md). Printed inside two
 * arrays and cut out, which gives those bytes from one `JSON.stringify`; the replace that indented each
 * line afterwards was about a third of writing a screening (issue 16).
 *
 * @example
 * reportEntryText(screening, 'compact'); // '    {\n      "profileId": "e-1",\n …\n    }'
 */
export function reportEntryText(screening: Screening, detail: ReportDetail): string {
  const shown = detail === 'full' ? screening : compactScreening(screening);
  // `[\n  [\n` before, `\n  ]\n]` after: six characters each.
  return JSON.stringify([[shown]], null, 2).slice(6, -6);
}

/**
 * A screening without its findings, rule results, decision reasons and data gaps: what the JSON report's
 * counts read (decision, score) and the CLI's warnings (notes), once the entry is rendered. A worker that
 * renders the report entry sends this beside it, not the whole screening: receiving a whole one cost the
 * main thread about 56 µs, rendering it another 17 (docs/performance.md). Data gaps went too when the
 * CLI's digest kept each flagged profile's counts: 3.5 KB each as a worker sends them, so about 140 MB
 * for the 39,349 flagged profiles of the bench's million records (*Fourteenth round*). A screening that
 * is its counts already (one a worker sent) comes back as it is, so the CLI's digest does not copy every
 * worker screening of a run again.
 */
export function countsOf(screening: Screening): Screening {
  const { findings, ruleResults, decisionReasons, dataGaps } = screening;
  if (
    findings.length === 0 &&
    ruleResults.length === 0 &&
    decisionReasons.length === 0 &&
    dataGaps.length === 0
  )
    return screening;
  return { ...screening, findings: [], ruleResults: [], decisionReasons: [], dataGaps: [] };
}

/**
 * A report entry a worker rendered: {@link reportEntryText} in this detail. Sent as text, not as moved
 * UTF-8 buffers: a buffer is memory outside the heap, which V8 counts toward starting a full collection,
 * and at 1M the main thread's pass 2 ran slower with them than before (docs/performance.md).
 */
export interface RenderedEntry {
  detail: ReportDetail;
  text: string;
}

const rendered = new WeakMap<Screening, RenderedEntry>();

/** Keeps the report entry a worker rendered beside the screening's counts ({@link countsOf}). */
export function keepReportEntry(counts: Screening, entry: RenderedEntry): void {
  rendered.set(counts, entry);
}

/**
 * Takes the report entry a worker rendered for this screening, if one did ({@link keepReportEntry}): an
 * entry is written once, and one left in the map until a full collection kept its text alive with it,
 * which nearly doubled the main thread's heap at 100k (docs/performance.md).
 */
export function takeReportEntry(screening: Screening): RenderedEntry | undefined {
  const entry = rendered.get(screening);
  if (entry) rendered.delete(screening);
  return entry;
}
