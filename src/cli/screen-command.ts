import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Decision } from '../engine/types.js';
import type { LinkIndexOptions } from '../links/link-index.js';
import type { StoredLinkIndex } from '../links/stored-link-index.js';
import { DigestBuilder, type ReportDigest } from '../report/digest.js';
import { countsOf } from '../report/report-entry.js';
import { formatGraphCsv } from '../report/graph-csv.js';
import { formatGraphml } from '../report/graphml.js';
import { formatHtml } from '../report/html.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatDigestText } from '../report/text.js';
import { DEFAULT_MAX_REJECT_RATE, type ScreenArgs } from './args.js';
import { loadColumnMapping } from './input/columns.js';
import { openSource } from './input/source.js';
import { JsonReportSpool } from './json-report.js';
import { defaultWorkers } from './large-run.js';
import { openStoredIndex } from './index-command.js';
import { loadKnownEntityLists } from './known-lists.js';
import { hmacSecretFrom, loadIpIntel, loadIpRanges, loadRuleConfig, splitConfig } from './load-options.js';
import { assertNotInput, openOutput } from './output.js';
import { createProgress, type ProgressStream } from './progress.js';
import { runRoster } from './roster-run.js';
import { loadRdapProvider } from './load-rdap.js';
import { isUnknownKeyNote } from '../schema/unknown-keys.js';

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

/** `--graph` and `--graph-csv`: the clusters for analysts' graph tools, masked values only. */
async function writeGraphs(args: ScreenArgs, report: ReportDigest): Promise<void> {
  if (args.graph === undefined && args.graphCsv === undefined) return;
  const flagged = new Map(report.flagged.map((s) => [s.profileId, s]));
  // Every indexed profile was screened: one not flagged is clear.
  const facts = (id: string) => {
    const screening = flagged.get(id);
    return screening ? { score: screening.score, decision: screening.decision } : { decision: 'clear' };
  };
  const investigation = report.investigation ?? { networks: [], farms: [] };
  if (args.graph !== undefined)
    await writeFile(args.graph, formatGraphml(report.clusters, investigation, facts));
  if (args.graphCsv !== undefined) {
    await mkdir(args.graphCsv, { recursive: true });
    const { nodes, edges } = formatGraphCsv(report.clusters, investigation, facts);
    await writeFile(join(args.graphCsv, 'nodes.csv'), nodes);
    await writeFile(join(args.graphCsv, 'edges.csv'), edges);
  }
}

/**
 * Runs `hirescreen screen`: reads every record (JSON array, NDJSON or CSV), screens the valid ones
 * against the roster's link index (or each on its own with `--no-links`), rejects the rest with
 * their position and field paths, and writes the report. Returns the exit code.
 */
export async function screenCommand(args: ScreenArgs, io: CommandIo): Promise<number> {
  const warn = io.stderr ?? (() => {});
  assertNotInput(args.file, args.output);
  const config =
    args.config === undefined
      ? undefined
      : splitConfig((await loadRuleConfig(args.config)) as Record<string, unknown>, args.config);
  const lists = await loadKnownEntityLists({ sanctions: args.sanctions, entities: args.entities }, warn);
  // Loaded lists reach known-entity-match as its options, layered over the configured rule set.
  const rules =
    lists.length === 0
      ? config?.rules
      : {
          extends: [config?.rules ?? { extends: ['recommended' as const] }],
          rules: { 'known-entity-match': { options: { lists } } },
        };
  const ipIntel = [
    ...(await loadIpRanges(args.ipRanges, warn)),
    ...(await loadIpIntel(
      {
        files: args.ipIntel ?? [],
        packages: args.ipData !== false,
        ...(args.ipDataMaxAge !== undefined && { maxAgeDays: args.ipDataMaxAge }),
        ...(args.asOf !== undefined && { now: args.asOf }),
      },
      warn,
    )),
  ];
  const rdap = await loadRdapProvider(args, warn);
  const links: LinkIndexOptions | false = !args.links
    ? false
    : args.hmacKeyEnv === undefined
      ? {}
      : { hmacSecret: hmacSecretFrom(args.hmacKeyEnv, io.env ?? process.env) };
  const mapping = args.columns === undefined ? undefined : await loadColumnMapping(args.columns);

  const source = await openSource(args.file, io, {
    ...(args.inputFormat && { format: args.inputFormat }),
    ...(mapping && { mapping }),
    passes: links === false ? 1 : 2,
    // The roster stream parses each line where it is read: in a worker, for most lines of a large run.
    parse: false,
    onIgnoredColumns: (headers) =>
      warn(`hirescreen: warning: CSV columns not in --columns, ignored: ${headers.join(', ')}\n`),
  });
  const digest = new DigestBuilder({ includeBelowReview: args.showBelowReview === true });
  const spool =
    args.format === 'json' ? await JsonReportSpool.create(args.reportDetail ?? 'compact') : undefined;
  // Profiles screened without a field they carried: the reports list notes only in JSON, so say it here.
  const dropped = { profiles: 0, first: '' };
  let stored: StoredLinkIndex | undefined;
  try {
    if (args.store !== undefined)
      stored = await openStoredIndex(args.store, args.hmacKeyEnv, io.env ?? process.env);
    const { clusters, investigation, rulesetVersion } = await runRoster(
      source,
      {
        screener: {
          ...(rules && { rules }),
          ...(config?.organizations && { organizations: config.organizations }),
          ...(config?.baseRate !== undefined && { baseRate: config.baseRate }),
          ...(config?.thresholds && { thresholds: config.thresholds }),
          ...(ipIntel.length > 0 && { ipIntel }),
          ...(rdap && { domainIntel: rdap }),
          ...(args.asOf && { now: args.asOf }),
          ...(args.strictKeys && { unknownKeys: 'error' as const }),
        },
        links,
        ...(stored && { stored }),
        progress: createProgress(io.progress),
        workers: args.workers ?? defaultWorkers(args.file, links !== false),
        ...(spool && { reportEntries: spool.detail }),
        // Said only when threads were asked for: the default run need not explain staying in one.
        ...(args.workers !== undefined && {
          onNotice: (notice: string) => warn(`hirescreen: ${notice}\n`),
        }),
      },
      {
        screening(screening) {
          const note = screening.notes?.find(isUnknownKeyNote);
          if (note !== undefined && dropped.profiles++ === 0)
            dropped.first = `${screening.profileId}: ${note}`;
          spool?.add(screening);
          // The JSON report takes only the digest's counts (not its data gaps, which the counts drop), and
          // graphs a flagged profile's score and decision: a flagged screening held whole for a report
          // that never prints it made a million-record run's memory grow with its flagged profiles.
          digest.screening(spool ? countsOf(screening) : screening);
        },
        reject(reject) {
          digest.reject(reject);
        },
      },
    );
    if (dropped.profiles > 0)
      warn(
        `hirescreen: warning: ${dropped.profiles} profile(s) carry fields the schema does not know, screened without them (${dropped.first}); see each screening's notes, or reject them with --strict-keys\n`,
      );
    const asOf = new Date(args.asOf ?? Date.now()).toISOString();
    const report = digest.finish({ rulesetVersion, asOf, clusters, investigation });
    await writeGraphs(args, report);
    const output = openOutput(args.output, io);
    try {
      if (spool) {
        await spool.writeTo(output, {
          rulesetVersion: report.rulesetVersion,
          asOf: report.asOf,
          summary: report.summary,
          rejects: report.rejects,
          clusters: links === false ? undefined : clusters,
          investigation: links === false ? undefined : investigation,
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
    } catch (error) {
      // A partial report must not replace the previous one.
      await output.abort();
      throw error;
    }
    const { input, screened, rejected } = report.summary;
    if (input > 0 && screened === 0)
      warn(
        `hirescreen: nothing was screened: all ${input} record(s) were rejected (see the report's rejected records)\n`,
      );
    const maxRejectRate = args.maxRejectRate ?? DEFAULT_MAX_REJECT_RATE;
    if (input > 0 && rejected / input > maxRejectRate) {
      warn(
        `hirescreen: ${rejected} of ${input} record(s) rejected (${percent(rejected / input)}), more than --max-reject-rate ${maxRejectRate} allows: the input is not a usable roster\n`,
      );
      return 2;
    }
    return args.failOn && digest.reached(FAILING[args.failOn]) ? 1 : 0;
  } finally {
    await spool?.dispose();
    await source.close();
    await stored?.close();
  }
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
