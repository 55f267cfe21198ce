import type { Severity } from '../../schema/primitives.js';
import type { ClusterTie } from '../cluster.js';
import type { Corroboration } from './corroboration.js';

/** What a farm-shaped group reads as: a farm only when a second kind of tie corroborates the first. */
export type FarmReading = 'farm' | 'shared-address' | 'shared-line' | 'linked';

/**
 * Profiles held together by physical ties (an address where nobody lives, one residential line, one
 * pay account, one device serial): the unit an investigator acts on, one set of laptops to recover.
 */
export interface Farm {
  /** `farm-<hex>` from the farm's anchor key (its address first): stable when members come and go. */
  id: string;
  reading: FarmReading;
  /** What it is in words: "Farm: 14 laptops shipped to …, signing in from one home line, 12 employers". */
  headline: string;
  /** Member profile ids, sorted. */
  members: string[];
  /** Its physical ties, and identity ties among its own members, strongest first. */
  ties: ClusterTie[];
  /**
   * Records of one person (one name, one SSN) among its members, as `ssn` ties at `info`: how a record
   * no tie reached (a candidate record, the identity's job elsewhere) came in. Never corroboration.
   */
  sameIdentity?: ClusterTie[];
  /** Distinct organisations of the members, sorted. */
  organizations: string[];
  corroboration: Corroboration;
  /** 0-100, from independent corroboration (corroborate()). */
  suspicion: number;
  severity: Severity;
  /** Which corroboration it has and lacks, in words. */
  explanation: string;
  /** The network it belongs to, if any. */
  networkId?: string;
}

/** Farms (and single profiles) joined by identity material: reused photos, résumés, contacts, SSNs. */
export interface Network {
  /** `net-<hex>` from its largest farm's anchor (or its own strongest identity key). */
  id: string;
  headline: string;
  /** Every member, sorted. */
  members: string[];
  /** Its farms, most suspicious first. */
  farms: Farm[];
  /** Members tied in by identity material alone, in no farm, sorted. */
  unaffiliated: string[];
  /** The ties that join its farms and members to each other (those not inside one farm). */
  ties: ClusterTie[];
  /** Records of one person among its members (see `Farm.sameIdentity`); they join nothing together. */
  sameIdentity?: ClusterTie[];
  organizations: string[];
  corroboration: Corroboration;
  suspicion: number;
  severity: Severity;
  explanation: string;
}

/**
 * A roster's clusters nested for investigation: networks with their farms, and farms in no network.
 * Each flat `Cluster` is exactly one network or one stand-alone farm (the same hex in its id), which
 * may also hold its members' other records that no tie reached (`sameIdentity`).
 */
export interface Investigation {
  networks: Network[];
  /** Farms that belong to no network. */
  farms: Farm[];
}
