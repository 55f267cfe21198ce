/**
 * IP lookup benchmark: `npx tsx bench/ip-lookup.ts` (add `node --expose-gc --import tsx` for a clean
 * heap figure). Builds a CidrIndex over random nested IPv4 and IPv6 blocks, times lookups, and compares
 * with a linear scan using ip-address's `isInSubnet` on a small sample in the same run.
 */
import { Address4, Address6 } from 'ip-address';
import { pathToFileURL } from 'node:url';
import { CidrIndexBuilder } from '../src/intel/cidr-index.js';
import { v4Text } from '../src/intel/_lib/ip.js';
import { seededRandom } from '../src/testing/seeded-random.js';

export interface IpLookupBenchOptions {
  ranges?: number;
  lookups?: number;
  /** Share of ranges and lookups that are IPv6. */
  ipv6Share?: number;
  /** Addresses for the linear-scan baseline, which is O(ranges) per lookup. */
  baselineLookups?: number;
  seed?: number;
}

export interface IpLookupBenchResult {
  ranges: number;
  distinctRanges: number;
  segments: number;
  buildMs: number;
  heapDeltaMb: number | undefined;
  lookups: number;
  lookupsPerSecond: number;
  ipv4LookupsPerSecond: number;
  ipv6LookupsPerSecond: number;
  numericIpv4LookupsPerSecond: number;
  hitRate: number;
  baselineLookups: number;
  baselineLookupsPerSecond: number;
  speedup: number;
}

const random = seededRandom;

const int = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const u32 = (rand: () => number) => Math.floor(rand() * 4294967296);
const u64 = (rand: () => number) => (BigInt(u32(rand)) << 32n) | BigInt(u32(rand));

interface Block {
  text: string;
  v: 4 | 6;
  start: bigint;
  size: bigint;
}

/** Random blocks; about a third are carved out of an earlier block so nesting is common. */
function makeBlocks(count: number, ipv6Share: number, rand: () => number): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) {
    const v: 4 | 6 = rand() < ipv6Share ? 6 : 4;
    const parent = blocks.length > 0 && rand() < 0.35 ? blocks[int(rand, 0, blocks.length - 1)] : undefined;
    const bits = v === 4 ? 32 : 128;
    let prefix: number;
    let start: bigint;
    if (parent && parent.v === v && parent.size > 1n) {
      const parentPrefix = bits - (parent.size.toString(2).length - 1);
      prefix = int(rand, parentPrefix + 1, Math.min(bits, parentPrefix + 12));
      const size = 1n << BigInt(bits - prefix);
      start = parent.start + ((v === 4 ? BigInt(u32(rand)) : u64(rand)) % (parent.size / size)) * size;
    } else {
      prefix = v === 4 ? int(rand, 8, 30) : int(rand, 16, 64);
      const size = 1n << BigInt(bits - prefix);
      const raw = v === 4 ? BigInt(u32(rand)) : (u64(rand) << 64n) | u64(rand);
      start = (raw / size) * size;
    }
    const size = 1n << BigInt(bits - prefix);
    const address = v === 4 ? v4Text(Number(start)) : Address6.fromBigInt(start).correctForm();
    blocks.push({ text: `${address}/${prefix}`, v, start, size });
  }
  return blocks;
}

/** Half the probes fall inside a random block, half anywhere. */
function makeProbes(
  blocks: readonly Block[],
  count: number,
  ipv6Share: number,
  rand: () => number,
): string[] {
  const probes: string[] = [];
  for (let i = 0; i < count; i++) {
    const v: 4 | 6 = rand() < ipv6Share ? 6 : 4;
    const block = blocks[int(rand, 0, blocks.length - 1)] as Block;
    if (rand() < 0.5 && block.v === v) {
      const offset = (block.v === 4 ? BigInt(u32(rand)) : u64(rand)) % block.size;
      const value = block.start + offset;
      probes.push(v === 4 ? v4Text(Number(value)) : Address6.fromBigInt(value).correctForm());
    } else {
      probes.push(
        v === 4 ? v4Text(u32(rand)) : Address6.fromBigInt((u64(rand) << 64n) | u64(rand)).correctForm(),
      );
    }
  }
  return probes;
}

const gc = (globalThis as { gc?: () => void }).gc;

function perSecond(count: number, ms: number): number {
  return ms > 0 ? Math.round((count / ms) * 1000) : 0;
}

/**
 * Runs the benchmark and returns its figures; `npm run bench` can call it.
 *
 * @example
 * const result = runIpLookupBench({ ranges: 10_000, lookups: 100_000 });
 * console.log(result.lookupsPerSecond, result.speedup);
 */
export function runIpLookupBench(options: IpLookupBenchOptions = {}): IpLookupBenchResult {
  const {
    ranges = 100_000,
    lookups = 1_000_000,
    ipv6Share = 0.3,
    baselineLookups = 200,
    seed = 42,
  } = options;
  const rand = random(seed);
  const blocks = makeBlocks(ranges, ipv6Share, rand);
  const probes = makeProbes(blocks, lookups, ipv6Share, rand);

  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const builder = new CidrIndexBuilder<number>();
  blocks.forEach((block, i) => builder.addRange(block.text, i));
  const index = builder.build();
  const buildMs = performance.now() - buildStart;
  gc?.();
  const heapDeltaMb = gc ? (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 : undefined;

  let hits = 0;
  const lookupStart = performance.now();
  for (const ip of probes) if (index.lookup(ip) !== undefined) hits++;
  const lookupMs = performance.now() - lookupStart;

  const byFamily = (family: 4 | 6) => {
    const sample = probes.filter((ip) => ip.includes(':') === (family === 6));
    const start = performance.now();
    for (const ip of sample) index.lookup(ip);
    return perSecond(sample.length, performance.now() - start);
  };
  const numeric = Uint32Array.from({ length: lookups }, () => u32(rand));
  const numericStart = performance.now();
  for (const n of numeric) index.lookupIpv4(n);
  const numericMs = performance.now() - numericStart;

  const subnets = blocks.map((block) => ({
    prefix: Number(block.text.split('/')[1]),
    v: block.v,
    subnet: block.v === 4 ? new Address4(block.text) : new Address6(block.text),
  }));
  const sample = probes.slice(0, baselineLookups);
  const baselineStart = performance.now();
  for (const ip of sample) {
    const address = ip.includes(':') ? new Address6(ip) : new Address4(ip);
    const v = ip.includes(':') ? 6 : 4;
    let best = -1;
    for (const { prefix, v: family, subnet } of subnets) {
      if (family === v && prefix > best && (address as Address4).isInSubnet(subnet as Address4))
        best = prefix;
    }
  }
  const baselinePerSecond = perSecond(sample.length, performance.now() - baselineStart);
  const lookupsPerSecond = perSecond(probes.length, lookupMs);

  return {
    ranges,
    distinctRanges: index.size,
    segments: index.segmentCount,
    buildMs: Math.round(buildMs),
    heapDeltaMb: heapDeltaMb === undefined ? undefined : Math.round(heapDeltaMb * 10) / 10,
    lookups: probes.length,
    lookupsPerSecond,
    ipv4LookupsPerSecond: byFamily(4),
    ipv6LookupsPerSecond: byFamily(6),
    numericIpv4LookupsPerSecond: perSecond(numeric.length, numericMs),
    hitRate: Math.round((hits / probes.length) * 1000) / 1000,
    baselineLookups: sample.length,
    baselineLookupsPerSecond: baselinePerSecond,
    speedup: baselinePerSecond > 0 ? Math.round(lookupsPerSecond / baselinePerSecond) : 0,
  };
}

function printTable(result: IpLookupBenchResult): void {
  const rows: Array<[string, string]> = [
    ['ranges (distinct / segments)', `${result.ranges} (${result.distinctRanges} / ${result.segments})`],
    ['build', `${result.buildMs} ms`],
    [
      'heap after build',
      result.heapDeltaMb === undefined ? 'run with --expose-gc' : `${result.heapDeltaMb} MB`,
    ],
    [
      `lookups (${result.lookups}, hit rate ${result.hitRate})`,
      `${result.lookupsPerSecond.toLocaleString('en-US')} /s`,
    ],
    ['  IPv4 strings', `${result.ipv4LookupsPerSecond.toLocaleString('en-US')} /s`],
    ['  IPv6 strings', `${result.ipv6LookupsPerSecond.toLocaleString('en-US')} /s`],
    ['  IPv4 numbers (pre-parsed)', `${result.numericIpv4LookupsPerSecond.toLocaleString('en-US')} /s`],
    [
      `linear isInSubnet scan (${result.baselineLookups} lookups)`,
      `${result.baselineLookupsPerSecond.toLocaleString('en-US')} /s`,
    ],
    ['index / linear scan', `${result.speedup.toLocaleString('en-US')}x`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printTable(runIpLookupBench());
