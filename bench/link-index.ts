/**
 * Link-index benchmark: `node --expose-gc --import tsx bench/link-index.ts` (plain `npx tsx` works;
 * heap figures are then noisier). Indexes synthetic profiles at two sizes (linearity), measures heap
 * bytes per profile, clustering time, the p50/p99 of one new profile's link work against the large
 * index, and a naive pairwise baseline at a small size, reported as a ratio. Never run inside Jest.
 */
import { pathToFileURL } from 'node:url';
import { extractKeys } from '../src/links/keys.js';
import { LinkIndex, type LinkIndexOptions } from '../src/links/link-index.js';
import { LINK_ATTRIBUTES } from '../src/links/lookup.js';
import type { Profile } from '../src/schema/profile.js';
import { seededRandom } from '../src/testing/seeded-random.js';

export interface LinkBenchOptions {
  sizes?: readonly number[];
  /** Profiles for the naive pairwise baseline (O(n²) comparisons). */
  baselineSize?: number;
  /** New profiles screened against the largest index for the latency percentiles. */
  probes?: number;
  /** Share of profiles carrying résumé text (MinHash adds 8 band keys and a 128-byte signature). */
  resumeShare?: number;
  hmacSecret?: string;
  seed?: number;
}

export interface LinkBenchSize {
  profiles: number;
  buildMs: number;
  microsPerProfile: number;
  heapBytesPerProfile: number | undefined;
  clusterMs: number;
  clusters: number;
}

export interface LinkBenchResult {
  sizes: LinkBenchSize[];
  probe: { profiles: number; p50Micros: number; p99Micros: number };
  baseline: { profiles: number; naiveMs: number; indexMs: number; ratio: number };
  node: string;
}

const WORDS =
  'react node typescript go python aws kubernetes docker postgres graphql payments fintech logistics api design scalable backend frontend team lead mentoring migration latency reliability testing security cloud data pipelines analytics mobile'.split(
    ' ',
  );
const STREETS = ['MAIN', 'OAK', 'MAPLE', 'CEDAR', 'PINE', 'ELM', 'LAKE', 'HILL', 'PARK', 'WASHINGTON'];

const prng = seededRandom;

/**
 * Profile `i` of a synthetic roster: every 100th block of 7 profiles is a farm sharing a shipping
 * address, account and network. Built directly as a validated Profile (the bench measures the index,
 * not zod).
 */
export function syntheticProfile(i: number, random: () => number, resumeShare: number): Profile {
  const farm = i % 700 < 7 ? Math.floor(i / 700) : -1;
  const street = `${100 + (i % 9000)} ${STREETS[i % STREETS.length]} ST`;
  const zip = String(10000 + (Math.floor(i / 9000) % 89999));
  const home = {
    purpose: 'home' as const,
    line1: street,
    city: 'Springfield',
    region: 'IL',
    postalCode: zip,
  };
  const farmAddress = {
    line1: `${farm % 9000} FARM RD`,
    city: 'Dover',
    region: 'DE',
    postalCode: String(19901 + (farm % 90)),
  };
  const words: string[] = [];
  if (random() < resumeShare)
    for (let w = 0; w < 40; w++) words.push(WORDS[Math.floor(random() * WORDS.length)] as string);
  const n = farm >= 0 ? 4_000_000 + farm : i;
  return {
    id: `p${i}`,
    organizationId: `org-${i % 50}`,
    name: { full: `Given${i} Family${i}` },
    addresses: [home],
    devices: [
      {
        id: `d${i}`,
        serial: `SN${i.toString(36).padStart(8, '0')}`,
        shippedTo: farm >= 0 ? farmAddress : home,
      },
    ],
    phones: [
      { number: `+1 312 ${200 + (Math.floor(i / 10000) % 800)} ${String(i % 10000).padStart(4, '0')}` },
    ],
    emails: [{ address: `user${i}@example.com` }],
    payroll: {
      accounts: [{ routingNumber: '021000021', accountNumber: String(1e9 + (farm >= 0 ? farm : i + 1e6)) }],
    },
    logins: [
      {
        at: '2026-01-05T14:00:00Z',
        ip: `${11 + ((n >> 16) % 200)}.${(n >> 8) & 255}.${n & 255}.${farm >= 0 ? i % 7 : 9}`,
        geo: { connectionType: 'residential' },
      },
    ],
    nationalIds: [
      {
        type: 'us-ssn',
        value: `${100 + Math.floor(i / 989_901)}-${String(1 + (Math.floor(i / 9999) % 99)).padStart(2, '0')}-${String(1 + (i % 9999)).padStart(4, '0')}`,
      },
    ],
    ...(words.length > 0 && { resumeText: words.join(' ') }),
  } as Profile;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function memory(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

function buildIndex(
  count: number,
  options: LinkBenchOptions,
  indexOptions: LinkIndexOptions,
): { index: LinkIndex; size: LinkBenchSize } {
  const random = prng(options.seed ?? 1);
  gc();
  const before = memory();
  const index = new LinkIndex(indexOptions);
  const start = performance.now();
  for (let i = 0; i < count; i++) index.add(syntheticProfile(i, random, options.resumeShare ?? 0.5));
  const buildMs = performance.now() - start;
  gc();
  const heap = (globalThis as { gc?: unknown }).gc ? (memory() - before) / count : undefined;
  const clusterStart = performance.now();
  const clusters = index.clusters().length;
  const clusterMs = performance.now() - clusterStart;
  return {
    index,
    size: {
      profiles: count,
      buildMs: Math.round(buildMs),
      microsPerProfile: Math.round((buildMs * 1000) / count),
      heapBytesPerProfile: heap === undefined ? undefined : Math.round(heap),
      clusterMs: Math.round(clusterMs),
      clusters,
    },
  };
}

/** Naive baseline: extract every profile's keys, then compare every pair's key sets. */
function naivePairwise(count: number, options: LinkBenchOptions): number {
  const random = prng(options.seed ?? 1);
  const start = performance.now();
  const sets: Set<string>[] = [];
  for (let i = 0; i < count; i++) {
    const keys = extractKeys(syntheticProfile(i, random, options.resumeShare ?? 0.5)).keys;
    sets.push(
      new Set(
        keys.map(
          (key) => `${key.attribute === 'home-address' ? 'shipping-address' : key.attribute}|${key.key}`,
        ),
      ),
    );
  }
  let links = 0;
  for (let a = 0; a < count; a++) {
    const left = sets[a] as Set<string>;
    for (let b = a + 1; b < count; b++) for (const key of sets[b] as Set<string>) if (left.has(key)) links++;
  }
  if (links < 0) throw new Error('unreachable');
  return performance.now() - start;
}

/**
 * Runs the link benchmark and returns its figures.
 *
 * @example
 * const result = await runLinkBench({ sizes: [100_000, 1_000_000] });
 */
export async function runLinkBench(options: LinkBenchOptions = {}): Promise<LinkBenchResult> {
  const sizes = options.sizes ?? [100_000, 1_000_000];
  const indexOptions: LinkIndexOptions =
    options.hmacSecret === undefined ? {} : { hmacSecret: options.hmacSecret };
  const results: LinkBenchSize[] = [];
  let largest: LinkIndex | undefined;
  for (const count of sizes) {
    largest = undefined;
    const { index, size } = buildIndex(count, options, indexOptions);
    results.push(size);
    largest = index;
  }
  const index = largest as LinkIndex;
  const profiles = sizes[sizes.length - 1] as number;
  const random = prng(99);
  const times: number[] = [];
  const probes = options.probes ?? 2000;
  for (let k = 0; k < probes; k++) {
    // Half the probes join an existing farm; the rest are fresh identities.
    const i = k % 2 === 0 ? (k % 100) * 700 + 3 : profiles + k;
    const probe = { ...syntheticProfile(i, random, options.resumeShare ?? 0.5), id: `probe-${k}` };
    const start = performance.now();
    for (const attribute of LINK_ATTRIBUTES) index.matchesFor(probe, attribute);
    index.clusterOf(probe.id);
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);

  const baselineSize = options.baselineSize ?? 10_000;
  const naiveMs = naivePairwise(baselineSize, options);
  const small = buildIndex(baselineSize, options, indexOptions).size;
  const indexMs = small.buildMs + small.clusterMs;
  return {
    sizes: results,
    probe: {
      profiles,
      p50Micros: Math.round(percentile(times, 0.5)),
      p99Micros: Math.round(percentile(times, 0.99)),
    },
    baseline: {
      profiles: baselineSize,
      naiveMs: Math.round(naiveMs),
      indexMs,
      ratio: Math.round((naiveMs / Math.max(1, indexMs)) * 10) / 10,
    },
    node: process.version,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : undefined;
  runLinkBench(sizes ? { sizes } : {}).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
