import { RdapCache, type RdapCacheOptions } from './_lib/rdap-cache.js';
import { readRdapDomain } from './_lib/read-rdap-domain.js';
import { loadRdapBootstrap, parseRdapBootstrap, type RdapBootstrap } from './rdap-bootstrap.js';
import type { DomainAnswer, DomainGap, DomainIntelProvider } from './types.js';

export interface RdapProviderOptions {
  /**
   * IANA's bootstrap file for DNS: a path to `dns.json`, its parsed JSON, or `parseRdapBootstrap`'s
   * result. The library never downloads it.
   */
  bootstrap: string | RdapBootstrap | { services: unknown };
  /** Per request, including the body (default 5000 ms). */
  timeoutMs?: number;
  /** Requests in flight at once, across all servers (default 4). */
  concurrency?: number;
  /** Answer cache: on by default in memory; give `file` to keep it between runs; `false` for none. */
  cache?: RdapCacheOptions | false;
  /** For tests and proxies; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** The clock for cache expiry and `asOf`; defaults to the system clock. */
  now?: () => Date;
}

/** An RDAP {@link DomainIntelProvider} with the bootstrap it read, for `hirescreen lists`. */
export interface RdapProvider extends DomainIntelProvider {
  /** The bootstrap's publication time, once it has been read. */
  readonly bootstrapPublication: () => string | undefined;
}

const SOURCE = 'rdap';

const gap = (domain: string, reason: DomainGap['gap'], detail: string, asOf: string): DomainGap => ({
  domain,
  gap: reason,
  detail,
  source: SOURCE,
  asOf,
});

function isBootstrap(value: RdapProviderOptions['bootstrap']): value is RdapBootstrap {
  return typeof value === 'object' && value !== null && 'servers' in value && value.servers instanceof Map;
}

/**
 * Domain registration dates over RDAP (RFC 9082/9083): each domain's TLD is looked up in IANA's
 * bootstrap file (RFC 9224) and its registry asked for `{base}domain/{name}`; the `registration` and
 * `last changed` events are read. Requests are bounded in number and time, and answers cached. Every
 * failure is an answer with its reason (no server for the TLD, unknown domain, timeout, an answer that
 * is not JSON or not RDAP, an HTTP error, a network error), never a thrown error.
 *
 * Privacy: each domain asked leaves the machine for its registry's RDAP server.
 *
 * @example
 * const rdap = createRdapProvider({ bootstrap: 'dns.json', cache: { file: '.rdap-cache.json' } });
 * const screener = createScreener({ domainIntel: rdap });
 */
export function createRdapProvider(options: RdapProviderOptions): RdapProvider {
  const timeoutMs = options.timeoutMs ?? 5000;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const clock = options.now ?? (() => new Date());
  const cache = options.cache === false ? undefined : new RdapCache(options.cache ?? {});
  const given = options.bootstrap;
  // Given as data, the table is checked now, so a malformed one fails at configuration, not per lookup.
  const ready =
    typeof given === 'string' ? undefined : isBootstrap(given) ? given : parseRdapBootstrap(given);
  let bootstrap: Promise<RdapBootstrap> | undefined = ready && Promise.resolve(ready);
  let publication = ready?.publication;
  const readBootstrap = () =>
    (bootstrap ??= loadRdapBootstrap(given as string).then((table) => {
      publication = table.publication;
      return table;
    }));

  async function ask(domain: string, base: string, asOf: string): Promise<DomainAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(`${base}domain/${encodeURIComponent(domain)}`, {
        headers: { accept: 'application/rdap+json, application/json' },
        signal: controller.signal,
      });
      const body = await response.text();
      if (response.status === 404)
        return gap(domain, 'not-found', 'the registry has no such domain (RDAP 404)', asOf);
      if (!response.ok)
        return gap(domain, 'http-error', `the RDAP server answered HTTP ${response.status}`, asOf);
      return readRdapDomain(domain, body, SOURCE, asOf);
    } catch (error) {
      if (controller.signal.aborted)
        return gap(domain, 'timeout', `the RDAP server did not answer within ${timeoutMs} ms`, asOf);
      const cause = (error as { cause?: { code?: unknown } }).cause?.code;
      return gap(
        domain,
        'network-error',
        `the RDAP server could not be reached${typeof cause === 'string' ? ` (${cause})` : ''}`,
        asOf,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    name: SOURCE,
    bootstrapPublication: () => publication,
    async lookup(domains) {
      const table = await readBootstrap();
      await cache?.load();
      const now = clock();
      const asOf = now.toISOString();
      const answers = new Map<string, DomainAnswer>();
      const queue: Array<{ domain: string; base: string }> = [];
      for (const domain of new Set(domains)) {
        const cached = cache?.get(domain, now.getTime());
        if (cached !== undefined) {
          answers.set(domain, cached);
          continue;
        }
        const tld = domain.slice(domain.lastIndexOf('.') + 1);
        const base = table.servers.get(tld)?.[0];
        if (base === undefined) {
          answers.set(
            domain,
            gap(domain, 'no-rdap-server', `no RDAP server for .${tld} in the bootstrap file`, asOf),
          );
          continue;
        }
        queue.push({ domain, base });
      }
      // A fixed pool of workers drawing from one queue: never more than `concurrency` requests open.
      let next = 0;
      const worker = async () => {
        while (next < queue.length) {
          const { domain, base } = queue[next++] as { domain: string; base: string };
          const answer = await ask(domain, base, asOf);
          answers.set(domain, answer);
          cache?.set(answer, now.getTime());
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
      await cache?.save();
      return answers;
    },
  };
}
