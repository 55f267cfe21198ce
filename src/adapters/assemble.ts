import type { IpFacts, IpIntelProvider } from '../intel/types.js';
import type { ProfileInput } from '../schema/profile.js';
import { Bucket, type Claim } from './_lib/bucket.js';
import { emailKey, str } from './_lib/values.js';
import type { AdapterItem, AdapterResult, MalformedRecord, PartialProfile } from './types.js';

export interface AssembleOptions {
  /**
   * Most sign-ins kept per person after collapsing to one per address, device and hour; the oldest go
   * first and are counted in `droppedLogins`. Default 5,000 (about seven months of an always-on day).
   */
  maxLoginsPerPerson?: number;
  /** Fills ASN, organisation, country and connection type on logins whose source did not give them. */
  ipIntel?: IpIntelProvider;
}

/** Two or more sources gave different values for one field of one person. */
export interface Conflict {
  profileId: string;
  path: string;
  /** Each distinct value, first the one kept, with the sources that gave it. */
  claims: Array<{ value: unknown; sources: string[]; observedAt?: string }>;
}

/**
 * A key (an e-mail or a device) that records of two different employee ids carry. The records are not
 * joined through it: a shared personal e-mail or laptop is a finding for the screen, not one person.
 */
export interface SharedKey {
  key: string;
  profileIds: string[];
}

/** Counts per source: every record used, skipped or malformed; malformed ones listed (first 1,000). */
export interface SourceSummary {
  records: number;
  used: number;
  skipped: number;
  malformed: number;
  malformedRecords: MalformedRecord[];
}

export interface AssembleResult {
  profiles: ProfileInput[];
  /** Per profile id, which sources gave each path (`dateOfBirth`, `name.full`, `logins`, `devices`…). */
  provenance: Record<string, Record<string, string[]>>;
  conflicts: Conflict[];
  sharedKeys: SharedKey[];
  /** Data that names only a machine no person's record lists: kept out of the roster, counted here. */
  unjoined: Array<{ key: string; sources: string[] }>;
  sources: Record<string, SourceSummary>;
  droppedLogins: number;
  /** Set when the IP-intelligence provider failed; the logins keep what their sources said. */
  ipIntelError?: string;
}

const MAX_LISTED_MALFORMED = 1_000;

function keysOf(partial: PartialProfile): { id?: string; keys: string[] } {
  const { person, profile } = partial;
  const id = str(person.employeeId);
  const keys: string[] = [];
  if (id) keys.push(`id:${id.toLowerCase()}`);
  for (const email of [person.email, ...(person.emails ?? [])]) {
    const key = emailKey(email);
    if (key) keys.push(`email:${key}`);
  }
  if (person.deviceId) keys.push(`device:${person.deviceId.toLowerCase()}`);
  // An HRIS or MDM record that lists a person's devices lets endpoint data that names only the machine
  // join that person.
  if (id || person.email)
    for (const device of profile.devices ?? []) if (device.id) keys.push(`device:${device.id.toLowerCase()}`);
  return { ...(id && { id }), keys: [...new Set(keys)] };
}

/**
 * Merges partial profiles from several sources into one profile per person as they arrive. Records join
 * on an employee id, an e-mail address (case-folded) or a device id; two records with different
 * employee ids are never joined. Memory grows with people and distinct facts, not with records: sign-ins
 * collapse to one per address, device and hour, capped per person.
 *
 * @example
 * const assembler = new ProfileAssembler();
 * for (const partial of fromBamboohr(hris).partials) assembler.add(partial);
 * for await (const item of streamOkta(lines)) assembler.addItem(item);
 * const { profiles, conflicts } = await assembler.finish();
 */
export class ProfileAssembler {
  private readonly byKey = new Map<string, Bucket>();
  private readonly order: Bucket[] = [];
  private readonly shared = new Map<string, Set<string>>();
  private readonly summaries: Record<string, SourceSummary> = {};
  private readonly maxLogins: number;

  constructor(private readonly options: AssembleOptions = {}) {
    this.maxLogins = options.maxLoginsPerPerson ?? 5_000;
  }

  private summary(source: string): SourceSummary {
    return (this.summaries[source] ??= {
      records: 0,
      used: 0,
      skipped: 0,
      malformed: 0,
      malformedRecords: [],
    });
  }

  /** Adds one adapter item: a partial (merged), a skip or a malformed record (counted). */
  addItem(item: AdapterItem): void {
    if (item.kind === 'partial') return this.add(item.partial);
    const summary = this.summary(item.kind === 'skipped' ? item.source : item.record.source);
    summary.records += 1;
    if (item.kind === 'skipped') summary.skipped += 1;
    else {
      summary.malformed += 1;
      if (summary.malformedRecords.length < MAX_LISTED_MALFORMED) summary.malformedRecords.push(item.record);
    }
  }

  /** Adds a whole adapter result, its counts included. */
  addResult(result: AdapterResult): void {
    const summary = this.summary(result.source);
    for (const partial of result.partials) this.merge(partial);
    summary.records += result.records;
    summary.used += result.used;
    summary.skipped += result.skipped;
    summary.malformed += result.malformed.length;
    summary.malformedRecords.push(
      ...result.malformed.slice(0, MAX_LISTED_MALFORMED - summary.malformedRecords.length),
    );
  }

  /** Adds one partial profile (one record's worth), counting it as a used record of its source. */
  add(partial: PartialProfile): void {
    const summary = this.summary(partial.source);
    summary.records += 1;
    summary.used += 1;
    this.merge(partial);
  }

  private merge(partial: PartialProfile): void {
    const { id, keys } = keysOf(partial);
    if (keys.length === 0) return;
    const found = [...new Set(keys.flatMap((key) => this.byKey.get(key) ?? []))];
    const idKey = id && `id:${id.toLowerCase()}`;
    let target = (idKey && this.byKey.get(idKey)) || found.find((b) => b.employeeIds.length > 0) || found[0];
    if (
      target &&
      id &&
      target.employeeIds.length > 0 &&
      !target.employeeIds.some((e) => e.toLowerCase() === id.toLowerCase())
    )
      target = undefined;
    if (!target) {
      target = new Bucket(this.maxLogins);
      this.order.push(target);
    }
    if (id && !target.employeeIds.includes(id)) target.employeeIds.push(id);
    for (const other of found) {
      if (other === target) continue;
      if (compatible(target, other)) this.fold(target, other);
    }
    for (const key of keys) {
      const owner = this.byKey.get(key);
      if (owner === undefined) {
        this.byKey.set(key, target);
        target.keys.add(key);
      } else if (owner !== target) this.noteShared(key, owner, target);
    }
    target.addFragment(partial.profile, partial.source, partial.observedAt);
  }

  private fold(target: Bucket, other: Bucket): void {
    target.absorb(other);
    for (const key of other.keys) this.byKey.set(key, target);
    this.order.splice(this.order.indexOf(other), 1);
  }

  private noteShared(key: string, a: Bucket, b: Bucket): void {
    let ids = this.shared.get(key);
    if (!ids) this.shared.set(key, (ids = new Set()));
    for (const bucket of [a, b]) for (const id of bucket.employeeIds) ids.add(id);
  }

  /** The assembled roster, with provenance, conflicts, shared keys and the per-source counts. */
  async finish(): Promise<AssembleResult> {
    const profiles: ProfileInput[] = [];
    const provenance: AssembleResult['provenance'] = {};
    const conflicts: Conflict[] = [];
    const unjoined: AssembleResult['unjoined'] = [];
    let droppedLogins = 0;
    for (const bucket of this.order) {
      const email = [...bucket.keys].find((key) => key.startsWith('email:'))?.slice('email:'.length);
      const id = bucket.employeeIds[0] ?? email;
      if (id === undefined) {
        const sources = new Set([...bucket.sources.values()].flatMap((set) => [...set]));
        for (const key of bucket.keys) unjoined.push({ key, sources: [...sources].sort() });
        continue;
      }
      profiles.push(bucket.toProfile(id));
      droppedLogins += bucket.droppedLogins;
      provenance[id] = Object.fromEntries(
        [...bucket.sources]
          .map(([path, sources]) => [path, [...sources].sort()] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      );
      for (const [path, claims] of bucket.scalars)
        if (claims.length > 1) conflicts.push({ profileId: id, path, claims: claims.map(publicClaim) });
      if (bucket.employeeIds.length > 1)
        conflicts.push({
          profileId: id,
          path: 'id',
          claims: bucket.employeeIds.map((value) => ({ value, sources: [] })),
        });
    }
    const sharedKeys = [...this.shared].map(([key, ids]) => ({ key, profileIds: [...ids].sort() }));
    const result: AssembleResult = {
      profiles,
      provenance,
      conflicts,
      sharedKeys,
      unjoined,
      sources: this.summaries,
      droppedLogins,
    };
    if (this.options.ipIntel) await enrichLogins(profiles, this.options.ipIntel, result);
    return result;
  }
}

function compatible(a: Bucket, b: Bucket): boolean {
  if (a.employeeIds.length === 0 || b.employeeIds.length === 0) return true;
  return a.employeeIds.some((id) => b.employeeIds.some((other) => other.toLowerCase() === id.toLowerCase()));
}

function publicClaim(claim: Claim): Conflict['claims'][number] {
  return {
    value: claim.value,
    sources: [...claim.sources],
    ...(claim.observedAt && { observedAt: claim.observedAt }),
  };
}

/** One batched lookup for every login address; the source's own facts are never overwritten. */
async function enrichLogins(
  profiles: ProfileInput[],
  provider: IpIntelProvider,
  result: AssembleResult,
): Promise<void> {
  const ips = new Set<string>();
  for (const profile of profiles) for (const login of profile.logins ?? []) if (login.ip) ips.add(login.ip);
  if (ips.size === 0) return;
  let facts: ReadonlyMap<string, Partial<IpFacts>>;
  try {
    facts = await provider.lookup([...ips]);
  } catch (error) {
    result.ipIntelError = `${provider.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return;
  }
  for (const profile of profiles)
    for (const login of profile.logins ?? []) {
      const found = login.ip ? facts.get(login.ip) : undefined;
      if (!found) continue;
      const known = {
        ...(found.asn !== undefined && { asn: found.asn }),
        ...(found.org !== undefined && { org: found.org }),
        ...(found.country !== undefined && { country: found.country }),
        ...(found.connectionType !== undefined && { connectionType: found.connectionType }),
        ...(found.provider !== undefined && { provider: found.provider }),
      };
      login.geo = { ...known, ...login.geo };
    }
}

type Source = AdapterResult | Iterable<AdapterItem> | AsyncIterable<AdapterItem>;

/**
 * Assembles one profile per person from several sources: adapter results, or adapter item streams
 * (read one item at a time, so a sign-in log of any length is never held whole).
 *
 * @example
 * const { profiles, conflicts, provenance } = await assembleProfiles([
 *   fromBamboohr(hrisJson),
 *   streamOkta(createInterface({ input: createReadStream('okta.jsonl') })),
 *   fromOsquery(osqueryText),
 * ]);
 */
export async function assembleProfiles(
  sources: readonly Source[],
  options: AssembleOptions = {},
): Promise<AssembleResult> {
  const assembler = new ProfileAssembler(options);
  for (const source of sources) {
    if ('partials' in source && 'source' in source) assembler.addResult(source as AdapterResult);
    else for await (const item of source as AsyncIterable<AdapterItem>) assembler.addItem(item);
  }
  return assembler.finish();
}
