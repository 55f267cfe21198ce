import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import type { BatchSummary, Reject } from '../report/batch.js';
import type { ReportDetail } from '../report/json.js';
import { reportEntryText, takeReportEntry } from '../report/report-entry.js';
import type { ReportOutput } from './output.js';
import { trackTemp } from './_lib/temp-files.js';

/**
 * Bytes of encoded screenings held before they are written out. Each screening is encoded into this
 * buffer as it comes: joining the strings and writing the joined one cost about 40 µs a screening,
 * since nearly every screening holds a character outside Latin-1 (an ellipsis, a name) and the whole
 * joined string took the slow path to UTF-8; encoding each one costs about 5 (docs/performance.md).
 */
const SPOOL_BYTES = 1 << 20;
/** The most bytes UTF-8 needs for one UTF-16 code unit, which bounds a string's encoded size. */
const MAX_BYTES_PER_UNIT = 3;

/** Writes all of `length` bytes of `bytes` to `fd`, whatever a single write takes. */
function writeAll(fd: number, bytes: Buffer, length: number): void {
  for (let written = 0; written < length;) written += writeSync(fd, bytes, written, length - written);
}

/**
 * Writes the JSON report (docs/report-format.md) without holding every screening: each one is
 * serialised as it is produced into a temporary file, and at the end the report is written head
 * (with the final counts), screenings (copied from the file), rejects and clusters. In `full` detail
 * the bytes are those of `formatJson(batchReport(...))` for the same data, plus the head's `detail`;
 * `compact` (the default) writes each screening as `compactScreening` gives it.
 *
 * @example
 * const spool = await JsonReportSpool.create('compact');
 * spool.add(screening);
 * await spool.writeTo(output, { rulesetVersion, asOf, summary, rejects, clusters });
 */
export class JsonReportSpool {
  private readonly bytes = Buffer.allocUnsafe(SPOOL_BYTES);
  private used = 0;
  private count = 0;

  private constructor(
    private readonly dir: string,
    private readonly fd: number,
    private readonly forget: () => void,
    readonly detail: ReportDetail,
  ) {}

  static async create(detail: ReportDetail = 'compact'): Promise<JsonReportSpool> {
    const dir = await mkdtemp(join(tmpdir(), 'hirescreen-report-'));
    const forget = trackTemp(dir);
    // Screenings hold masked PII: readable by the owner only, and removed on any exit (trackTemp).
    return new JsonReportSpool(dir, openSync(join(dir, 'screenings.json'), 'w', 0o600), forget, detail);
  }

  add(screening: Screening): void {
    const entry = takeReportEntry(screening);
    // Only the counts crossed from a worker that rendered the entry: it cannot be rendered in another detail.
    if (entry && entry.detail !== this.detail)
      throw new Error(`a ${entry.detail} report entry was given to a ${this.detail} report`);
    const text = `${this.count === 0 ? '' : ',\n'}${entry ? entry.text : reportEntryText(screening, this.detail)}`;
    this.count += 1;
    const most = text.length * MAX_BYTES_PER_UNIT;
    if (this.used + most > SPOOL_BYTES) this.flush();
    if (most > SPOOL_BYTES) {
      const encoded = Buffer.from(text, 'utf8');
      writeAll(this.fd, encoded, encoded.length);
    } else this.used += this.bytes.write(text, this.used, 'utf8');
  }

  private flush(): void {
    if (this.used > 0) writeAll(this.fd, this.bytes, this.used);
    this.used = 0;
  }

  async writeTo(
    output: ReportOutput,
    meta: {
      rulesetVersion: string;
      asOf: string;
      summary: BatchSummary;
      rejects: Reject[];
      clusters: Cluster[] | undefined;
      /** The clusters nested as networks and farms; absent with `--no-links`. */
      investigation?: Investigation | undefined;
    },
  ): Promise<void> {
    this.flush();
    closeSync(this.fd);
    const head = JSON.stringify(
      {
        format: 'hirescreen.report',
        version: 1,
        rulesetVersion: meta.rulesetVersion,
        asOf: meta.asOf,
        detail: this.detail,
        summary: meta.summary,
      },
      null,
      2,
    ).slice(0, -2);
    const tail = JSON.stringify(
      {
        rejects: meta.rejects,
        ...(meta.clusters === undefined ? {} : { clusters: meta.clusters }),
        ...(meta.investigation === undefined ? {} : { investigation: meta.investigation }),
      },
      null,
      2,
    ).slice(2);
    if (this.count === 0) await output.write(`${head},\n  "screenings": [],\n${tail}\n`);
    else {
      await output.write(`${head},\n  "screenings": [\n`);
      // Copied as bytes: decoding gigabytes of screenings only to encode them again doubled the copy.
      const chunks = createReadStream(join(this.dir, 'screenings.json'), { highWaterMark: SPOOL_BYTES });
      for await (const chunk of chunks) await output.write(chunk as Buffer);
      await output.write(`\n  ],\n${tail}\n`);
    }
  }

  async dispose(): Promise<void> {
    try {
      closeSync(this.fd);
    } catch {
      // already closed by writeTo
    }
    await rm(this.dir, { recursive: true, force: true });
    this.forget();
  }
}
