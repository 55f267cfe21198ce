/**
 * `npm run bench [-- --size 10k|100k|1m ...] [--quick] [--seed N] [--quality]`: how fast hirescreen is and
 * how well it detects, each figure next to a baseline measured in the same run on the same input:
 *
 * - whole-roster screening (`screenRosterStream`, `screenRoster`, the CLI) vs parse + validation of its
 *   NDJSON lines;
 * - the same per-profile rule subset in hirescreen vs json-rules-engine;
 * - naive pairwise clustering vs the link index (10k);
 * - one screening's p50/p99 against a 1M-profile index, its build time and bytes per profile;
 * - detection quality on the labelled scenario in three modes, with diagnostics (100k by default);
 *   `--quality` runs only this section (`npm run bench -- --quality --size 20k`: a couple of minutes);
 * - IP-intelligence lookups per second: the ip-location-db range index and the `.mmdb` provider
 *   (bench/ip-intel.ts); `--ip-intel` runs only this section, `--ip-data-from <dir>` adds the installed
 *   @ip-location-db packages found from <dir>.
 *
 * - `--store [sqlite,postgres]`: the stored link index (bench/link-store.ts) instead of the above.
 *
 * Plain Node via tsx only; figures move 20-30 % between runs on a shared 2-core machine.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { fixed, mb, pct, peaks, perSecond, table, type TargetResult } from './_lib/measure.js';
import {
  bigIndexSection,
  pairwiseSection,
  rosterSection,
  rulesEngineSection,
  type RosterFigures,
  type Timing,
} from './_lib/sections.js';
import { parseSize } from './scenario/generate.js';
import { FARM_SIZE_BUCKETS, type FarmBreakdown, type QualityReport } from './scenario/quality.js';
import {
  diagnosisTables,
  investigationTable,
  MODES,
  modesTable,
  qualitySection,
  writeQualityJson,
} from './_lib/quality.js';
import { ipIntelReport, ipIntelSection } from './ip-intel.js';

interface Options {
  sizes: number[];
  quick: boolean;
  seed: number;
  /** Only the detection-quality section, at the first size (100k unless given). */
  quality: boolean;
  /** Only the IP-intelligence section. */
  ipIntel: boolean;
  /** Where to look for the installed @ip-location-db packages (IP-intelligence section). */
  ipDataFrom: string | undefined;
  /** Worker counts to time the whole roster with, besides one thread (`--workers 1,2`). */
  workers: number[];
  /** Only the whole-roster section (`--roster`). */
  rosterOnly: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const sizes: number[] = [];
  let quick = false;
  let quality = false;
  let ipIntel = false;
  let ipDataFrom: string | undefined;
  let seed = 1;
  let workers = [1];
  let rosterOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--quick') quick = true;
    else if (arg === '--quality') quality = true;
    else if (arg === '--ip-intel') ipIntel = true;
    else if (arg === '--ip-data-from') ipDataFrom = argv[++i];
    else if (arg === '--size') sizes.push(...(argv[++i] ?? '').split(',').map(parseSize));
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--workers')
      workers = (argv[++i] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);
    else if (arg === '--roster') rosterOnly = true;
    else if (arg !== '--')
      throw new Error(
        `unknown option ${arg}; use --size 10k|100k|1m, --quick, --seed N, --quality, --ip-intel, --ip-data-from <dir>, --workers 1,2, --roster`,
      );
  }
  const ip = { ipIntel, ipDataFrom, workers, rosterOnly };
  if (quality) return { sizes: [sizes[0] ?? 100_000], quick, seed, quality, ...ip };
  if (quick) return { sizes: [2_000], quick, seed, quality, ...ip };
  return { sizes: sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000], quick, seed, quality, ...ip };
}

const ratio = (a: number, b: number): string => `${fixed(a / b, 1)}x`;

function farmTable(r: QualityReport): string {
  return table(
    ['measure', 'value'],
    [
      ['farms (2+ members in the roster)', String(r.farms)],
      [
        'farms recovered (one cluster holds >= 80% of members and no one else)',
        `${r.farmsRecovered} (${pct(r.farmsRecovered / r.farms)})`,
      ],
      [
        'farms recovered, cluster >= 80% farm members',
        `${r.farmsRecoveredMostlyPure} (${pct(r.farmsRecoveredMostlyPure / r.farms)})`,
      ],
      ['farms with 2+ members in one cluster', `${r.farmsTouched} (${pct(r.farmsTouched / r.farms)})`],
    ],
  );
}

function farmBreakdownTable(r: QualityReport): string {
  const bySize = r.farmsBySize;
  const row = (name: string, b: FarmBreakdown) => [
    name,
    String(b.farms),
    b.farms > 0 ? `${b.recovered} (${pct(b.recovered / b.farms)})` : '0',
    String(b.split),
    String(b.merged),
    String(b.unclustered),
  ];
  const total = FARM_SIZE_BUCKETS.reduce<FarmBreakdown>(
    (sum, bucket) => {
      const b = bySize[bucket];
      return {
        farms: sum.farms + b.farms,
        recovered: sum.recovered + b.recovered,
        merged: sum.merged + b.merged,
        split: sum.split + b.split,
        unclustered: sum.unclustered + b.unclustered,
      };
    },
    { farms: 0, recovered: 0, merged: 0, split: 0, unclustered: 0 },
  );
  return table(
    [
      'farm size (members in roster)',
      'farms',
      'recovered',
      'split (no cluster >= 80%)',
      'merged (>= 80% in a cluster with others)',
      'unclustered (< 2 members in any cluster)',
    ],
    [...FARM_SIZE_BUCKETS.map((bucket) => row(bucket, bySize[bucket])), row('all', total)],
  );
}

/** The quality section: three modes, farm recovery, and per mode why legitimate profiles reach review. */
async function printQuality(size: number, seed: number): Promise<void> {
  console.log(
    `## Detection quality (${size.toLocaleString('en-US')}-profile labelled scenario, seed ${seed}; bench/scenario/)`,
  );
  const figures = await qualitySection(size, seed);
  console.log(modesTable(figures));
  console.log();
  if (figures.farms.farms > 0) {
    console.log(farmTable(figures.farms));
    console.log();
    console.log(farmBreakdownTable(figures.farms));
    console.log();
    console.log('### Clusters for investigation (issue 20)');
    console.log(investigationTable(figures));
    console.log();
  }
  for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
    console.log(`### Why legitimate profiles reach review: ${MODES[mode]}`);
    console.log(diagnosisTables(figures.modes[mode]));
    console.log();
  }
  console.log(`machine-readable: ${writeQualityJson(figures)}\n`);
}

/** The whole-roster section: each size in one thread, then with each of `options.workers`. */
async function printRosters(
  rosterSizes: readonly number[],
  options: Options,
  targets: TargetResult[],
): Promise<RosterFigures | undefined> {
  console.log(
    '## Whole-roster screening (recommended rules + deployment config, links on) vs parse + validation of its NDJSON lines',
  );
  console.log(
    'CPU ms (user + system, all threads) first, wall ms in brackets; ratios are of CPU time against parse + validation in the same run.',
  );
  const rows: string[][] = [];
  const figures: RosterFigures[] = [];
  const cell = (t: Timing): string => `${fixed(t.cpuMs, 0)} (${fixed(t.wallMs, 0)})`;
  const per = (r: RosterFigures, t: Timing): number => (t.cpuMs * 1000) / r.size;
  for (const size of rosterSizes) {
    const r = await rosterSection(size, options.seed, options.workers);
    figures.push(r);
    rows.push([
      size.toLocaleString('en-US'),
      `${fixed(r.inputMb, 0)} MB`,
      cell(r.parse),
      `${cell(r.validate)} ${ratio(r.validate.cpuMs, r.parse.cpuMs)}`,
      `${cell(r.validateOurs)} ${ratio(r.validateOurs.cpuMs, r.validate.cpuMs)}`,
      `${cell(r.stream)} **${ratio(r.stream.cpuMs, r.validate.cpuMs)}**, ${fixed(per(r, r.stream), 0)} µs each`,
      `${cell(r.rulesAlone)} ${ratio(r.rulesAlone.cpuMs, r.validate.cpuMs)}, ${fixed(per(r, r.rulesAlone), 0)} µs each; floor + rules ${ratio(r.validate.cpuMs + r.rulesAlone.cpuMs, r.validate.cpuMs)}`,
      `${cell(r.collect)} ${ratio(r.collect.cpuMs, r.validate.cpuMs)}`,
      `${cell(r.cli)} **${ratio(r.cli.cpuMs, r.validate.cpuMs)}**, ${fixed(per(r, r.cli), 0)} µs each`,
      String(r.clusters),
    ]);
    for (const [name, t] of [
      ['API stream', r.stream],
      ['CLI, JSON report', r.cli],
    ] as const) {
      targets.push({
        target: `whole roster <= 2x parse + validation, ${name} (${size.toLocaleString('en-US')})`,
        measured: ratio(t.cpuMs, r.validate.cpuMs),
        pass: t.cpuMs <= 2 * r.validate.cpuMs,
        miss: `${fixed(t.cpuMs / (2 * r.validate.cpuMs), 1)}x over the target`,
      });
    }
  }
  console.log(
    table(
      [
        'profiles',
        'input',
        'JSON.parse',
        'parse + zod validation (vs parse)',
        'parse + safeParseProfile, compiled (vs parse + zod)',
        'screenRosterStream (vs parse + validation)',
        'its rule checks alone (vs parse + validation)',
        'screenRoster, collected',
        'CLI --format json',
        'clusters',
      ],
      rows,
    ),
  );
  const shown = figures[0]?.rulesAlone;
  if (shown)
    console.log(
      `Rule checks alone: the ${shown.rules} rules (${shown.linkRules} of them ask the roster's link index) run as the stream's second pass runs them, on profiles validated beforehand, untimed: no screening of the roster can cost less than parse + validation + these.`,
    );
  const first = figures[0];
  const last = figures.at(-1);
  if (first && last && last.size > first.size) {
    for (const [name, pick] of [
      ['API stream', (r: RosterFigures) => r.stream],
      ['CLI, JSON report', (r: RosterFigures) => r.cli],
    ] as const) {
      const growth = pick(last).cpuMs / last.size / (pick(first).cpuMs / first.size);
      targets.push({
        target: `cost per profile at ${last.size.toLocaleString('en-US')} <= 1.2x at ${first.size.toLocaleString('en-US')}, ${name}`,
        measured: `${fixed(growth, 2)}x`,
        pass: growth <= 1.2,
        miss: `${fixed(growth / 1.2, 2)}x over the target`,
      });
    }
  }
  console.log();
  const pooledRows: string[][] = [];
  for (const r of figures)
    for (const p of r.pooled)
      pooledRows.push([
        r.size.toLocaleString('en-US'),
        String(p.workers),
        ...[p.stream, p.cli].map(
          (t, i) =>
            `${cell(t)}${t.mainCpuMs === undefined ? '' : `, main thread ${fixed(t.mainCpuMs, 0)}`}; wall ${ratio(t.wallMs, (i === 0 ? r.stream : r.cli).wallMs)} of one thread's`,
        ),
      ]);
  if (rows.length > 0) {
    console.log(
      "The same rosters with worker threads (CPU of all threads, wall in brackets, main thread's CPU; wall against the one-thread run above):",
    );
    console.log(table(['profiles', 'workers', 'screenRosterStream', 'CLI --format json'], pooledRows));
    console.log();
  }
  return figures.at(-1);
}

async function main(): Promise<void> {
  // `--store [sqlite,postgres] [--size …]`: the stored link index alone (bench/link-store.ts).
  if (process.argv.includes('--store'))
    return (await import('./link-store.js')).storeBench(process.argv.slice(2));
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`# hirescreen bench ${options.quick ? '(quick smoke)' : ''}`);
  console.log(
    `node ${process.version}, ${cpus().length} cores (${cpu}), ${mb(totalmem())} RAM, load ${loadavg()
      .map((l) => fixed(l, 2))
      .join(' ')} at start, seed ${options.seed}`,
  );
  console.log('Figures move 20-30% between runs on a shared machine.\n');
  const targets: TargetResult[] = [];
  const printIpIntel = async () => {
    console.log('## IP intelligence lookups (bench/ip-intel.ts)');
    const report = ipIntelReport(
      await ipIntelSection({
        ...(options.quick && { ranges: 40_000, networks: 10_000, lookups: 100_000 }),
        ...(options.ipDataFrom !== undefined && { dataFrom: options.ipDataFrom }),
      }),
    );
    console.log(`${report.text}\n`);
    targets.push(...report.targets);
  };
  if (options.ipIntel) {
    await printIpIntel();
    console.log(
      table(
        ['target', 'measured', 'result'],
        targets.map((t) => [t.target, t.measured, t.pass ? 'PASS' : `FAIL (${t.miss})`]),
      ),
    );
    console.log(`wall time ${fixed((Date.now() - started) / 1000, 0)} s`);
    return;
  }
  if (options.quality) {
    await printQuality(options.sizes[0] as number, options.seed);
    console.log(`wall time ${fixed((Date.now() - started) / 1000, 0)} s`);
    return;
  }
  if (options.rosterOnly) {
    await printRosters(
      options.sizes.filter((size) => size <= 100_000),
      options,
      targets,
    );
    console.log(`wall time ${fixed((Date.now() - started) / 1000, 0)} s`);
    return;
  }
  const small = options.quick ? 2_000 : 10_000;
  const rosterSizes = options.sizes.filter((size) => size <= 100_000);
  const indexSize = options.quick ? 2_000 : options.sizes.find((size) => size >= 1_000_000);

  let largest: RosterFigures | undefined;
  // The 10k per-profile sections run first, on a heap the large rosters have not yet filled.
  if (options.sizes.some((size) => size <= 100_000)) {
    console.log(
      `## Per-profile rule subset: hirescreen vs json-rules-engine (${small.toLocaleString('en-US')} profiles)`,
    );
    const r = await rulesEngineSection(small, options.seed);
    console.log(
      `rules: ${r.ruleIds.join(', ')}${r.missing.length ? ` (not in the tree yet: ${r.missing.join(', ')})` : ''}`,
    );
    console.log(
      table(
        ['engine', 'time', 'profiles/s', 'vs hirescreen'],
        [
          [
            'hirescreen screen() (validation + rules + scoring)',
            `${fixed(r.oursMs, 0)} ms`,
            perSecond(r.profiles, r.oursMs),
            '1.0x',
          ],
          [
            'hirescreen screen() on validated profiles (rules + scoring)',
            `${fixed(r.oursValidatedMs, 0)} ms`,
            perSecond(r.profiles, r.oursValidatedMs),
            ratio(r.oursValidatedMs, r.oursMs),
          ],
          [
            "hirescreen screen(): the baseline's conditions over its precomputed facts",
            `${fixed(r.oursOnFactsMs, 0)} ms`,
            perSecond(r.profiles, r.oursOnFactsMs),
            ratio(r.oursOnFactsMs, r.oursMs),
          ],
          [
            'json-rules-engine run() on precomputed facts',
            `${fixed(r.baselineRunMs, 0)} ms`,
            perSecond(r.profiles, r.baselineRunMs),
            ratio(r.baselineRunMs, r.oursMs),
          ],
          [
            'json-rules-engine facts + run()',
            `${fixed(r.baselineWithFactsMs, 0)} ms`,
            perSecond(r.profiles, r.baselineWithFactsMs),
            ratio(r.baselineWithFactsMs, r.oursMs),
          ],
        ],
      ),
    );
    console.log(
      `profiles where json-rules-engine and hirescreen agree whether any subset rule fires: ${pct(r.factsAgreement)} on the same facts, ${pct(r.agreement)} with our full rules (normalisers and catalogs see what plain equality does not)\n`,
    );
    // Engine against engine: identical conditions over identical facts, so the rule work is equal.
    targets.push({
      target: '>= 10x json-rules-engine, same conditions over the same facts',
      measured: ratio(r.baselineRunMs, r.oursOnFactsMs),
      pass: r.baselineRunMs >= 10 * r.oursOnFactsMs,
      miss: `${fixed((10 * r.oursOnFactsMs) / r.baselineRunMs, 1)}x short of the target`,
    });
    // Our full rules do more work than the baseline's simple facts (normalisation, catalogs,
    // explanations); this row says how that compares with the baseline's extraction + run().
    targets.push({
      target: '>= 10x json-rules-engine, our full rules vs its facts + run() (validated input)',
      measured: ratio(r.baselineWithFactsMs, r.oursValidatedMs),
      pass: r.baselineWithFactsMs >= 10 * r.oursValidatedMs,
      miss: `${fixed((10 * r.oursValidatedMs) / r.baselineWithFactsMs, 1)}x short of the target`,
    });

    console.log(`## Clustering: naive pairwise vs link index (${small.toLocaleString('en-US')} profiles)`);
    const p = pairwiseSection(small, options.seed);
    console.log(
      table(
        ['method', 'time', 'groups', 'vs link index'],
        [
          [
            `naive pairwise (${p.pairs.toLocaleString('en-US')} pairs, any shared key)`,
            `${fixed(p.naiveMs, 0)} ms`,
            String(p.naiveGroups),
            ratio(p.naiveMs, p.indexMs),
          ],
          [
            'LinkIndex add + clusters() (with policies)',
            `${fixed(p.indexMs, 0)} ms`,
            String(p.indexClusters),
            '1.0x',
          ],
        ],
      ),
    );
    console.log();
  }

  if (rosterSizes.length > 0) largest = await printRosters(rosterSizes, options, targets);

  if (indexSize !== undefined) {
    // 5,000 so that the p99 is the 50th slowest screening, not a handful of outliers.
    const probes = options.quick ? 300 : 5_000;
    console.log(
      `## One screening against a ${indexSize.toLocaleString('en-US')}-profile link index (recommended rules)`,
    );
    const b = await bigIndexSection(indexSize, options.seed, probes);
    console.log(
      table(
        ['measure', 'value'],
        [
          ['validate (zod), not part of build', `${fixed(b.validateMs / 1000, 1)} s`],
          [
            'index build (add, incl. key extraction)',
            `${fixed(b.buildMs / 1000, 1)} s (${perSecond(indexSize, b.buildMs)})`,
          ],
          ['clusters()', `${fixed(b.clusterMs / 1000, 1)} s`],
          ['link index memory per profile (heap + array buffers)', `${fixed(b.heapBytesPerProfile, 0)} B`],
          ['link work alone for a new profile (all attributes), p50', `${fixed(b.linkP50Ms, 3)} ms`],
          ['link work alone, p99', `${fixed(b.linkP99Ms, 3)} ms`],
          [
            `screen() of a new profile, p50 (${b.probes} profiles, after ${b.warmUps} warm-ups)`,
            `${fixed(b.p50Ms, 3)} ms`,
          ],
          ['screen() of a new profile, p99', `${fixed(b.p99Ms, 3)} ms`],
          ['screen() of a new profile, max', `${fixed(b.maxMs, 3)} ms`],
          [
            'GC pauses while screening (scavenges; median pause); screenings a pause fell into',
            `${b.gcPauses} (${b.minorGcPauses}; ${fixed(b.gcPauseMedianMs, 2)} ms); ${b.hitByGc} (${pct(b.hitByGc / b.probes)})`,
          ],
          ['screen() p99 over screenings no GC pause fell into', `${fixed(b.p99WithoutGcMs, 3)} ms`],
        ],
      ),
    );
    console.log();
    targets.push({
      target: `p99 < 1 ms, one screening vs ${indexSize.toLocaleString('en-US')}-profile index`,
      measured: `${fixed(b.p99Ms, 3)} ms`,
      pass: b.p99Ms < 1,
      miss: `${fixed(b.p99Ms, 1)}x the target`,
    });
    targets.push({
      target: `link work p99 well under 1 ms, one new profile vs ${indexSize.toLocaleString('en-US')}-profile index`,
      measured: `${fixed(b.linkP99Ms, 3)} ms`,
      pass: b.linkP99Ms < 1,
      miss: `${fixed(b.linkP99Ms, 1)}x the target`,
    });
    targets.push({
      target: 'link index < 1 KB per profile',
      measured: `${fixed(b.heapBytesPerProfile, 0)} B`,
      pass: b.heapBytesPerProfile < 1024,
      miss: `${fixed(b.heapBytesPerProfile / 1024, 1)}x the target`,
    });
  }

  if (largest) await printQuality(largest.size, options.seed);
  await printIpIntel();

  const peak = peaks();
  console.log(
    `## Memory\npeak RSS ${mb(peak.rss)}, peak heap ${mb(peak.heap)} (sampled at the end of each phase)\n`,
  );
  console.log('## Targets');
  console.log(
    table(
      ['target', 'measured', 'result'],
      targets.map((t) => [t.target, t.measured, t.pass ? 'PASS' : `FAIL (${t.miss})`]),
    ),
  );
  console.log(
    `\nwall time ${fixed((Date.now() - started) / 1000, 0)} s, load ${loadavg()
      .map((l) => fixed(l, 2))
      .join(' ')} at end`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
