import type { Screening } from '../engine/types.js';
import type { BatchReport } from './batch.js';

/**
 * Serialises a screening or a batch report as stable JSON: keys in a fixed order, so the same input
 * gives the same bytes. The shape is documented in docs/report-format.md.
 *
 * @example
 * process.stdout.write(formatJson(screening));
 */
export function formatJson(value: Screening | BatchReport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
