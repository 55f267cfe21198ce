import { readFile } from 'node:fs/promises';
import { CidrIndexBuilder } from './cidr-index.js';
import { parseCidrList, type CidrList, type CidrRange, type ParseCidrListOptions } from './cidr-list.js';
import { IntelError, formatIssues, type IntelIssue } from './errors.js';
import type { IpFactFields, IpFacts, IpIntelProvider } from './types.js';

export interface CidrProviderOptions {
  /** Names the provider in every fact's `sources`, e.g. 'acme-vpn-list'. */
  name: string;
  /** When the list was current (YYYY-MM-DD); carried into every fact's source. */
  asOf?: string;
  ranges: Iterable<CidrRange>;
  /** Throw an {@link IntelError} on any invalid range instead of skipping it. */
  strict?: boolean;
}

/** An {@link IpIntelProvider} backed by CIDR ranges; lookups are synchronous. */
export interface CidrIntelProvider extends IpIntelProvider {
  readonly asOf: string | undefined;
  /** Distinct ranges loaded. */
  readonly size: number;
  /** Ranges skipped as invalid (non-strict mode), with their line or position. */
  readonly rejected: readonly IntelIssue[];
  lookup(ips: readonly string[]): ReadonlyMap<string, Partial<IpFacts>>;
}

/**
 * Builds a provider from CIDR ranges. The most specific range wins where ranges nest. Each result
 * names this provider, its as-of date, the fields it supplied and the range that matched.
 *
 * @example
 * const provider = createCidrProvider({
 *   name: 'acme-vpn',
 *   asOf: '2025-06-01',
 *   ranges: [{ cidr: '198.51.100.0/24', facts: { connectionType: 'vpn', provider: 'Astrill' } }],
 * });
 * provider.lookup(['198.51.100.7']).get('198.51.100.7');
 * // { ip: '198.51.100.7', connectionType: 'vpn', provider: 'Astrill',
 * //   sources: [{ name: 'acme-vpn', asOf: '2025-06-01', fields: ['connectionType', 'provider'],
 * //               matched: '198.51.100.0/24' }] }
 */
export function createCidrProvider(options: CidrProviderOptions): CidrIntelProvider {
  const { name, asOf } = options;
  const builder = new CidrIndexBuilder<IpFactFields>();
  const rejected: IntelIssue[] = [];
  let position = 0;
  for (const range of options.ranges) {
    try {
      builder.addRange(range.cidr, range.facts);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      rejected.push(
        range.line !== undefined ? { line: range.line, message } : { path: `ranges[${position}]`, message },
      );
    }
    position++;
  }
  if (options.strict && rejected.length > 0) {
    throw new IntelError(
      'INVALID_CIDR_RANGES',
      `${name}: ${rejected.length} invalid range(s):\n${formatIssues(rejected)}`,
      rejected,
    );
  }
  const index = builder.build();
  return {
    name,
    asOf,
    size: index.size,
    rejected,
    lookup(ips) {
      const found = new Map<string, Partial<IpFacts>>();
      for (const ip of ips) {
        if (found.has(ip)) continue;
        const match = index.lookupMatch(ip);
        if (match === undefined) continue;
        const fields = Object.keys(match.value);
        found.set(ip, {
          ip,
          ...match.value,
          sources: [{ name, ...(asOf !== undefined ? { asOf } : {}), fields, matched: match.cidr }],
        });
      }
      return found;
    },
  };
}

/**
 * Reads and parses a CIDR list file (format: {@link parseCidrList}); errors name the file and line.
 *
 * @example
 * const list = await loadCidrFile('data/vpn-ranges.csv');
 * const provider = createCidrProvider({ name: 'vpn-ranges', asOf: list.asOf, ranges: list.ranges });
 */
export async function loadCidrFile(path: string, options: ParseCidrListOptions = {}): Promise<CidrList> {
  const text = await readFile(path, 'utf8');
  return parseCidrList(text, { source: path, ...options });
}
