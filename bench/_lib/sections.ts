// The benchmark's sections. Each builds its input untimed from the seeded scenario, then times only
// the work it names, against a baseline measured in the same process on the same input.
import { createScreener } from '../../src/engine/screener.js';
import type { Decision } from '../../src/engine/types.js';
import type { LearnedStandard } from '../../src/engine/learn-baselines.js';
import type { RulesOption } from '../../src/engine/resolve-rules.js';
import { LinkIndex } from '../../src/links/link-index.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import { screenRosterStream } from '../../src/roster/screen-roster-stream.js';
import { runCli } from '../../src/cli/run-cli.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeParseProfile } from '../../src/schema/parse.js';
import { profileSchema, type Profile, type ProfileInput } from '../../src/schema/profile.js';
import { builtinRegistry } from '../../src/presets/registry.js';
import { createBaselineEngine, factsOf, SUBSET } from '../baselines/json-rules.js';
import { createFactRules } from '../baselines/fact-rules.js';
import { pairwiseClusters } from '../baselines/pairwise.js';
import { generateScenario, SCENARIO_NOW } from '../scenario/generate.js';
import { collectGarbage, cpuNow, now, quantile, retainedHeap, samplePeak } from './measure.js';
import { DEPLOYMENT_RULES } from '../scenario/deployment.js';
import { parseProfile } from '../../src/schema/parse.js';
import { LINK_ATTRIBUTES } from '../../src/links/lookup.js';
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import { timeRulesAlone, type RulesAloneTiming } from './rules-alone.js';

const AS_OF = Date.parse(SCENARIO_NOW);

function validated(input: unknown): Profile {
  const parsed = safeParseProfile(input);
  if (!parsed.success) throw new Error(`generated profile is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/** Wall and CPU milliseconds of one timed run. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
  /** CPU of the main thread alone (Linux: /proc), where workers share the work; else undefined. */
  mainCpuMs?: number;
}

/** The main thread's CPU ms from /proc (its task id is the pid), or undefined off Linux. */
function mainThreadCpu(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
    // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
    return (Number(fields?.[11]) + Number(fields?.[12])) * 10;
  } catch {
    return undefined;
  }
}

/** One worker count's whole-roster runs. */
export interface PooledFigures {
  workers: number;
  stream: Timing;
  cli: Timing;
}

export interface RosterFigures {
  size: number;
  inputMb: number;
  parse: Timing;
  /**
   * JSON.parse + zod validation of every line (zod's runtime parser, `profileSchema.safeParse`): the
   * floor of any screening that validates its input, as issue 16 defines it. Kept on the runtime parser
   * when hirescreen's own validation got a compiled fast path, so the yardstick did not move with it.
   */
  validate: Timing;
  /** JSON.parse + `safeParseProfile` (compiled fast path, unknown-key walk, freeze): what screening pays. */
  validateOurs: Timing;
  /** `screenRosterStream` over the lines, each screening consumed and dropped. */
  stream: Timing;
  /**
   * The rule checks alone, run as the stream's second pass runs them over its own index: a floor under
   * `stream` that no change outside the rules can go below (`rules-alone.ts`).
   */
  rulesAlone: RulesAloneTiming;
  /** `screenRoster` over the lines: the same stream, every screening collected. */
  collect: Timing;
  /** `hirescreen screen <file>.ndjson --format json` in process, report to a file (compact detail). */
  cli: Timing;
  /** The stream and the CLI again for each worker count asked for (`stream` and `cli` are 0 workers). */
  pooled: PooledFigures[];
  clusters: number;
  decisions: Record<Decision, number>;
}

async function timed(work: () => Promise<void> | void): Promise<Timing> {
  collectGarbage();
  const wall = now();
  const cpu = cpuNow();
  const main = mainThreadCpu();
  await work();
  const mainAfter = mainThreadCpu();
  return {
    wallMs: now() - wall,
    cpuMs: cpuNow() - cpu,
    ...(main !== undefined && mainAfter !== undefined && { mainCpuMs: mainAfter - main }),
  };
}

/** Best of two runs by CPU time: the yardsticks get their warm, fastest run. */
async function bestOfTwo(work: () => void): Promise<Timing> {
  const first = await timed(work);
  const second = await timed(work);
  return second.cpuMs < first.cpuMs ? second : first;
}

/** What the one-thread stream ended with that its rule checks run against. */
interface StreamEnd {
  index: LinkIndex | undefined;
  standards: LearnedStandard[];
}

/** The rules alone over the index and standards the timed stream ended with (`rules-alone.ts`). */
function rulesAloneAfter(
  ended: StreamEnd | undefined,
  lines: readonly string[],
  options: { now: string; rules: RulesOption },
): RulesAloneTiming {
  if (ended?.index === undefined) throw new Error('the roster stream built no link index');
  return timeRulesAlone(lines, options.rules, options.now, ended.index, ended.standards);
}

/**
 * Whole-roster screening from NDJSON text, three ways, against JSON.parse and parse + validation of the
 * same lines: the API's stream (validate, index, cluster, screen every profile with the `recommended`
 * rules against the roster's index, each screening dropped as it comes), `screenRoster` (the same,
 * collected), and the CLI on the same lines in a file (read twice, JSON report written to a file).
 */
export async function rosterSection(
  size: number,
  seed: number,
  workerCounts: readonly number[] = [],
): Promise<RosterFigures> {
  collectGarbage(); // start from a clean heap, not the previous section's garbage
  const lines: string[] = [];
  let bytes = 0;
  for (const { profile } of generateScenario({ size, seed })) {
    const line = JSON.stringify(profile);
    bytes += line.length;
    lines.push(line);
  }
  let sink = 0;
  const parse = await bestOfTwo(() => {
    for (const line of lines) sink += (JSON.parse(line) as { id: string }).id.length;
  });
  let rejected = 0;
  const validate = await bestOfTwo(() => {
    for (const line of lines) if (!profileSchema.safeParse(JSON.parse(line)).success) rejected += 1;
  });
  const validateOurs = await bestOfTwo(() => {
    for (const line of lines) if (!safeParseProfile(JSON.parse(line)).success) rejected += 1;
  });
  if (rejected > 0) throw new Error(`${rejected} generated profiles are invalid`);
  const parsed = function* (): Generator<unknown> {
    for (const line of lines) yield JSON.parse(line) as unknown;
  };
  // In one thread: the yardstick the targets are set against; the pool's rows come after.
  const options = { now: SCENARIO_NOW, rules: DEPLOYMENT_RULES, workers: 0 };
  // Untimed warm-up on the first lines: the method timed first must not pay for the rules' tier-up alone
  // (at 10k, timed first without it, the stream took 10.4 s of CPU and screenRoster after it 7.0 s, for
  // the same work and more).
  for await (const item of screenRosterStream(
    lines.slice(0, 2_000).map((line) => JSON.parse(line) as unknown),
    options,
  )) {
    if (item.kind === 'reject') throw new Error(`generated profile ${item.reject.position} was rejected`);
  }
  let clusters = 0;
  let decisions: Record<Decision, number> = { clear: 0, review: 0, escalate: 0 };
  // Kept from the one-thread run alone, for the rule checks after it, and dropped before the next run.
  let ended: StreamEnd | undefined;
  const streamWith = (workers: number): Promise<Timing> =>
    timed(async () => {
      for await (const item of screenRosterStream(parsed(), { ...options, workers })) {
        if (item.kind === 'reject') throw new Error(`generated profile ${item.reject.position} was rejected`);
        if (item.kind === 'end') {
          if (item.workers !== workers) throw new Error(`asked for ${workers} workers, ran ${item.workers}`);
          clusters = item.summary.clusters;
          decisions = item.summary.decisions;
          if (workers === 0) ended = { index: item.index, standards: item.learned.standards };
        }
      }
    });
  const stream = await streamWith(0);
  const rulesAlone = rulesAloneAfter(ended, lines, options);
  ended = undefined; // the later runs must not share the heap with this index
  const pooledStreams = new Map<number, Timing>();
  for (const workers of workerCounts) pooledStreams.set(workers, await streamWith(workers));
  samplePeak();
  const collect = await timed(async () => {
    const result = await screenRoster(parsed(), options);
    samplePeak();
    if (result.summary.screened !== size) throw new Error('screenRoster lost profiles');
  });
  const dir = mkdtempSync(join(tmpdir(), 'hirescreen-bench-'));
  try {
    const file = join(dir, 'roster.ndjson');
    const config = join(dir, 'config.json');
    writeFileSync(file, `${lines.join('\n')}\n`);
    writeFileSync(config, JSON.stringify(DEPLOYMENT_RULES));
    lines.length = 0; // the CLI reads the file; the lines' memory is not part of its run
    const args = ['screen', file, '--format', 'json', '--config', config, '--as-of', SCENARIO_NOW];
    const cliWith = (workers: number): Promise<Timing> =>
      timed(async () => {
        const code = await runCli(
          [...args, '--workers', String(workers), '--output', join(dir, 'report.json')],
          { stdout: () => {}, stderr: (text) => process.stderr.write(text) },
        );
        if (code !== 0) throw new Error(`hirescreen screen exited ${code}`);
      });
    const cli = await cliWith(0);
    samplePeak();
    const pooled: PooledFigures[] = [];
    for (const workers of workerCounts) {
      pooled.push({ workers, stream: pooledStreams.get(workers) as Timing, cli: await cliWith(workers) });
      samplePeak();
    }
    if (sink < 0) console.log(sink);
    return {
      size,
      inputMb: bytes / 2 ** 20,
      parse,
      validate,
      validateOurs,
      stream,
      rulesAlone,
      collect,
      cli,
      pooled,
      clusters,
      decisions,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RulesEngineFigures {
  profiles: number;
  ruleIds: string[];
  missing: string[];
  oursMs: number;
  /** Rules and scoring only, on profiles validated beforehand. */
  oursValidatedMs: number;
  /** The baseline's conditions over its own precomputed facts, as hirescreen rules: engine vs engine. */
  oursOnFactsMs: number;
  baselineRunMs: number;
  baselineWithFactsMs: number;
  /** Profiles on which our full rules and the baseline agree that at least one subset rule fires. */
  agreement: number;
  /** The same, between the baseline and our rules over its facts (1 unless an engine is wrong). */
  factsAgreement: number;
}

/** Best of `rounds` timed runs of `work`, in ms: both engines get their warm, fastest run. */
async function bestOf(rounds: number, work: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = now();
    await work();
    best = Math.min(best, now() - start);
  }
  return best;
}

/**
 * The same per-profile rule subset in hirescreen and in json-rules-engine: our full rules (on raw and on
 * validated input), the baseline's conditions over its precomputed facts in both engines, and the
 * baseline with its fact extraction timed.
 */
export async function rulesEngineSection(size: number, seed: number): Promise<RulesEngineFigures> {
  collectGarbage(); // start from a clean heap, not the previous section's garbage
  const known = new Set(builtinRegistry().rules.map((rule) => rule.id));
  const ruleIds = SUBSET.map((entry) => entry.ruleId).filter((id) => known.has(id));
  const missing = SUBSET.map((entry) => entry.ruleId).filter((id) => !known.has(id));
  const inputs = [...generateScenario({ size, seed })].map((record) => record.profile);
  const facts = inputs.map((input) => factsOf(input, AS_OF));
  const validated = inputs.map((input) => parseProfile(input));
  const factsByProfile = new WeakMap(
    validated.map((profile, i) => [profile, facts[i] as Record<string, unknown>]),
  );
  const screener = createScreener({
    rules: { rules: Object.fromEntries(ruleIds.map((id) => [id, 'on' as const])) },
    now: SCENARIO_NOW,
  });
  const factRules = createFactRules(factsByProfile);
  const factScreener = createScreener({
    rules: {
      plugins: factRules,
      rules: Object.fromEntries(factRules.map((rule) => [rule.id, 'on' as const])),
    },
    now: SCENARIO_NOW,
  });
  const engine = createBaselineEngine(new Set(ruleIds));
  const oursFired: boolean[] = [];
  const oursOnFactsFired: boolean[] = [];
  const theirsFired: boolean[] = [];
  // Warm every path up on a slice so none pays for JIT compilation in the timed loops.
  for (let i = 0; i < 1_000 && i < size; i++) {
    await screener.screen(inputs[i] as ProfileInput);
    await screener.screen(validated[i] as Profile);
    await factScreener.screen(validated[i] as Profile);
    await engine.run(facts[i] as Record<string, unknown>);
  }

  for (const profile of validated) oursFired.push((await screener.screen(profile)).findings.length > 0);
  for (const profile of validated)
    oursOnFactsFired.push((await factScreener.screen(profile)).findings.length > 0);
  for (const fact of facts) theirsFired.push((await engine.run(fact)).events.length > 0);

  const oursMs = await bestOf(2, async () => {
    for (const input of inputs) await screener.screen(input);
  });
  const oursValidatedMs = await bestOf(2, async () => {
    for (const profile of validated) await screener.screen(profile);
  });
  const oursOnFactsMs = await bestOf(2, async () => {
    for (const profile of validated) await factScreener.screen(profile);
  });
  const baselineRunMs = await bestOf(2, async () => {
    for (const fact of facts) await engine.run(fact);
  });
  const baselineWithFactsMs = await bestOf(2, async () => {
    for (const input of inputs) await engine.run(factsOf(input, AS_OF));
  });
  samplePeak();
  const share = (ours: boolean[]) => ours.filter((fired, i) => fired === theirsFired[i]).length / size;
  return {
    profiles: size,
    ruleIds,
    missing,
    oursMs,
    oursValidatedMs,
    oursOnFactsMs,
    baselineRunMs,
    baselineWithFactsMs,
    agreement: share(oursFired),
    factsAgreement: share(oursOnFactsFired),
  };
}

export interface PairwiseFigures {
  profiles: number;
  pairs: number;
  naiveMs: number;
  naiveGroups: number;
  indexMs: number;
  indexClusters: number;
}

/** Naive pairwise clustering vs the link index (build + cluster), both including key extraction. */
export function pairwiseSection(size: number, seed: number): PairwiseFigures {
  collectGarbage(); // start from a clean heap, not the previous section's garbage
  const profiles = [...generateScenario({ size, seed })].map((record) => validated(record.profile));
  let start = now();
  const naive = pairwiseClusters(profiles);
  const naiveMs = now() - start;
  start = now();
  const index = new LinkIndex();
  for (const profile of profiles) index.add(profile);
  const clusters = index.clusters();
  const indexMs = now() - start;
  samplePeak();
  return {
    profiles: size,
    pairs: naive.pairs,
    naiveMs,
    naiveGroups: naive.clusters,
    indexMs,
    indexClusters: clusters.length,
  };
}

export interface BigIndexFigures {
  profiles: number;
  validateMs: number;
  buildMs: number;
  clusterMs: number;
  heapBytesPerProfile: number;
  probes: number;
  warmUps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** GC pauses (PerformanceObserver 'gc' entries) while the screenings ran. */
  gcPauses: number;
  /** Of those, young-generation scavenges. */
  minorGcPauses: number;
  gcPauseMedianMs: number;
  /** Probes whose screening a GC pause fell into. */
  hitByGc: number;
  /** p99 over the probes no GC pause fell into. */
  p99WithoutGcMs: number;
  linkP50Ms: number;
  linkP99Ms: number;
}

/**
 * Builds the link index over `size` generated profiles in batches (generation and validation untimed
 * and never all in memory), then screens new profiles one at a time against it with the recommended
 * rules and times each `screener.screen`.
 */
export async function bigIndexSection(size: number, seed: number, probes: number): Promise<BigIndexFigures> {
  const before = retainedHeap();
  const index = new LinkIndex();
  let buildMs = 0;
  let validateMs = 0;
  let batch: unknown[] = [];
  const flush = (): void => {
    let start = now();
    const profiles = batch.map(validated);
    validateMs += now() - start;
    start = now();
    for (const profile of profiles) index.add(profile);
    buildMs += now() - start;
    batch = [];
  };
  for (const { profile } of generateScenario({ size, seed })) {
    batch.push(profile);
    if (batch.length === 10_000) flush();
  }
  flush();
  samplePeak();
  const heapBytesPerProfile = (retainedHeap() - before) / size;
  const start = now();
  index.clusters();
  const clusterMs = now() - start;
  samplePeak();

  const screener = createScreener({ links: index, now: SCENARIO_NOW, rules: DEPLOYMENT_RULES });
  // A service screens thousands of profiles before its latency matters. V8 keeps optimising functions
  // (rules' rarer branches) for the first few thousand screenings, and while it does, 3-13 % of
  // screenings take over 1 ms with no GC pause in them (--trace-opt, per 1,000 screenings from a fresh
  // process: 125, 67, 55, 22, 15, then under 10 compilations; 128, 45, 33, then 1-3 such screenings).
  const warmUps = Math.min(5_000, probes);
  const newcomers = [...generateScenario({ size: probes + warmUps, seed: seed + 1, idPrefix: 'new' })].map(
    (record) => record.profile,
  );
  for (const input of newcomers.slice(0, warmUps)) await screener.screen(input);
  const timed = newcomers.slice(warmUps);

  // Link work alone (issue: "well under a millisecond"): every attribute's lookup for a new profile. Its
  // own loop, so that its validation garbage is not collected inside the screenings timed below.
  const linkSamples: number[] = [];
  for (const profile of timed.map((input) => parseProfile(input))) {
    const start = now();
    for (const attribute of LINK_ATTRIBUTES) index.matchesFor(profile, attribute);
    linkSamples.push(now() - start);
  }

  // No collection here: after a full GC of the million-profile heap, V8 sweeps it concurrently, and the
  // screenings meanwhile were slower (measured: 75 over 1 ms without a pause, against 21 without it).
  const pauses: Array<{ start: number; end: number; kind: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration, kind });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const samples: number[] = [];
  const windows: Array<{ start: number; end: number }> = [];
  for (const input of timed) {
    const startedAt = performance.now();
    const start = now();
    await screener.screen(input);
    samples.push(now() - start);
    windows.push({ start: startedAt, end: performance.now() });
  }
  await new Promise((resolve) => setTimeout(resolve, 10)); // let the observer deliver the last entries
  observer.disconnect();
  // Screenings a garbage-collection pause fell into: the tail the p99 is made of.
  const hitByGc = windows.map((w) => pauses.some((p) => p.start < w.end && p.end > w.start));
  const untouched = samples.filter((_, i) => !hitByGc[i]);
  samplePeak();
  return {
    profiles: size,
    validateMs,
    buildMs,
    clusterMs,
    heapBytesPerProfile,
    probes: samples.length,
    warmUps,
    p50Ms: quantile(samples, 0.5),
    p99Ms: quantile(samples, 0.99),
    gcPauses: pauses.length,
    minorGcPauses: pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MINOR).length,
    gcPauseMedianMs: quantile(
      pauses.map((p) => p.end - p.start),
      0.5,
    ),
    hitByGc: hitByGc.filter(Boolean).length,
    p99WithoutGcMs: quantile(untouched, 0.99),
    linkP50Ms: quantile(linkSamples, 0.5),
    linkP99Ms: quantile(linkSamples, 0.99),
    maxMs: Math.max(...samples),
  };
}
