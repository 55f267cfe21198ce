import type { LinkAllowlist } from './allowlist.js';
import type { ArenaSnapshot } from './identity-arena.js';
import type { LinkAttribute } from './lookup.js';
import type { AttributePolicy, LinkPolicies } from './policy.js';
import type { PostingStore } from './store.js';

export interface LinkIndexOptions {
  /**
   * HMAC secret. When set, every key and name fingerprint is a truncated HMAC-SHA-256 digest and
   * cluster displays are digest labels: the index then holds no raw identifier.
   */
  hmacSecret?: string | Uint8Array;
  /** Storage for posting lists; in memory by default. */
  store?: PostingStore;
  /** Per-attribute overrides of the default policies. */
  policies?: Partial<Record<LinkAttribute, Partial<AttributePolicy>>>;
  /** Residents sharing a family name at one home, up to this many, are a household (default 3). */
  householdMax?: number;
  /** Identities needed before a commercial delivery point flags (default 5; then at most medium). */
  commercialMinimum?: number;
  /** Estimated Jaccard similarity from which two résumés are near-duplicates (default 0.9). */
  resumeThreshold?: number;
  allowlist?: LinkAllowlist;
  /** Phone numbers without a country code: default country (else the profile's claimed country, else US). */
  defaultCountry?: string;
  /** Logins of unknown connection type: `include` (default) or `skip`. */
  unknownConnection?: 'include' | 'skip';
}

/**
 * Everything a link index holds, as JSON-safe data: for persistence, and for audits that an index in
 * HMAC mode keeps no raw identifier (profile and organisation ids stay as given). Built from named
 * parts; caches and the secret are never in it.
 */
export type LinkIndexSnapshot = {
  hmac: boolean;
  settings: {
    policies: LinkPolicies;
    householdMax: number;
    commercialMinimum: number;
    resumeThreshold: number;
  };
  /** Per-profile columns and every key's fingerprint, see `ArenaSnapshot`. */
  profiles: ArenaSnapshot;
  /** Keys two or more profiles share: space index, display (a digest label in HMAC mode), posting codes. */
  sharedKeys: { space: number; display: string; codes: number[] }[];
};
