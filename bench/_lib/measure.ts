// Timing, memory and printing helpers for the benchmarks. Plain Node only: never time inside Jest.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * CPU milliseconds this process has used (user + system, every thread: GC helpers included). On a
 * machine shared with other jobs, wall time measures the neighbours as much as the code.
 */
export const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

let collector: (() => void) | undefined;

/**
 * Runs a full garbage collection so heap deltas measure what is retained. `--expose-gc` is switched on
 * at run time, so `npm run bench` needs no flag.
 */
export function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
  collector();
}

/**
 * Memory retained after a full collection, in bytes: the JS heap plus ArrayBuffer backing stores, which
 * live outside it (the link index keeps its postings in typed arrays).
 */
export function retainedHeap(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

let peakRss = 0;
let peakHeap = 0;
/** Samples memory; call at the points where a phase holds the most. */
export function samplePeak(): void {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}
export const peaks = (): { rss: number; heap: number } => ({ rss: peakRss, heap: peakHeap });

/** The value at quantile `q` (0-1) of unsorted samples (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const perSecond = (count: number, ms: number): string =>
  `${Math.round((count / ms) * 1000).toLocaleString('en-US')}/s`;
export const fixed = (value: number, digits = 2): string =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
export const pct = (value: number): string =>
  Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'n/a';

/** Prints rows as an aligned Markdown table (so it pastes into the docs as is). */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A target, its measured value and whether it was met. */
export interface TargetResult {
  target: string;
  measured: string;
  pass: boolean;
  /** How far off, when missed, e.g. "4.1x over". */
  miss?: string;
}
