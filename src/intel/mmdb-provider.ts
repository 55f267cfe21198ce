import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Reader } from 'mmdb-lib';
import { IntelError } from './errors.js';
import { mergeIpFacts } from './merge-facts.js';
import { factsFromMmdbRecord } from './_lib/mmdb-facts.js';
import { parseHostWords, v4Text } from './_lib/ip.js';
import { mmdbTree, type MmdbTree } from './_lib/mmdb-tree.js';
import type { IpFactFields, IpFacts, IpIntelProvider } from './types.js';

/** One opened `.mmdb` file. */
export interface MmdbDatabase {
  /** Names the database in every fact's `sources`, e.g. 'GeoLite2-ASN.mmdb'. */
  name: string;
  /** The file's `database_type`, e.g. 'GeoLite2-City', 'GeoIP2-Anonymous-IP'. */
  databaseType: string;
  /** The file's build date (`build_epoch`), YYYY-MM-DD. */
  asOf: string;
  ipVersion: 4 | 6;
}

export interface MmdbProviderOptions {
  /** The provider's name (default: the databases' names joined with '+'). */
  name?: string;
  /** The files' bytes, in order of trust: where two disagree, the first wins (anonymisers excepted). */
  databases: ReadonlyArray<{ name?: string; data: Uint8Array }>;
}

/** An {@link IpIntelProvider} over one or more `.mmdb` files; lookups are synchronous. */
export interface MmdbIntelProvider extends IpIntelProvider {
  readonly databases: readonly MmdbDatabase[];
  lookup(ips: readonly string[]): ReadonlyMap<string, Partial<IpFacts>>;
}

interface Opened extends MmdbDatabase {
  reader: Reader<Record<string, unknown>>;
  tree: MmdbTree;
  /** Mapped facts by data pointer, so each distinct record is decoded and mapped once. */
  records: Map<number, { facts: IpFactFields; fields: string[] } | null>;
}

// A city or ASN file holds far fewer distinct records than networks; past this many the map starts
// over rather than grow without bound on a huge file.
const RECORD_CACHE_LIMIT = 200_000;

/**
 * A provider over `.mmdb` databases: MaxMind GeoIP2/GeoLite2 (City, Country, ASN, ISP, Anonymous IP),
 * IPinfo (ASN, Lite, privacy) and ip-location-db country files, mapped by the fields each record holds
 * (docs/ip-intelligence.md). Several files combine into one provider: their facts for an address are
 * merged by {@link mergeIpFacts}, so an ASN file and an Anonymous IP file answer together. Each source
 * names its file, its build date and the network that matched.
 *
 * @example
 * const provider = createMmdbProvider({
 *   databases: [{ name: 'GeoLite2-ASN.mmdb', data: readFileSync('GeoLite2-ASN.mmdb') }],
 * });
 * provider.lookup(['8.8.8.8']).get('8.8.8.8');
 * // { ip: '8.8.8.8', asn: 15169, org: 'GOOGLE',
 * //   sources: [{ name: 'GeoLite2-ASN.mmdb', asOf: '2026-06-02', fields: ['asn', 'org'], matched: '8.8.8.0/24' }] }
 */
export function createMmdbProvider(options: MmdbProviderOptions): MmdbIntelProvider {
  const opened: Opened[] = options.databases.map((database, i) => {
    let reader: Reader<Record<string, unknown>>;
    const label = database.name ?? `databases[${i}]`;
    try {
      reader = new Reader(
        Buffer.from(database.data.buffer, database.data.byteOffset, database.data.byteLength),
      );
    } catch (error) {
      throw new IntelError(
        'INVALID_MMDB',
        `${label} is not a MaxMind DB file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const { metadata } = reader;
    return {
      name: database.name ?? metadata.databaseType,
      databaseType: metadata.databaseType,
      asOf: metadata.buildEpoch.toISOString().slice(0, 10),
      ipVersion: metadata.ipVersion === 4 ? 4 : 6,
      reader,
      tree: mmdbTree(database.data, metadata),
      records: new Map(),
    };
  });
  const answer = (database: Opened, ip: string): Partial<IpFacts> | undefined => {
    const host = parseHostWords(ip);
    if (host === undefined || (host.v === 6 && database.ipVersion === 4)) return undefined;
    const pointer = host.v === 4 ? database.tree.findV4(host.n) : database.tree.findV6(host.words);
    if (pointer < 0) return undefined;
    const prefix = database.tree.depth;
    let entry = database.records.get(pointer);
    if (entry === undefined) {
      // IPv4-mapped IPv6 is looked up as IPv4, as CidrIndex does.
      entry = decode(database, host.v === 4 && ip.includes(':') ? v4Text(host.n) : ip);
      if (database.records.size >= RECORD_CACHE_LIMIT) database.records.clear();
      database.records.set(pointer, entry);
    }
    if (entry === null) return undefined;
    const matched =
      host.v === 4
        ? `${v4Text(prefix === 0 ? 0 : host.n - (host.n % 2 ** (32 - prefix)))}/${prefix}`
        : undefined;
    return {
      ip,
      ...entry.facts,
      sources: [
        {
          name: database.name,
          asOf: database.asOf,
          fields: entry.fields,
          ...(matched !== undefined && { matched }),
        },
      ],
    };
  };

  return {
    name: options.name ?? opened.map((database) => database.name).join('+'),
    databases: opened.map(({ name, databaseType, asOf, ipVersion }) => ({
      name,
      databaseType,
      asOf,
      ipVersion,
    })),
    lookup(ips) {
      const found = new Map<string, Partial<IpFacts>>();
      for (const ip of ips) {
        if (found.has(ip)) continue;
        if (opened.length === 1) {
          const facts = answer(opened[0] as Opened, ip);
          if (facts !== undefined) found.set(ip, facts);
          continue;
        }
        const answers = opened.map((database) => answer(database, ip));
        if (answers.every((facts) => facts === undefined)) continue;
        found.set(ip, mergeIpFacts(ip, { providers: answers }));
      }
      return found;
    },
  };
}

/** Decodes the record for `query` with mmdb-lib and maps it; null when it says nothing we use. */
function decode(database: Opened, query: string): { facts: IpFactFields; fields: string[] } | null {
  let record: Record<string, unknown> | null;
  try {
    record = database.reader.get(query);
  } catch {
    // mmdb-lib's own parser is stricter about some spellings (zone ids); one odd login must not stop a batch.
    return null;
  }
  if (record === null) return null;
  const facts = factsFromMmdbRecord(record);
  const fields = Object.keys(facts);
  return fields.length === 0 ? null : { facts, fields };
}

/**
 * Reads `.mmdb` files into one provider (see {@link createMmdbProvider}); each is named after its file.
 *
 * @example
 * const provider = await loadMmdbProvider(['GeoLite2-City.mmdb', 'GeoIP2-Anonymous-IP.mmdb']);
 */
export async function loadMmdbProvider(files: readonly string[]): Promise<MmdbIntelProvider> {
  const databases = await Promise.all(
    files.map(async (file) => ({ name: basename(file), data: await readFile(file) })),
  );
  return createMmdbProvider({ databases });
}
