/** What a registry says about one registrable domain, with where and when it was asked. */
export interface DomainFacts {
  /** The registrable domain (`acme.co.uk`), lower case, as asked. */
  domain: string;
  /** When the domain was registered, as an ISO timestamp (RDAP's `registration` event). */
  registered?: string;
  /** When the registration last changed (RDAP's `last changed` event). */
  lastChanged?: string;
  /** The sponsoring registrar's name, when the registry gives it. */
  registrar?: string;
  /** The provider that answered, e.g. `rdap` or a test's static table. */
  source: string;
  /** When the answer was obtained (a cached answer keeps its original time). */
  asOf?: string;
}

/**
 * Why a domain's facts could not be had. Each is a data gap for the rules that need the date, never a
 * failed screening.
 */
export type DomainGapReason =
  | 'no-rdap-server'
  | 'not-found'
  | 'timeout'
  | 'malformed'
  | 'not-rdap'
  | 'http-error'
  | 'network-error'
  | 'provider-failed'
  | 'no-answer';

/** A lookup that gave no facts, with its reason in words for the screening's data gaps. */
export interface DomainGap {
  domain: string;
  gap: DomainGapReason;
  /** One line for a person: `the RDAP server did not answer within 5000 ms`. */
  detail: string;
  source: string;
  asOf?: string;
}

/** A provider's answer for one domain: facts, or the reason there are none. */
export type DomainAnswer = DomainFacts | DomainGap;

/**
 * A source of domain registration facts. Batched like `IpIntelProvider`: the engine collects the
 * registrable domains a profile or batch names and asks once, before the synchronous rules run.
 * A domain absent from the answer is a gap (`no-answer`).
 */
export interface DomainIntelProvider {
  readonly name: string;
  lookup(
    domains: readonly string[],
  ): Promise<ReadonlyMap<string, DomainAnswer>> | ReadonlyMap<string, DomainAnswer>;
}

/**
 * Tells an answer with facts from a gap.
 *
 * @example
 * isDomainGap({ domain: 'a.com', gap: 'timeout', detail: '...', source: 'rdap' }); // true
 */
export function isDomainGap(answer: Readonly<DomainAnswer>): answer is Readonly<DomainGap> {
  return 'gap' in answer;
}
