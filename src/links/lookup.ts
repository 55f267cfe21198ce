import type { Profile } from '../schema/profile.js';
import type { Severity } from '../schema/primitives.js';

/** The attributes the link index keys profiles by. */
export type LinkAttribute =
  | 'shipping-address'
  | 'home-address'
  | 'bank-account'
  | 'phone'
  | 'email'
  | 'device-serial'
  | 'login-network'
  | 'photo-hash'
  | 'resume'
  | 'ssn'
  | 'reference-phone'
  | 'reference-email';

export const LINK_ATTRIBUTES: readonly LinkAttribute[] = [
  'shipping-address',
  'home-address',
  'bank-account',
  'phone',
  'email',
  'device-serial',
  'login-network',
  'photo-hash',
  'resume',
  'ssn',
  // Last, so the spaces before them keep the indexes stored indexes were written with.
  'reference-phone',
  'reference-email',
];

/** Other profiles that share one key with the profile being screened. */
export interface LinkMatch {
  attribute: LinkAttribute;
  /** A display-safe form of the key (masked or hashed: never a raw SSN or account number). */
  displayKey: string;
  /** Where on the screened profile the key came from, e.g. `addresses[0]`. */
  path: string;
  /** The other profiles carrying the key, sorted; for a key shared widely, the first of them. */
  profileIds: string[];
  /** How many other profiles carry the key, when more than `profileIds` lists. */
  profileCount?: number;
  /** Distinct organisations among all profiles carrying the key, this one included. */
  organizationCount: number;
  /**
   * Distinct identities carrying the key, this one included: profiles with the same normalised full
   * name count once (one person's candidate and employee records are not two people).
   */
  identityCount: number;
  /** Distinct normalised full names among the carriers, this one included (unnamed profiles count 0). */
  nameCount: number;
  /** Addresses: carriers who live there (home address), this one included. */
  residentCount: number;
  /** Addresses: carriers who have equipment shipped there but do not live there, this one included. */
  shipOnlyCount: number;
  /** Addresses: 2-3 residents sharing one family name at a home address, exempt as a household. */
  household: boolean;
  /** Addresses: recorded as a commercial delivery point by some carrier. */
  commercial: boolean;
  /** Résumés: the lowest estimated Jaccard similarity among the matched profiles. */
  similarity?: number;
  /** The policy's verdict: undefined when the sharing is expected (household, below threshold, hub key). */
  severity?: Severity;
  /** Points for the verdict's severity, for the finding's `weight`. */
  weight?: number;
  /**
   * How many other employers of a keyed exchange group carry the key too (from their imported
   * exports): a count, never who. Absent when no exchange was imported or none of them carries it.
   */
  otherEmployers?: number;
}

/** A suspicious cluster as rules see it. */
export interface ClusterSummary {
  id: string;
  size: number;
  /** 0-100: how strongly the ties together suggest one operator. */
  suspicion: number;
  severity: Severity;
  organizationCount: number;
  /**
   * Whether the profile asked about is in the cluster's corroborated core: its equipment goes to a place
   * where two or more of the same members also share a residential line or a pay account (a farm), not
   * merely an address (an office, a coworking space).
   */
  corroborated: boolean;
}

/** What rules read of a roster's link index. */
export interface LinkLookup {
  matchesFor(profile: Profile, attribute: LinkAttribute): readonly LinkMatch[];
  clusterOf(profileId: string): ClusterSummary | undefined;
  /**
   * Notices for the profile's keys that are shared too widely to judge (over the policy's cap): the
   * screener adds them to the screening's `notes`, so such a key is never silently clear.
   */
  noticesFor?(profile: Profile): readonly string[];
}
