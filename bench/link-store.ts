/**
 * `npm run bench -- --store [sqlite,postgres] [--size 100k|1m]`: the stored link index.
 * For each store: build rate (validated profiles added 1,000 a transaction), bytes on disk per profile,
 * reload rate and retained memory per profile after a restart, and for 1,000 new hires the p50/p99 of
 * the link work for one new profile (every attribute's matches, in memory) and of adding it (one
 * transaction). PostgreSQL needs HIRESCREEN_PG_URL or scripts/pg-test-server.sh.
 *
 * Plain Node via tsx only; figures move 20-30 % between runs on a shared 2-core machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { LinkEntry } from '../src/links/link-entry.js';
import { LinkIndex } from '../src/links/link-index.js';
import { LINK_ATTRIBUTES, type LinkAttribute } from '../src/links/lookup.js';
import { StoredLinkIndex } from '../src/links/stored-link-index.js';
import type { LinkStore } from '../src/links/stores/link-store.js';
import { PostgresLinkStore } from '../src/links/stores/postgres-link-store.js';
import { SqliteLinkStore } from '../src/links/stores/sqlite-link-store.js';
import { parseProfile } from '../src/schema/parse.js';
import type { Profile } from '../src/schema/profile.js';
import { seededRandom } from '../src/testing/seeded-random.js';
import { syntheticProfile } from './link-index.js';
import { fixed, mb, now, perSecond, quantile, retainedHeap, table } from './_lib/measure.js';
import { generateScenario, parseSize } from './scenario/generate.js';

const BATCH = 1_000;

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const PROBES = 1_000;

interface StoreFigures {
  store: string;
  profiles: number;
  buildMs: number;
  /** This process's CPU time for the build: on a loaded machine wall time mostly measures the queue. */
  buildCpuMs: number;
  bytes: number;
  loadMs: number;
  heapPerProfile: number;
  linkP50: number;
  linkP99: number;
  /** The link work's p99 in CPU time of this process: what preemption by other jobs does not inflate. */
  linkCpuP99: number;
  /** The link work's p99 over the samples no GC pause overlapped. */
  linkNoGcP99: number;
  /** Samples a GC pause overlapped, and how many of the slowest 1 % those were. */
  gcOverlapped: number;
  tailWithGc: number;
  /** Samples during which the process was preempted (involuntary context switch), and of the top 1 %. */
  preempted: number;
  tailPreempted: number;
  /** The link work's p99 over the samples neither a GC pause nor a preemption touched. */
  linkUndisturbedP99: number;
  /** For the slowest 1 %: the attribute that took longest, counted. */
  tailPhases: Record<string, number>;
  addP50: number;
  addP99: number;
}

interface GcPause {
  start: number;
  end: number;
}

/** Records every GC pause (start and end in `performance.now()` time) while `run` runs. */
async function withGcPauses<T>(run: () => Promise<T>): Promise<{ result: T; pauses: GcPause[] }> {
  const pauses: GcPause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const result = await run();
  // GC entries are delivered asynchronously: let the last ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { result, pauses };
}

interface LinkSample {
  start: number;
  wall: number;
  cpu: number;
  /** Whether the kernel took the CPU away during the sample (an involuntary context switch). */
  preempted: boolean;
  /** The attribute whose matches took longest in this sample. */
  slowest: LinkAttribute;
}

function pgUrl(): string | undefined {
  if (process.env.HIRESCREEN_PG_URL) return process.env.HIRESCREEN_PG_URL;
  const started = spawnSync(
    'bash',
    ['scripts/pg-test-server.sh', 'start', join(tmpdir(), 'hirescreen-pg-bench'), '54331'],
    {
      encoding: 'utf8',
    },
  );
  return started.status === 0 ? started.stdout.trim() : undefined;
}

async function bytesOf(open: () => Promise<LinkStore>): Promise<number> {
  const store = await open();
  const { bytes } = await store.stats();
  await store.close();
  return bytes ?? 0;
}

/** Builds the store from the scenario's profiles, closes it, and returns the build's figures. */
async function build(
  open: () => Promise<LinkStore>,
  size: number,
  seed: number,
): Promise<{ buildMs: number; buildCpuMs: number; bytes: number }> {
  const links = await StoredLinkIndex.open(await open());
  let buildMs = 0;
  let buildCpuMs = 0;
  let batch: Profile[] = [];
  const flush = async (): Promise<void> => {
    const start = now();
    const cpu = cpuMs();
    await links.add(batch);
    buildMs += now() - start;
    buildCpuMs += cpuMs() - cpu;
    batch = [];
  };
  for (const { profile } of generateScenario({ size, seed })) {
    batch.push(parseProfile(profile));
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  await links.store.compact();
  const bytes = (await links.stats()).bytes ?? 0;
  await links.close();
  return { buildMs, buildCpuMs, bytes };
}

async function measure(
  name: string,
  open: () => Promise<LinkStore>,
  size: number,
  seed: number,
  built = false,
  gapMs = 0,
): Promise<StoreFigures> {
  const { buildMs, buildCpuMs, bytes } = built
    ? { buildMs: Number.NaN, buildCpuMs: Number.NaN, bytes: await bytesOf(open) }
    : await build(open, size, seed);
  // Measured with the built index out of reach: what a restarted server holds.
  const before = retainedHeap();
  let start = now();
  const links = await StoredLinkIndex.open(await open());
  const loadMs = now() - start;
  const heapPerProfile = (retainedHeap() - before) / size;

  const newcomers = [...generateScenario({ size: PROBES * 2, seed: seed + 1, idPrefix: 'new' })].map(
    (record) => parseProfile(record.profile),
  );
  // Warm-up: V8 optimises the lookup and insert paths over the first few hundred calls.
  for (const profile of newcomers.slice(0, PROBES)) links.linksFor(profile);
  const addSamples: number[] = [];
  // The link work as `linksFor` does it (every attribute's matches, in LINK_ATTRIBUTES order), timed per
  // attribute so the slowest samples can say where their time went; the first call also extracts keys.
  const { result: linkSamples, pauses } = await withGcPauses(async () => {
    const samples: LinkSample[] = [];
    for (const profile of newcomers.slice(PROBES)) {
      const switches = process.resourceUsage().involuntaryContextSwitches;
      const cpu = process.cpuUsage();
      const begin = performance.now();
      let slowest: LinkAttribute = 'shipping-address';
      let slowestMs = -1;
      let at = begin;
      for (const attribute of LINK_ATTRIBUTES) {
        links.index.matchesFor(profile, attribute);
        const after = performance.now();
        if (after - at > slowestMs) {
          slowestMs = after - at;
          slowest = attribute;
        }
        at = after;
      }
      const used = process.cpuUsage(cpu);
      samples.push({
        start: begin,
        wall: at - begin,
        cpu: (used.user + used.system) / 1000,
        preempted: process.resourceUsage().involuntaryContextSwitches > switches,
        slowest,
      });
      start = now();
      await links.add(profile);
      addSamples.push(now() - start);
      // A server waits for its next request between candidates; back to back (`--gap 0`), a process
      // that never sleeps is preempted mid-lookup on a busy machine, which the wall time then counts.
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    return samples;
  });
  await links.close();
  const overlapsGc = (sample: LinkSample): boolean =>
    pauses.some((pause) => pause.start < sample.start + sample.wall && pause.end > sample.start);
  const walls = linkSamples.map((sample) => sample.wall);
  const p99 = quantile(walls, 0.99);
  const tail = linkSamples.filter((sample) => sample.wall >= p99);
  const tailPhases: Record<string, number> = {};
  for (const sample of tail) tailPhases[sample.slowest] = (tailPhases[sample.slowest] ?? 0) + 1;
  const calm = linkSamples.filter((sample) => !overlapsGc(sample));
  const undisturbed = calm.filter((sample) => !sample.preempted);
  return {
    store: name,
    profiles: size,
    buildMs,
    buildCpuMs,
    bytes,
    loadMs,
    heapPerProfile,
    linkP50: quantile(walls, 0.5),
    linkP99: p99,
    linkCpuP99: quantile(
      linkSamples.map((sample) => sample.cpu),
      0.99,
    ),
    linkNoGcP99: quantile(
      calm.map((sample) => sample.wall),
      0.99,
    ),
    linkUndisturbedP99: quantile(
      undisturbed.map((sample) => sample.wall),
      0.99,
    ),
    gcOverlapped: linkSamples.length - calm.length,
    tailWithGc: tail.filter(overlapsGc).length,
    preempted: linkSamples.filter((sample) => sample.preempted).length,
    tailPreempted: tail.filter((sample) => sample.preempted).length,
    tailPhases,
    addP50: quantile(addSamples, 0.5),
    addP99: quantile(addSamples, 0.99),
  };
}

/**
 * `--writes`: the SQLite store's writes alone (`put` of `entryOf` entries for bench/link-index.ts's
 * synthetic profiles, 1,000 a transaction), CPU time per profile for every 100k: how the write cost
 * grows with the store, without key extraction, validation or the in-memory index.
 */
async function sqliteWrites(size: number, dir: string): Promise<void> {
  const store = SqliteLinkStore.open(join(dir, `writes-${size}.db`));
  const keys = new LinkIndex();
  const random = seededRandom(1);
  let batch: LinkEntry[] = [];
  let stepMs = 0;
  let stepStart = 0;
  let totalMs = 0;
  for (let i = 0; i < size; i++) {
    batch.push(keys.entryOf(syntheticProfile(i, random, 0.1), 0));
    if (batch.length < BATCH && i + 1 < size) continue;
    const cpu = cpuMs();
    await store.put(batch);
    const spent = cpuMs() - cpu;
    stepMs += spent;
    totalMs += spent;
    batch = [];
    if ((i + 1) % 100_000 === 0 || i + 1 === size) {
      console.log(
        `${(i + 1).toLocaleString('en-US')}: ${fixed((stepMs * 1000) / (i + 1 - stepStart), 1)} us per profile`,
      );
      stepMs = 0;
      stepStart = i + 1;
    }
  }
  console.log(
    `SQLite writes, ${size.toLocaleString('en-US')} profiles: ${fixed((totalMs * 1000) / size, 1)} us per profile (CPU)`,
  );
  await store.close();
}

export async function storeBench(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--store');
  const next = argv[at + 1];
  const kinds = next && !next.startsWith('--') ? next.split(',') : ['sqlite', 'postgres'];
  const sizeAt = argv.indexOf('--size');
  const sizes = sizeAt >= 0 ? (argv[sizeAt + 1] ?? '').split(',').map(parseSize) : [100_000];
  // `--gap <ms>`: a pause between one candidate's add and the next one's link work, as requests arrive.
  const gapAt = argv.indexOf('--gap');
  const gapMs = gapAt >= 0 ? Number(argv[gapAt + 1]) : 0;
  const writersAt = argv.indexOf('--writers');
  // Four app servers adding at once to the PostgreSQL store, after its measurement; `--writers 0` skips it.
  const writers = writersAt >= 0 ? Number(argv[writersAt + 1]) : 4;
  // `--dir <path>`: keep the SQLite files there, and reuse one already built (its build is not timed).
  const dirAt = argv.indexOf('--dir');
  const keptDir = dirAt >= 0 ? argv[dirAt + 1] : undefined;
  const dir = keptDir ?? mkdtempSync(join(tmpdir(), 'hirescreen-store-bench-'));
  if (argv.includes('--writes')) {
    try {
      for (const size of sizes) await sqliteWrites(size, dir);
    } finally {
      if (!keptDir) rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const rows: StoreFigures[] = [];
  const writes: ConcurrentFigures[] = [];
  try {
    for (const size of sizes)
      for (const kind of kinds) {
        if (kind === 'sqlite') {
          const path = join(dir, `links-${size}.db`);
          rows.push(
            await measure('SQLite', async () => SqliteLinkStore.open(path), size, 1, existsSync(path), gapMs),
          );
        } else if (kind === 'postgres') {
          const url = pgUrl();
          if (!url) {
            console.log('PostgreSQL: not run (no HIRESCREEN_PG_URL and no server could be started)');
            continue;
          }
          const schema = `bench_${size}_${Date.now().toString(36)}`;
          rows.push(
            await measure('PostgreSQL', () => PostgresLinkStore.open(url, { schema }), size, 1, false, gapMs),
          );
          if (writers > 0) writes.push(await concurrentAdds(url, schema, size, writers));
        } else throw new Error(`unknown store ${kind}; use sqlite,postgres`);
        const row = rows[rows.length - 1] as StoreFigures;
        console.log(`${row.store} ${row.profiles}: done`, JSON.stringify(row));
      }
  } finally {
    if (!keptDir) rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    table(
      [
        'store',
        'profiles',
        'build',
        'on disk / profile',
        'reload',
        'memory / profile',
        'link work p50 / p99',
        'link p99: CPU; no GC; no GC or preemption',
        'samples with GC; preempted (of top 1 %)',
        'add one p50 / p99',
      ],
      rows.map((r) => [
        r.store,
        r.profiles.toLocaleString('en-US'),
        `${perSecond(r.profiles, r.buildMs)}; ${perSecond(r.profiles, r.buildCpuMs)}`,
        `${Math.round(r.bytes / r.profiles)} B (${mb(r.bytes)})`,
        `${fixed(r.loadMs / 1000, 1)} s (${perSecond(r.profiles, r.loadMs)})`,
        `${Math.round(r.heapPerProfile)} B`,
        `${fixed(r.linkP50, 3)} / ${fixed(r.linkP99, 3)} ms`,
        `${fixed(r.linkCpuP99, 3)}; ${fixed(r.linkNoGcP99, 3)}; ${fixed(r.linkUndisturbedP99, 3)} ms`,
        `${r.gcOverlapped} (${r.tailWithGc}); ${r.preempted} (${r.tailPreempted})`,
        `${fixed(r.addP50, 3)} / ${fixed(r.addP99, 3)} ms`,
      ]),
    ),
  );
  for (const w of writes)
    console.log(
      `PostgreSQL, ${w.writers} processes adding at once onto ${w.before.toLocaleString('en-US')} profiles: ` +
        `${w.added.toLocaleString('en-US')} profiles one per transaction in ${fixed(w.wallMs / 1000, 1)} s ` +
        `(${perSecond(w.added, w.wallMs)}); postings ${w.postingsGained.toLocaleString('en-US')} gained, ` +
        `${w.postingsSent.toLocaleString('en-US')} sent: ${w.postingsGained === w.postingsSent && w.profilesGained === w.added ? 'none lost or duplicated' : 'MISMATCH'}`,
    );
}

interface ConcurrentFigures {
  writers: number;
  before: number;
  added: number;
  wallMs: number;
  profilesGained: number;
  postingsSent: number;
  postingsGained: number;
}

/** New hires each writer process adds, one `put` (transaction) each, as an app server does. */
const WRITER_PROFILES = 1_000;

/**
 * `writers` processes each put WRITER_PROFILES new profiles into one PostgreSQL store at once (the
 * store's writes only: a writer does not load the store first), then the store's counts are checked
 * against what they sent: every profile and posting arrived, none twice.
 */
async function concurrentAdds(
  url: string,
  schema: string,
  size: number,
  writers: number,
): Promise<ConcurrentFigures> {
  const store = await PostgresLinkStore.open(url, { schema });
  const before = await store.stats();
  const start = now();
  const sent = await Promise.all(
    Array.from({ length: writers }, (_, k) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'bench/link-store.ts', '--writer', url, schema, String(k)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      return new Promise<number>((resolve, reject) =>
        child.on('exit', (code) =>
          code === 0 ? resolve(Number(out.trim())) : reject(new Error(`writer ${k} exited ${code}`)),
        ),
      );
    }),
  );
  const wallMs = now() - start;
  const after = await store.stats();
  await store.close();
  return {
    writers,
    before: size,
    added: writers * WRITER_PROFILES,
    wallMs,
    profilesGained: after.profiles - before.profiles,
    postingsSent: sent.reduce((sum, count) => sum + count, 0),
    postingsGained: after.postings - before.postings,
  };
}

/** One writer process: puts its profiles one transaction each and prints how many postings it sent. */
async function writer(url: string, schema: string, k: number): Promise<void> {
  const store = await PostgresLinkStore.open(url, { schema, connections: 1 });
  const keys = new LinkIndex();
  let postings = 0;
  for (const { profile } of generateScenario({ size: WRITER_PROFILES, seed: 100 + k, idPrefix: `w${k}-` })) {
    const entry = keys.entryOf(parseProfile(profile), Date.now());
    postings += entry.keys.length;
    await store.put([entry]);
  }
  await store.close();
  process.stdout.write(`${postings}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === '--writer') {
  const [url, schema, k] = process.argv.slice(3) as [string, string, string];
  await writer(url, schema, Number(k));
}
