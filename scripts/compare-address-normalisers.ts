/**
 * Measures our address normaliser against parse-address (a dev-only baseline) on the variant
 * corpus: accuracy per category, then the time for 100k one-line inputs.
 *
 * Run: npx tsx scripts/compare-address-normalisers.ts
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { addressKey, type AddressInput } from '../src/normalize/address.js';
import {
  MUST_DIFFER,
  SAME_GROUPS,
  type VariantCategory,
} from '../test/normalize/fixtures/address-variants.js';

type Keyer = (input: string | AddressInput) => string | undefined;

interface ParsedLocation {
  number?: string;
  prefix?: string;
  street?: string;
  type?: string;
  suffix?: string;
  sec_unit_type?: string;
  sec_unit_num?: string;
  zip?: string;
}

const require = createRequire(import.meta.url);
const parseAddress = require('parse-address') as { parseLocation(text: string): ParsedLocation | null };

const oneLine = (input: string | AddressInput): string =>
  typeof input === 'string'
    ? input
    : [
        input.line1,
        input.line2,
        input.city,
        [input.region, input.postalCode].filter(Boolean).join(' '),
        input.country,
      ]
        .filter(Boolean)
        .join(', ');

// parse-address is given the fields joined into one line; its unit type is left out of the key so it is
// not penalised for "Apt" vs "Unit" where our key uses one class.
const parseAddressKey: Keyer = (input) => {
  const p = parseAddress.parseLocation(oneLine(input));
  if (!p) return undefined;
  return [p.zip, p.number, p.prefix, p.street, p.type, p.suffix, p.sec_unit_num]
    .map((part) => (part ?? '').toUpperCase())
    .join('|');
};

const candidates: readonly (readonly [string, Keyer])[] = [
  ['hirescreen normalizeAddress', (input) => addressKey(input)],
  ['parse-address 1.1.2', parseAddressKey],
];

/** Variants that share the group's most common key (a key both candidates can be judged by). */
function agreeing(keyer: Keyer, variants: readonly (string | AddressInput)[]): number {
  const counts = new Map<string, number>();
  for (const variant of variants) {
    const key = keyer(variant);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

const categories = [...new Set<VariantCategory>(SAME_GROUPS.map((group) => group.category))];
const rows: string[][] = [];
for (const [name, keyer] of candidates) {
  const row = [name];
  for (const category of categories) {
    const groups = SAME_GROUPS.filter((group) => group.category === category);
    const ok = groups.reduce((sum, group) => sum + agreeing(keyer, group.variants), 0);
    const total = groups.reduce((sum, group) => sum + group.variants.length, 0);
    row.push(`${ok}/${total}`);
  }
  const apart = MUST_DIFFER.filter((pair) => {
    const a = keyer(pair.a);
    return a !== undefined && a !== keyer(pair.b);
  }).length;
  row.push(`${apart}/${MUST_DIFFER.length}`);
  rows.push(row);
}

// Wall time on a shared machine moves with its load; CPU time (user + system) moves less.
const inputs = SAME_GROUPS.flatMap((group) => group.variants.map(oneLine));
const N = 100_000;
const seconds = (values: number[]): string =>
  `${(Math.min(...values) / 1000).toFixed(2)}-${(Math.max(...values) / 1000).toFixed(2)} s`;
for (const [index, [, keyer]] of candidates.entries()) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (let i = 0; i < N; i++) keyer(inputs[i % inputs.length] as string);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - start);
  }
  rows[index]?.push(seconds(wall), seconds(cpu));
}

const header = [
  'candidate',
  ...categories.map((c) => `${c} (variants sharing a key)`),
  'must-differ kept apart',
  '100k inputs (wall)',
  '100k inputs (CPU)',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\n${SAME_GROUPS.length} same-key groups (${inputs.length} spellings), ${MUST_DIFFER.length} must-differ pairs; ` +
    `Node ${process.versions.node}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${os.platform()}, load average ${os.loadavg()[0]?.toFixed(1)}.`,
);
