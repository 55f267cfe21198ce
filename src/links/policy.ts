import type { Severity } from '../schema/primitives.js';
import type { LinkAttribute } from './lookup.js';
import type { Stats } from './tally.js';
import { compareSeverity } from '../schema/severity.js';

/** How many distinct identities sharing one key is how suspicious. */
export interface AttributePolicy {
  /** `[identities, severity]` steps, ascending: the highest step reached applies. */
  ladder: ReadonlyArray<readonly [number, Severity]>;
  /** Identities from which the key ties profiles into one cluster. */
  linkFrom: number;
  /**
   * Above this many identities a key is treated as a data artefact (a placeholder phone, a public
   * template, a carrier gateway) and neither flags nor links: review it as data quality instead.
   */
  maxIdentities: number;
}

export type LinkPolicies = Record<LinkAttribute, AttributePolicy>;

const ADDRESS: AttributePolicy = {
  // INDICATORS xp-shared-address: 2 → medium, ≥3 → high, ≥5 → critical (default thresholds).
  ladder: [
    [2, 'medium'],
    [3, 'high'],
    [5, 'critical'],
  ],
  linkFrom: 2,
  // Chapman hosted 90+ computers at one home [S7]; a cap far above that only catches bad data.
  maxIdentities: 1_000,
};

const REFERENCE: AttributePolicy = { ladder: [[2, 'high']], linkFrom: 201, maxIdentities: 200 };

/** The default policies, from docs/indicators.md §1.9 (`default:` thresholds there are ours to tune). */
export const DEFAULT_POLICIES: LinkPolicies = {
  'shipping-address': ADDRESS,
  'home-address': ADDRESS,
  // xp-shared-payout: ≥2 identities per account → high; 29 farms used 29 accounts [S6].
  'bank-account': {
    ladder: [
      [2, 'high'],
      [5, 'critical'],
    ],
    linkFrom: 2,
    maxIdentities: 1_000,
  },
  // xp-shared-contact: any match across identities → high.
  phone: { ladder: [[2, 'high']], linkFrom: 2, maxIdentities: 200 },
  email: { ladder: [[2, 'high']], linkFrom: 2, maxIdentities: 200 },
  // xp-shared-device: ≥2 identities per hardware serial → high (unconfirmed as a named indicator).
  'device-serial': { ladder: [[2, 'high']], linkFrom: 2, maxIdentities: 200 },
  // xp-shared-egress-ip: ≥2 users on one residential network → medium here because a /24 holds many
  // households; ≥3 → high and only then does it link clusters.
  'login-network': {
    ladder: [
      [2, 'medium'],
      [3, 'high'],
    ],
    linkFrom: 3,
    maxIdentities: 100,
  },
  // xp-shared-face (photo hash reuse) → high.
  'photo-hash': { ladder: [[2, 'high']], linkFrom: 2, maxIdentities: 200 },
  // xp-shared-template: similarity ≥ 0.9 → medium; a template used by dozens is a public one.
  resume: { ladder: [[2, 'medium']], linkFrom: 2, maxIdentities: 50 },
  ssn: { ladder: [[2, 'high']], linkFrom: 2, maxIdentities: 1_000 },
  // A reference's phone or e-mail given by several applicants: the reference-contact-shared rule judges
  // it (one manager vouching for a former team is normal), so it never ties a cluster: linkFrom is
  // above the cap, where no key links.
  'reference-phone': REFERENCE,
  'reference-email': REFERENCE,
};

/** Points per severity, inside the bands the rule brief sets (medium 20-30, high 35-50, critical 60-80). */
export const SEVERITY_WEIGHT: Record<Severity, number> = {
  info: 3,
  low: 10,
  medium: 25,
  high: 45,
  critical: 70,
};

/** The severity a count of identities reaches on a ladder, or undefined below its first step. */
export function severityFor(policy: AttributePolicy, identities: number): Severity | undefined {
  if (identities > policy.maxIdentities) return undefined;
  let out: Severity | undefined;
  for (const [from, severity] of policy.ladder) if (identities >= from) out = severity;
  return out;
}

/** Options that shape address policy beyond the ladder. */
export interface AddressPolicyOptions {
  /** Up to this many residents sharing a family name at a home address are a household (default 3). */
  householdMax: number;
  /**
   * Commercial delivery points (offices) need this many identities to flag, and flag at most `medium`:
   * many staff legitimately receive equipment at one office. CMRAs (private mailboxes) count as residential.
   */
  commercialMinimum: number;
}

export const DEFAULT_ADDRESS_OPTIONS: AddressPolicyOptions = { householdMax: 3, commercialMinimum: 5 };

/**
 * The policy's verdict on the people who share one key: the severity of the link, or undefined when it
 * is not suspicious (a household, an employer's own office, below the ladder or over the artefact cap).
 *
 * @example
 * verdictOf('phone', stats, DEFAULT_POLICIES, 5); // 'high' for two identities
 */
export function verdictOf(
  attribute: LinkAttribute,
  stats: Readonly<Stats>,
  policies: LinkPolicies,
  commercialMinimum: number,
): Severity | undefined {
  if (stats.household) return undefined;
  const policy = policies[attribute];
  // Flatmates (xp-shared-address) and spouses' joint accounts (xp-shared-payout) are listed false
  // positives; a farm's tell is people who claim homes elsewhere. A few co-residents stay visible,
  // below review on their own.
  if (stats.coResidents) return severityFor(policy, stats.identities) ? 'low' : undefined;
  if (stats.commercial) {
    // One employer's staff at one business address is that employer's office.
    if (stats.organizations <= 1) return undefined;
    if (stats.identities < commercialMinimum) return undefined;
    const severity = severityFor(policy, stats.identities);
    return severity && compareSeverity(severity, 'medium') > 0 ? 'medium' : severity;
  }
  return severityFor(policy, stats.identities);
}
