import { registrableDomain } from '../intel/domains/registrable-domain.js';
import { isDomainGap, type DomainAnswer, type DomainGap } from '../intel/domains/types.js';
import type { Profile } from '../schema/profile.js';

/** Read-only access to the domain registration facts gathered before rules ran. */
export interface DomainFactsView {
  /** Whether any domain intelligence was configured; without it, domain rules are skipped. */
  readonly configured: boolean;
  /** The answer for a registrable domain (`acme.com`): facts, or the gap that stands for them. */
  get(domain: string): Readonly<DomainAnswer> | undefined;
}

/**
 * The registrable domains a profile asks about: its prior employers' websites. References' e-mail
 * domains are not asked: a reference's mail says who they work for now, not where the candidate did.
 */
export function domainsOf(profile: Profile): string[] {
  const domains = new Set<string>();
  for (const job of profile.employment?.workHistory ?? []) {
    const domain = job.website === undefined ? undefined : registrableDomain(job.website);
    if (domain !== undefined) domains.add(domain);
  }
  return [...domains];
}

/**
 * A screening's data-gap field for a domain lookup that gave no facts. The rule that skips for it
 * and the screener that lists it say the same words, so the two merge into one gap.
 */
export function domainGapField(gap: DomainGap): string {
  return `registration date of ${gap.domain} (${gap.source}: ${gap.detail})`;
}

/** The gap fields for the profile's domains whose lookups failed, in the profile's order. */
export function domainGapFields(profile: Profile, view: DomainFactsView): string[] {
  if (!view.configured) return [];
  const fields: string[] = [];
  for (const domain of domainsOf(profile)) {
    const answer = view.get(domain);
    if (answer !== undefined && isDomainGap(answer)) fields.push(domainGapField(answer));
  }
  return fields;
}

/** The view for screenings without domain intelligence. */
export const NO_DOMAIN_FACTS: DomainFactsView = { configured: false, get: () => undefined };

/**
 * A view over the answers gathered for a batch.
 *
 * @example
 * const view = createDomainFactsView(new Map([['acme.com', facts]]));
 * view.get('acme.com')?.source;
 */
export function createDomainFactsView(byDomain: ReadonlyMap<string, DomainAnswer>): DomainFactsView {
  return { configured: true, get: (domain) => byDomain.get(domain) };
}
