/**
 * `npm run bench -- --store [sqlite,postgres] [--size 100k|1m]`: the stored link index.
 * For each store: build rate (validated profiles added 1,000 a transaction), bytes on disk per profile,
 * reload rate and retained memory per profile after a restart, and for 1,000 new hires the p50/p99 of
 * the link work for one new profile (every attribute's matches, in memory) and of adding it (one
 * transaction). PostgreSQL needs HIRESCREEN_PG_URL or scripts/pg-test-server.sh.
 *
 * Plain Node via tsx only; figures move 20-30 % between runs on a shared 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoredLinkIndex } from '../src/links/stored-link-index.js';
import type { LinkStore } from '../src/links/stores/link-store.js';
import { PostgresLinkStore } from '../src/links/stores/postgres-link-store.js';
import { SqliteLinkStore } from '../src/links/stores/sqlite-link-store.js';
import { parseProfile } from '../src/schema/parse.js';
import type { Profile } from '../src/schema/profile.js';
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
  addP50: number;
  addP99: number;
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
): Promise<StoreFigures> {
  const { buildMs, buildCpuMs, bytes } = await build(open, size, seed);
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
  const linkSamples: number[] = [];
  const addSamples: number[] = [];
  for (const profile of newcomers.slice(PROBES)) {
    start = now();
    links.linksFor(profile);
    linkSamples.push(now() - start);
    start = now();
    await links.add(profile);
    addSamples.push(now() - start);
  }
  await links.close();
  return {
    store: name,
    profiles: size,
    buildMs,
    buildCpuMs,
    bytes,
    loadMs,
    heapPerProfile,
    linkP50: quantile(linkSamples, 0.5),
    linkP99: quantile(linkSamples, 0.99),
    addP50: quantile(addSamples, 0.5),
    addP99: quantile(addSamples, 0.99),
  };
}

export async function storeBench(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--store');
  const next = argv[at + 1];
  const kinds = next && !next.startsWith('--') ? next.split(',') : ['sqlite', 'postgres'];
  const sizeAt = argv.indexOf('--size');
  const sizes = sizeAt >= 0 ? (argv[sizeAt + 1] ?? '').split(',').map(parseSize) : [100_000];
  const dir = mkdtempSync(join(tmpdir(), 'hirescreen-store-bench-'));
  const rows: StoreFigures[] = [];
  try {
    for (const size of sizes)
      for (const kind of kinds) {
        if (kind === 'sqlite') {
          const path = join(dir, `links-${size}.db`);
          rows.push(await measure('SQLite', async () => SqliteLinkStore.open(path), size, 1));
        } else if (kind === 'postgres') {
          const url = pgUrl();
          if (!url) {
            console.log('PostgreSQL: not run (no HIRESCREEN_PG_URL and no server could be started)');
            continue;
          }
          const schema = `bench_${size}_${Date.now().toString(36)}`;
          rows.push(await measure('PostgreSQL', () => PostgresLinkStore.open(url, { schema }), size, 1));
        } else throw new Error(`unknown store ${kind}; use sqlite,postgres`);
        const row = rows[rows.length - 1] as StoreFigures;
        console.log(`${row.store} ${row.profiles}: done`, JSON.stringify(row));
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
        `${fixed(r.addP50, 3)} / ${fixed(r.addP99, 3)} ms`,
      ]),
    ),
  );
}
