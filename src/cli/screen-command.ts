import type { Readable, Writable } from 'node:stream';
import type { Decision } from '../engine/types.js';
import type { LinkIndexOptions } from '../links/link-index.js';
import { DigestBuilder } from '../report/digest.js';
import { formatHtml } from '../report/html.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatDigestText } from '../report/text.js';
import type { ScreenArgs } from './args.js';
import { loadColumnMapping } from './input/columns.js';
import { openSource } from './input/source.js';
import { JsonReportSpool } from './json-report.js';
import { hmacSecretFrom, loadIpRanges, loadRuleConfig, splitConfig } from './load-options.js';
import { openOutput } from './output.js';
import { createProgress, type ProgressStream } from './progress.js';
import { runRoster } from './roster-run.js';

export interface CommandIo {
  stdout: (text: string) => void;
  /** Warnings (unmapped CSV columns, skipped IP ranges). */
  stderr?: (text: string) => void;
  /** Standard input as a stream (the real CLI); else `readStdin`'s whole text is used. */
  stdin?: () => Readable;
  readStdin?: () => Promise<string>;
  /** Standard output as a stream, for back-pressure on large reports. */
  stdoutStream?: Writable;
  /** Where the progress bar goes; drawn only when it is a TTY. */
  progress?: ProgressStream;
  /** The environment, for `--hmac-key-env` (defaults to `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
}

const FAILING: Record<'review' | 'escalate', Decision[]> = {
  review: ['review', 'escalate'],
  escalate: ['escalate'],
};

/**
 * Runs `hirescreen screen`: reads every record (JSON array, NDJSON or CSV), screens the valid ones
 * against the roster's link index (or each on its own with `--no-links`), rejects the rest with
 * their position and field paths, and writes the report. Returns the exit code.
 */
export async function screenCommand(args: ScreenArgs, io: CommandIo): Promise<number> {
  const warn = io.stderr ?? (() => {});
  const config =
    args.config === undefined
      ? undefined
      : splitConfig((await loadRuleConfig(args.config)) as Record<string, unknown>, args.config);
  const ipIntel = await loadIpRanges(args.ipRanges, warn);
  const links: LinkIndexOptions | false = !args.links
    ? false
    : args.hmacKeyEnv === undefined
      ? {}
      : { hmacSecret: hmacSecretFrom(args.hmacKeyEnv, io.env ?? process.env) };
  const mapping = args.columns === undefined ? undefined : await loadColumnMapping(args.columns);

  const source = await openSource(args.file, io, {
    ...(args.inputFormat && { format: args.inputFormat }),
    ...(mapping && { mapping }),
    onIgnoredColumns: (headers) =>
      warn(`hirescreen: warning: CSV columns not in --columns, ignored: ${headers.join(', ')}\n`),
  });
  const digest = new DigestBuilder({ includeBelowReview: args.showBelowReview === true });
  const spool =
    args.format === 'json' ? await JsonReportSpool.create(args.reportDetail ?? 'compact') : undefined;
  try {
    const { clusters, rulesetVersion } = await runRoster(
      source,
      {
        screener: {
          ...(config && { rules: config.rules }),
          ...(config?.organizations && { organizations: config.organizations }),
          ...(config?.baseRate !== undefined && { baseRate: config.baseRate }),
          ...(config?.thresholds && { thresholds: config.thresholds }),
          ...(ipIntel.length > 0 && { ipIntel }),
          ...(args.asOf && { now: args.asOf }),
        },
        links,
        progress: createProgress(io.progress),
      },
      {
        screening(screening) {
          spool?.add(screening);
          // The JSON report takes only the digest's counts: a flagged screening held whole for a report
          // that never prints it made a million-record run's memory grow with its flagged profiles.
          digest.screening(
            spool ? { ...screening, findings: [], ruleResults: [], decisionReasons: [] } : screening,
          );
        },
        reject(reject) {
          digest.reject(reject);
        },
      },
    );
    const asOf = new Date(args.asOf ?? Date.now()).toISOString();
    const report = digest.finish({ rulesetVersion, asOf, clusters });
    const output = openOutput(args.output, io);
    if (spool) {
      await spool.writeTo(output, {
        rulesetVersion: report.rulesetVersion,
        asOf: report.asOf,
        summary: report.summary,
        rejects: report.rejects,
        clusters: links === false ? undefined : clusters,
      });
    } else {
      const text =
        args.format === 'html'
          ? formatHtml(report)
          : args.format === 'markdown'
            ? formatMarkdown(report)
            : `${formatDigestText(report)}\n`;
      await output.write(text);
    }
    await output.close();
    return args.failOn && digest.reached(FAILING[args.failOn]) ? 1 : 0;
  } finally {
    await spool?.dispose();
    await source.close();
  }
}
