/**
 * Address keys on a public labelled corpus nobody here wrote: the usaddress project's training files
 * (datamade/usaddress, MIT; `training/labeled.xml` and others). The corpus is not in this repository;
 * give the paths of one or more of its XML files:
 *
 *   npx tsx bench/address-corpus.ts path/to/labeled.xml [more.xml ...]
 *
 * Prints, for our `addressKey` and for parse-address (a devDependency, keyed as in
 * scripts/compare-address-normalisers.ts):
 *
 * - (a) different doors of one building that get one key: pairs of corpus addresses with the same
 *   labelled building (number, street words, ZIP or else city) and different unit identifiers, and
 *   pairs made by swapping each labelled unit identifier for another of the same shape from the corpus;
 * - (b) one door typed in the corpus's different unit spellings: each address with a labelled unit,
 *   rewritten with every spelling of its designator found in the corpus (and "#4B", bare "4B");
 * - (c) microseconds per input, both candidates in one run over every line of the files.
 */
import { createRequire } from 'node:module';
import { cpus, loadavg, platform } from 'node:os';
import { normalizeAddress } from '../src/normalize/address.js';
import { now, quantile } from './_lib/measure.js';
import { labelText, readLabelledXml, type LabelledAddress } from './_lib/usaddress-xml.js';

type Keyer = (line: string) => string | undefined;

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

// Its unit type is left out of its key so it is not penalised for "Apt" vs "Unit" (our key has one class).
const parseAddressKey: Keyer = (line) => {
  const p = parseAddress.parseLocation(line);
  if (!p) return undefined;
  return [p.zip, p.number, p.prefix, p.street, p.type, p.suffix, p.sec_unit_num]
    .map((part) => (part ?? '').toUpperCase())
    .join('|');
};
const ourKey: Keyer = (line) => normalizeAddress(line)?.fullKey;
const CANDIDATES: readonly (readonly [string, Keyer])[] = [
  ['hirescreen addressKey', ourKey],
  ['parse-address 1.1.2', parseAddressKey],
];

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  console.error('usage: npx tsx bench/address-corpus.ts <usaddress training .xml> [...]');
  process.exit(2);
}
const corpus: LabelledAddress[] = paths.flatMap(readLabelledXml);

// "#" and "No." are labelled as identifiers in the corpus but name no door.
const NOT_AN_ID = new Set(['', 'no']);
const idWords = (address: LabelledAddress) =>
  address.words.filter(
    (w) =>
      w.label === 'OccupancyIdentifier' && !NOT_AN_ID.has(w.text.toLowerCase().replace(/[^a-z0-9]/g, '')),
  );
const doorOf = (address: LabelledAddress): string =>
  labelText(address, 'OccupancyIdentifier', 'SubaddressIdentifier')
    .split(' ')
    .filter((w) => !NOT_AN_ID.has(w))
    .map((w) => w.replace(/^0+(?=\d)/, ''))
    .join(' ');
const buildingOf = (address: LabelledAddress): string => {
  const street = labelText(
    address,
    'AddressNumber',
    'StreetNamePreDirectional',
    'StreetNamePreType',
    'StreetName',
    'StreetNamePostType',
    'StreetNamePostDirectional',
  );
  const zip = labelText(address, 'ZipCode').slice(0, 5);
  return `${street}|${zip || labelText(address, 'PlaceName')}`;
};
// A swapped identifier has the shape of the one it replaces: a number for a number, a letter for a
// letter, an ordinal for an ordinal. Compass words are left out: "517 S Dixie Hwy E" and "... East" are
// one door, not two.
const COMPASS = /^(n|s|e|w|ne|nw|se|sw|north|south|east|west)$/i;
const shapeOf = (id: string): string =>
  /^\d+(st|nd|rd|th)$/i.test(id)
    ? 'ordinal'
    : /^[a-z]$/i.test(id)
      ? 'letter'
      : id.replace(/\d+/g, '9').replace(/[a-z]+/gi, 'a');

/** Replaces one labelled word's alphanumeric core, keeping the punctuation typed around it. */
function replaceWord(address: LabelledAddress, at: number, text: string, by: string): string {
  const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(text);
  const start = at + (core?.index ?? 0);
  const end = core ? start + core[0].length : at + text.length;
  return address.raw.slice(0, start) + by + address.raw.slice(end);
}

// (a) Different doors in one building.
interface Pair {
  a: string;
  b: string;
}
const natural: Pair[] = [];
const byBuilding = new Map<string, LabelledAddress[]>();
for (const address of corpus) {
  if (!labelText(address, 'AddressNumber')) continue;
  const list = byBuilding.get(buildingOf(address)) ?? [];
  list.push(address);
  byBuilding.set(buildingOf(address), list);
}
for (const list of byBuilding.values()) {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i] as LabelledAddress, list[j] as LabelledAddress];
      if (doorOf(a) && doorOf(b) && doorOf(a) !== doorOf(b)) natural.push({ a: a.raw, b: b.raw });
    }
  }
}
const idsByShape = new Map<string, string[]>();
for (const address of corpus) {
  for (const word of idWords(address)) {
    const id = word.text.replace(/[^\p{L}\p{N}-]/gu, '');
    if (COMPASS.test(id)) continue;
    const list = idsByShape.get(shapeOf(id)) ?? [];
    if (!list.some((seen) => seen.toLowerCase() === id.toLowerCase())) list.push(id);
    idsByShape.set(shapeOf(id), list);
  }
}
const swapped: Pair[] = [];
for (const [n, address] of corpus.entries()) {
  const word = idWords(address).at(-1);
  if (!word || !labelText(address, 'AddressNumber')) continue;
  const id = word.text.replace(/[^\p{L}\p{N}-]/gu, '');
  const others = (idsByShape.get(shapeOf(id)) ?? []).filter(
    (other) => other.toLowerCase().replace(/-/g, '') !== id.toLowerCase().replace(/-/g, ''),
  );
  // Up to three other identifiers, picked deterministically across the list.
  for (let k = 0; k < Math.min(3, others.length); k++) {
    const other = others[(n * 7 + k * 13) % others.length] as string;
    swapped.push({ a: address.raw, b: replaceWord(address, word.at, word.text, other) });
  }
}
const sharedKey = (keyer: Keyer, pairs: readonly Pair[]): number =>
  pairs.filter((pair) => {
    const a = keyer(pair.a);
    return a !== undefined && a === keyer(pair.b);
  }).length;

// (b) One door in the corpus's spellings. The grouping of designators is USPS Publication 28's (C2) and
// our documented classes (APT, UNIT, STE and "#" are one door); the spellings themselves are the corpus's.
const DESIGNATOR_GROUP: Readonly<Record<string, string>> = {
  apt: 'door',
  apartment: 'door',
  unit: 'door',
  ste: 'door',
  suite: 'door',
  floor: 'floor',
  flr: 'floor',
  fl: 'floor',
  room: 'room',
  rm: 'room',
};
const spellings = new Map<string, Set<string>>();
for (const address of corpus) {
  for (const word of address.words) {
    if (word.label !== 'OccupancyType') continue;
    const typed = word.text.replace(/,$/, '');
    const group = DESIGNATOR_GROUP[typed.toLowerCase().replace(/\.$/, '')];
    if (group) (spellings.get(group) ?? spellings.set(group, new Set()).get(group))?.add(typed);
  }
}
interface Door {
  variants: string[];
}
const doors: Door[] = [];
for (const address of corpus) {
  const type = address.words.find((w) => w.label === 'OccupancyType');
  const id = idWords(address).at(-1);
  const group = type && DESIGNATOR_GROUP[type.text.replace(/[.,]/g, '').toLowerCase()];
  if (!type || !id || !group || !labelText(address, 'AddressNumber')) continue;
  // The designator as the corpus typed it elsewhere ("Ste.", "SUITE", "apt"), keeping this line's comma.
  const comma = type.text.endsWith(',') ? ',' : '';
  const afterType = address.raw.slice(type.at + type.text.length);
  const variants = [...(spellings.get(group) ?? [])].map(
    (typed) => `${address.raw.slice(0, type.at)}${typed}${comma}${afterType}`,
  );
  // "#4B" and a bare "4B" for the whole unit: from the designator (or a "#" before it) to the last identifier.
  const unitWords = address.words.filter(
    (w) => w.label === 'OccupancyType' || w.label === 'OccupancyIdentifier',
  );
  const ids = unitWords.filter((w) => w.at > type.at && w.label === 'OccupancyIdentifier');
  const first = ids[0];
  const lastId = ids.at(-1);
  if (group === 'door' && first && lastId) {
    const before = address.raw.slice(0, Math.min(...unitWords.map((w) => w.at)));
    const idText = address.raw.slice(first.at, lastId.at + lastId.text.length).replace(/[,.]+$/, '');
    const after = address.raw.slice(first.at + idText.length);
    variants.push(`${before}#${idText}${after}`, `${before}${idText}${after}`);
    if (/^\d+[a-z]$/i.test(idText)) {
      variants.push(`${before}Apartment ${idText.replace(/(\d)(?=[a-z])/i, '$1-')}${after}`);
    }
  }
  doors.push({ variants: [...new Set([address.raw, ...variants])] });
}
const alike = (keyer: Keyer, door: Door): number => {
  const counts = new Map<string, number>();
  for (const variant of door.variants) {
    const key = keyer(variant);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
};

// Units dropped outright: a labelled unit, and a key with none.
const unitBearing = corpus.filter(
  (a) => idWords(a).length > 0 && labelText(a, 'AddressNumber') && !labelText(a, 'USPSBoxID'),
);
const dropped = unitBearing.filter((a) => {
  const n = normalizeAddress(a.raw);
  return n !== undefined && n.kind === 'street' && n.fullKey === n.buildingKey;
});

const pct = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${part}/${whole} (${((part / whole) * 100).toFixed(1)} %)`;
console.log(`corpus: ${corpus.length} addresses from ${paths.map((p) => p.split('/').at(-1)).join(', ')}\n`);
console.log(
  '| candidate | (a) doors sharing a key, corpus pairs | (a) doors sharing a key, swapped ids | (b) spellings keyed alike | (b) doors with every spelling alike |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const [name, keyer] of CANDIDATES) {
  const variantTotal = doors.reduce((sum, door) => sum + door.variants.length, 0);
  const variantAlike = doors.reduce((sum, door) => sum + alike(keyer, door), 0);
  const allAlike = doors.filter((door) => alike(keyer, door) === door.variants.length).length;
  console.log(
    `| ${name} | ${pct(sharedKey(keyer, natural), natural.length)} | ${pct(sharedKey(keyer, swapped), swapped.length)} | ${pct(variantAlike, variantTotal)} | ${pct(allAlike, doors.length)} |`,
  );
}
console.log(`\nlabelled units missing from our key: ${pct(dropped.length, unitBearing.length)}`);
if (process.env.SHOW) {
  for (const a of dropped.slice(0, Number(process.env.SHOW))) console.log(`  dropped: ${a.raw}`);
  for (const p of [...natural, ...swapped]
    .filter((pair) => ourKey(pair.a) === ourKey(pair.b))
    .slice(0, Number(process.env.SHOW)))
    console.log(`  shared: ${p.a}  ~  ${p.b}  -> ${ourKey(p.a)}`);
  for (const d of doors
    .filter((door) => alike(ourKey, door) !== door.variants.length)
    .slice(0, Number(process.env.SHOW)))
    console.log(`  split: ${d.variants.map((v) => `${v} -> ${ourKey(v)}`).join('\n         ')}`);
}

// (c) Speed. Our normaliser caches by input text, so each round pads every line with a different number
// of trailing spaces: every call below is a cache miss, the cost of a first sighting. Rounds alternate
// between candidates so that a burst of load on the shared machine falls on both; CPU time (user +
// system) moves less with that load than wall time, and both are printed.
const lines = corpus.map((a) => a.raw);
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const wallUs: number[][] = CANDIDATES.map(() => []);
const cpuUs: number[][] = CANDIDATES.map(() => []);
let sink = 0;
let padding = 0;
for (let round = -2; round < ROUNDS; round++) {
  const pad = ' '.repeat(++padding);
  for (const [c, [, keyer]] of CANDIDATES.entries()) {
    const start = now();
    const startCpu = process.cpuUsage();
    for (const line of lines) sink += keyer(line + pad)?.length ?? 0;
    const cpu = process.cpuUsage(startCpu);
    if (round < 0) continue;
    wallUs[c]?.push(((now() - start) * 1000) / lines.length);
    cpuUs[c]?.push((cpu.user + cpu.system) / lines.length);
  }
}
// Cache hits: what the link index pays when a roster repeats an address. One pass fills the cache.
const hitPad = ' '.repeat(++padding);
for (const line of lines) sink += ourKey(line + hitPad)?.length ?? 0;
const hitStart = now();
for (let round = 0; round < 5; round++) for (const line of lines) sink += ourKey(line + hitPad)?.length ?? 0;
const hitUs = ((now() - hitStart) * 1000) / (5 * lines.length);

const median = (values: readonly number[]): number => quantile(values, 0.5);
const spread = (values: readonly number[]): string =>
  `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)})`;
console.log(`\n| candidate | µs per input, CPU, median of ${ROUNDS} rounds (min-max) | µs per input, wall |`);
console.log('| --- | --- | --- |');
for (const [c, [name]] of CANDIDATES.entries()) {
  console.log(`| ${name} | ${spread(cpuUs[c] ?? [])} | ${spread(wallUs[c] ?? [])} |`);
}
const ratio = (per: number[][]): string => (median(per[1] ?? []) / median(per[0] ?? [])).toFixed(2);
console.log(
  `\nparse-address / hirescreen: ${ratio(cpuUs)}x CPU, ${ratio(wallUs)}x wall; hirescreen on a cache hit: ` +
    `${hitUs.toFixed(2)} µs wall (sink ${sink % 10}).\nNode ${process.versions.node}, ${cpus().length} cores ` +
    `(${cpus()[0]?.model ?? 'unknown CPU'}), ${platform()}, load average ${loadavg()[0]?.toFixed(1)}.`,
);
