import type { Profile } from '../../../schema/profile.js';
import {
  LINK_ATTRIBUTES,
  type ClusterSummary,
  type LinkAttribute,
  type LinkLookup,
  type LinkMatch,
} from '../../../links/lookup.js';
import type { LinkIndex } from '../../../links/link-index.js';
import { isReferenceProbeOf, referenceProbes } from '../../../rules/links/_lib/reference-probes.js';

/**
 * What the link index answers about one profile: its matches by attribute (only those it has) and its
 * over-cap notices. Most profiles share nothing, so most facts are two empty fields.
 */
export interface LinkFacts {
  matches?: Partial<Record<LinkAttribute, readonly LinkMatch[]>>;
  notices?: readonly string[];
  /** Matches of the stand-ins `reference-contact-shared` asks about (by stand-in id), when any. */
  probes?: Record<string, Partial<Record<LinkAttribute, readonly LinkMatch[]>>>;
}

const NONE: LinkFacts = {};
const NO_MATCHES: readonly LinkMatch[] = [];
const NO_NOTICES: readonly string[] = [];

/**
 * Asks the index, in the main thread, everything a rule may ask about this profile; the stand-ins of its
 * references only when `reference-contact-shared` may run (`referenceProbes`, default true).
 *
 * @example
 * const facts = linkFactsOf(index, profile); // { matches: { phone: [...] } }, or {} for most profiles
 */
export function linkFactsOf(
  index: LinkLookup,
  profile: Profile,
  { referenceProbes: probeReferences = true }: { referenceProbes?: boolean } = {},
): LinkFacts {
  let matches: LinkFacts['matches'];
  for (const attribute of LINK_ATTRIBUTES) {
    const found = index.matchesFor(profile, attribute);
    if (found.length > 0) (matches ??= {})[attribute] = found;
  }
  let probes: LinkFacts['probes'];
  for (const { probe, contact } of probeReferences ? referenceProbes(profile) : []) {
    const found = index.matchesFor(probe, contact);
    if (found.length > 0) ((probes ??= {})[probe.id] ??= {})[contact] = found;
  }
  const notices = index.noticesFor?.(profile) ?? NO_NOTICES;
  if (matches === undefined && probes === undefined && notices.length === 0) return NONE;
  return {
    ...(matches && { matches }),
    ...(notices.length > 0 && { notices }),
    ...(probes && { probes }),
  };
}

/**
 * Every clustered profile's summary, keyed by id: a worker answers `clusterOf` for any id from it, the
 * referrer's and the matched profiles' included. Clusters hold a few per cent of a roster.
 *
 * @example
 * const lookup = new FactsLookup(new Map(clusterSummariesOf(index)));
 */
export function clusterSummariesOf(index: LinkIndex): Array<[string, ClusterSummary]> {
  const out: Array<[string, ClusterSummary]> = [];
  for (const cluster of index.clusters()) {
    for (const id of cluster.members) {
      const summary = index.clusterOf(id);
      if (summary) out.push([id, summary]);
    }
  }
  return out;
}

/**
 * The link lookup a worker's screener reads: the facts the main thread sent for the profile being
 * screened, and the roster's clusters. A rule asking about another profile's keys gets an error, which
 * the engine turns into that rule's `error` result rather than a silent miss.
 */
export class FactsLookup implements LinkLookup {
  private current: { id: string; facts: LinkFacts } | undefined;

  constructor(private readonly clusters: ReadonlyMap<string, ClusterSummary>) {}

  /** Sets the facts of the profile screened next. */
  use(id: string, facts: LinkFacts): void {
    this.current = { id, facts };
  }

  private factsFor(profile: Profile): LinkFacts {
    const current = this.current;
    if (current?.id === profile.id) return current.facts;
    // The stand-ins of the screened profile's references were asked in the main thread too.
    if (current && isReferenceProbeOf(profile.id, current.id)) {
      const matches = current.facts.probes?.[profile.id];
      return matches ? { matches } : NONE;
    }
    throw new Error('a worker knows the link facts of the screened profile only');
  }

  matchesFor(profile: Profile, attribute: LinkAttribute): readonly LinkMatch[] {
    return this.factsFor(profile).matches?.[attribute] ?? NO_MATCHES;
  }

  noticesFor(profile: Profile): readonly string[] {
    return this.factsFor(profile).notices ?? NO_NOTICES;
  }

  clusterOf(profileId: string): ClusterSummary | undefined {
    return this.clusters.get(profileId);
  }
}
