import type { Severity } from '../schema/primitives.js';
import type { LinkAttribute } from './lookup.js';
import { SEVERITY_WEIGHT } from './policy.js';
import { compareSeverity } from '../schema/severity.js';

/** One shared key that ties members of a cluster together. */
export interface ClusterTie {
  attribute: LinkAttribute;
  /** Display-safe form of the key (masked, or a digest label in HMAC mode). */
  displayKey: string;
  /** The members carrying the key, sorted. */
  profileIds: string[];
  severity: Severity;
}

/**
 * Profiles tied together by suspicious shared keys, flat: every group connected by any tie, so farms
 * joined by a reused photo or résumé are one cluster here. Kept for compatibility; investigations
 * should read the nested farms and networks (`LinkIndex.investigation()`, src/links/networks/).
 */
export interface Cluster {
  /**
   * Stable: derived from the key that anchors its largest farm (its shipping address first, then its
   * line, its accounts), not from input order or any one member; the same hex as the network or
   * stand-alone farm it is in `investigation()`.
   */
  id: string;
  /** Member profile ids, sorted. */
  members: string[];
  /** The shared keys that tie them, most severe first. */
  attributes: ClusterTie[];
  /** Distinct organisations of the members, sorted. */
  organizations: string[];
  /** 0-100: noisy-OR of the ties' severity weights. */
  suspicion: number;
  /** The most severe tie. */
  severity: Severity;
  /** Plain-language account of what ties the members. */
  explanation: string;
}

const LABEL: Record<LinkAttribute, string> = {
  'shipping-address': 'shipping address',
  'home-address': 'home address',
  'bank-account': 'bank account',
  phone: 'phone number',
  email: 'e-mail address',
  'device-serial': 'device serial',
  'login-network': 'home network',
  'photo-hash': 'photo',
  resume: 'near-identical résumé text',
  ssn: 'SSN',
  'reference-phone': 'reference\u2019s phone number',
  'reference-email': 'reference\u2019s e-mail address',
};

/** The analyst-facing name of an attribute. */
export function attributeLabel(attribute: LinkAttribute): string {
  return LABEL[attribute];
}

/** Orders ties most severe first, then by attribute and key, so output never depends on insertion order. */
export function sortTies(ties: ClusterTie[]): ClusterTie[] {
  return ties.sort(
    (a, b) =>
      compareSeverity(b.severity, a.severity) ||
      b.profileIds.length - a.profileIds.length ||
      a.attribute.localeCompare(b.attribute) ||
      a.displayKey.localeCompare(b.displayKey) ||
      a.profileIds.join('\u0000').localeCompare(b.profileIds.join('\u0000')),
  );
}

/** Noisy-OR of the ties' weights, 0-100. */
export function suspicionOf(ties: readonly ClusterTie[]): number {
  let clear = 1;
  for (const tie of ties) clear *= 1 - SEVERITY_WEIGHT[tie.severity] / 100;
  return Math.round((1 - clear) * 100);
}

/** The worst severity among ties. */
export function worstSeverity(ties: readonly ClusterTie[]): Severity {
  let worst: Severity = 'info';
  for (const tie of ties) if (compareSeverity(tie.severity, worst) > 0) worst = tie.severity;
  return worst;
}

/** "5 profiles at 3 organisations share: shipping address … (5 profiles, critical); …" */
export function explain(
  members: readonly string[],
  organizations: readonly string[],
  ties: readonly ClusterTie[],
): string {
  const orgs =
    organizations.length === 0
      ? ''
      : ` at ${organizations.length} organisation${organizations.length === 1 ? '' : 's'}`;
  const parts = ties.map(
    (tie) =>
      `${LABEL[tie.attribute]} ${tie.attribute === 'resume' ? '' : `${tie.displayKey} `}(${tie.profileIds.length} profiles, ${tie.severity})`,
  );
  return `${members.length} profiles${orgs} share: ${parts.join('; ')}.`;
}

/** Sorts clusters by suspicion, then size, then id. */
export function sortClusters(clusters: Cluster[]): Cluster[] {
  return clusters.sort(
    (a, b) => b.suspicion - a.suspicion || b.members.length - a.members.length || a.id.localeCompare(b.id),
  );
}
