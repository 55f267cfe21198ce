import { readFile } from 'node:fs/promises';
import { IntelError, type IntelIssue } from '../errors.js';

/** IANA's RDAP bootstrap registry for DNS (RFC 9224), read into a TLD-to-servers table. */
export interface RdapBootstrap {
  /** The file's `publication` time, when it gives one: how old the table is. */
  publication?: string;
  /** Base URLs by TLD (lower case, no dot), https first; each ends in `/`. */
  servers: ReadonlyMap<string, readonly string[]>;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads IANA's `dns.json` bootstrap file (`{ services: [[[tlds], [base URLs]], ...] }`, RFC 9224),
 * already parsed. Every malformed service is reported, not skipped.
 *
 * @example
 * const bootstrap = parseRdapBootstrap({
 *   publication: '2026-11-20T17:00:02Z',
 *   services: [[['com', 'net'], ['https://rdap.verisign.com/com/v1/']]],
 * });
 * bootstrap.servers.get('com'); // ['https://rdap.verisign.com/com/v1/']
 */
export function parseRdapBootstrap(json: unknown, source = 'RDAP bootstrap'): RdapBootstrap {
  const issues: IntelIssue[] = [];
  const servers = new Map<string, string[]>();
  const services = (json as { services?: unknown } | null)?.services;
  if (typeof json !== 'object' || json === null || !Array.isArray(services)) {
    throw new IntelError('INVALID_RDAP_BOOTSTRAP', `${source}: not an RDAP bootstrap file`, [
      { source, path: 'services', message: 'must be a list of [[TLDs], [base URLs]] pairs (RFC 9224)' },
    ]);
  }
  services.forEach((service: unknown, i) => {
    const [tlds, urls] = Array.isArray(service) ? (service as unknown[]) : [];
    if (!isStringList(tlds) || !isStringList(urls) || urls.length === 0) {
      issues.push({ source, path: `services[${i}]`, message: 'must be [[TLDs], [base URLs]]' });
      return;
    }
    const bases: string[] = [];
    for (const url of urls) {
      if (!/^https?:\/\/[^/]/i.test(url)) {
        issues.push({ source, path: `services[${i}]`, message: `"${url}" is not an http(s) URL` });
        continue;
      }
      bases.push(url.endsWith('/') ? url : `${url}/`);
    }
    // RFC 9224 asks clients to prefer https when a service lists both.
    bases.sort((a, b) => Number(b.startsWith('https:')) - Number(a.startsWith('https:')));
    for (const tld of tlds) servers.set(tld.toLowerCase().replace(/^\./, ''), bases);
  });
  if (issues.length > 0)
    throw new IntelError('INVALID_RDAP_BOOTSTRAP', `${source}: ${issues.length} malformed services`, issues);
  const publication = (json as { publication?: unknown }).publication;
  return { ...(typeof publication === 'string' && { publication }), servers };
}

/**
 * Reads the bootstrap file from disk (download it from `https://data.iana.org/rdap/dns.json`; the
 * library never fetches it).
 *
 * @example
 * const bootstrap = await loadRdapBootstrap('dns.json');
 */
export async function loadRdapBootstrap(path: string): Promise<RdapBootstrap> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new IntelError('INVALID_RDAP_BOOTSTRAP', `${path}: cannot read the RDAP bootstrap file`, [
      { source: path, message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return parseRdapBootstrap(json, path);
}
