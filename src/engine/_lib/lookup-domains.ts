import { isDomainGap, type DomainAnswer, type DomainIntelProvider } from '../../intel/domains/types.js';

const messageOf = (error: unknown): string => {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'an unreadable error';
  }
};

/**
 * Asks every provider, in order of trust, for the domains no earlier provider gave facts for. The
 * first facts win; a domain nobody gave facts for keeps the first gap said about it, or `no-answer`.
 * A provider that throws is a gap for each domain it was asked, never a failed screening.
 */
export async function lookupDomains(
  providers: readonly DomainIntelProvider[],
  domains: readonly string[],
): Promise<Map<string, DomainAnswer>> {
  const answers = new Map<string, DomainAnswer>();
  if (domains.length === 0) return answers;
  for (const provider of providers) {
    const open = domains.filter((domain) => {
      const known = answers.get(domain);
      return known === undefined || isDomainGap(known);
    });
    if (open.length === 0) break;
    let answer: ReadonlyMap<string, DomainAnswer>;
    try {
      answer = await provider.lookup(open);
    } catch (error) {
      for (const domain of open)
        if (!answers.has(domain))
          answers.set(domain, {
            domain,
            gap: 'provider-failed',
            detail: `the lookup failed: ${messageOf(error)}`,
            source: provider.name,
          });
      continue;
    }
    for (const domain of open) {
      const given = answer.get(domain);
      if (given === undefined) continue;
      if (!isDomainGap(given) || !answers.has(domain)) answers.set(domain, given);
    }
  }
  for (const domain of domains)
    if (!answers.has(domain))
      answers.set(domain, {
        domain,
        gap: 'no-answer',
        detail: 'no provider knew the domain',
        source: providers.map((provider) => provider.name).join(', '),
      });
  return answers;
}
