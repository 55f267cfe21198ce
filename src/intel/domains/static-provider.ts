import type { DomainAnswer, DomainFacts, DomainIntelProvider } from './types.js';

/** One domain's facts for {@link createStaticDomainProvider}: the domain and source are filled in. */
export type StaticDomainEntry = Omit<DomainFacts, 'domain' | 'source'>;

/**
 * A provider over a fixed table of registration facts, for tests, benchmarks, and deployments that
 * export registration dates from their own records. Domains not in the table are left out of the answer,
 * which the engine reports as a gap.
 *
 * @example
 * const provider = createStaticDomainProvider({ 'acme.com': { registered: '1998-03-02T00:00:00Z' } });
 * createScreener({ domainIntel: provider });
 */
export function createStaticDomainProvider(
  table: Readonly<Record<string, StaticDomainEntry>> | ReadonlyMap<string, StaticDomainEntry>,
  options: { name?: string; asOf?: string } = {},
): DomainIntelProvider {
  const name = options.name ?? 'static';
  const entries = table instanceof Map ? table : new Map(Object.entries(table));
  const facts = new Map<string, DomainFacts>();
  for (const [domain, entry] of entries) {
    const key = domain.toLowerCase();
    facts.set(key, {
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      ...entry,
      domain: key,
      source: name,
    });
  }
  return {
    name,
    lookup(domains) {
      const answer = new Map<string, DomainAnswer>();
      for (const domain of domains) {
        const found = facts.get(domain);
        if (found) answer.set(domain, found);
      }
      return answer;
    },
  };
}
