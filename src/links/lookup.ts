import type { Profile } from '../schema/profile.js';

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
  | 'ssn';

/** Other profiles that share one key with the profile being screened. */
export interface LinkMatch {
  attribute: LinkAttribute;
  /** A display-safe form of the key (masked or hashed: never a raw SSN or account number). */
  displayKey: string;
  /** Where on the screened profile the key came from, e.g. `addresses[0]`. */
  path: string;
  /** The other profiles carrying the key, sorted. */
  profileIds: string[];
  /** Distinct organisations among all profiles carrying the key, this one included. */
  organizationCount: number;
}

export interface ClusterSummary {
  id: string;
  size: number;
}

/** What rules read of a roster's link index. */
export interface LinkLookup {
  matchesFor(profile: Profile, attribute: LinkAttribute): readonly LinkMatch[];
  clusterOf(profileId: string): ClusterSummary | undefined;
}
