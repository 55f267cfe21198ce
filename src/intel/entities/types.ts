import type { SourceKey } from '../catalogs/types.js';

/** What a known entity is: a company or organisation, a person, or a web domain. */
export type KnownEntityKind = 'organization' | 'individual' | 'domain';

/** One entry of a known-entity list: a sanctioned company, a front company named in a case, a seized domain. */
export interface KnownEntity {
  /** Stable within its list: the OFAC entity number, or a catalog id. */
  id: string;
  kind: KnownEntityKind;
  name: string;
  /** Other names the entry is listed under (OFAC a.k.a., f.k.a., n.k.a.). */
  aliases: readonly string[];
  /** Web domains and e-mail domains tied to the entry (`example.com`). */
  domains: readonly string[];
  /** Sanctions programmes (`DPRK3`), for a sanctions list. */
  programs: readonly string[];
  /** Public sources for a catalog entry, keyed as in the indicators research. */
  sources: readonly SourceKey[];
  note?: string;
}

/** A loaded list: where it came from and how old it is, so every screening can say what it used. */
export interface KnownEntityList {
  /** Short name shown in findings (`OFAC SDN`, `hirescreen catalog`). */
  name: string;
  /** `sanctions` lists oblige a payer to block; `case` lists name entities from public enforcement actions. */
  kind: 'sanctions' | 'case';
  /** The date the list's publisher last changed it (YYYY-MM-DD), when known. */
  asOf?: string;
  /** Where the list was read from and in which layout (`sdn.csv, OFAC CSV`), for `hirescreen lists`. */
  origin?: string;
  entities: readonly KnownEntity[];
}

/** A record of a list file that could not be read, with its line: counted, never dropped silently. */
export interface ListReject {
  line: number;
  reason: string;
}
