import type { ProfileInput } from '../schema/profile.js';

/**
 * Who a record is about. Sources name people differently (an HRIS by employee id, an identity provider
 * by sign-in e-mail, an endpoint agent by the machine), so a record carries whichever it has and the
 * assembler joins them.
 */
export interface PersonRef {
  employeeId?: string;
  /** The address the source signs the person in with, folded to lower case. */
  email?: string;
  /** Further addresses that name the same person (an ATS's personal and work e-mails), also joined on. */
  emails?: string[];
  /** A managed machine's id; joins endpoint data to the person whose record lists that device. */
  deviceId?: string;
}

/** Profile data without the required `id`: the assembler chooses the id once the sources are joined. */
export type ProfileFragment = Omit<ProfileInput, 'id'>;

/** Where a record sat in its input: zero-based position, and the line for line-delimited input. */
export interface RecordWhere {
  position: number;
  line?: number;
}

/** What one source says about one person, from one record. */
export interface PartialProfile {
  /** The adapter's name, e.g. `okta`; provenance and conflicts name it. */
  source: string;
  person: PersonRef;
  profile: ProfileFragment;
  where?: RecordWhere;
  /** When the source recorded this (a candidate's creation, an employee's last change), if it says. */
  observedAt?: string;
}

/** A record an adapter could not read, with where it was and why (never its values). */
export interface MalformedRecord extends RecordWhere {
  source: string;
  reason: string;
}

/** One record's outcome in a stream: partial profiles, a skip (nothing to screen), or malformed. */
export type AdapterItem =
  | { kind: 'partial'; partial: PartialProfile }
  | { kind: 'skipped'; source: string; where: RecordWhere; reason: string }
  | { kind: 'malformed'; record: MalformedRecord };

/**
 * An adapter's answer for a whole input. Every record is counted once: it gave partial profiles, was
 * skipped (a failed sign-in, an event of another kind), or is listed as malformed, so
 * `records === used + skipped + malformed.length`.
 */
export interface AdapterResult {
  source: string;
  partials: PartialProfile[];
  records: number;
  used: number;
  skipped: number;
  malformed: MalformedRecord[];
}

/** What a mapper returns for one record: fragments keyed by person, a skip reason, or a malformation. */
export type Mapped =
  | { partials: Array<{ person: PersonRef; profile: ProfileFragment; observedAt?: string }> }
  | { skip: string }
  | { malformed: string };

/** A source adapter: its name and the mapping of one source record. */
export interface Adapter {
  readonly name: string;
  /** One line of the source's records per line (NDJSON) when true; a JSON document otherwise. */
  readonly lineDelimited: boolean;
  /** Maps one record (always a JSON object; anything else is malformed before this is called). */
  map(record: Record<string, unknown>): Mapped;
}
