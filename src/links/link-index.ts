import { createHmac } from 'node:crypto';
import { ConfigError } from '../engine/errors.js';
import { CidrIndex } from '../intel/cidr-index.js';
import { normalizeAddress } from '../normalize/address.js';
import type { Severity } from '../schema/primitives.js';
import type { Profile } from '../schema/profile.js';
import { ensure } from './_lib/columns.js';
import { hash32, hash64, hash64Joined } from './_lib/hash.js';
import {
  attributeLabel,
  explain,
  sortClusters,
  sortTies,
  suspicionOf,
  worstSeverity,
  type Cluster,
  type ClusterTie,
} from './cluster.js';
import {
  extractKeys,
  extractSpaceKeys,
  KEY_SPACES,
  RESUME_PATH,
  spaceOf,
  type KeyFilter,
  type KeySpace,
  type LinkKey,
  type ListedSpace,
  type ProfileKeys,
} from './keys.js';
import type { ClusterSummary, LinkAttribute, LinkLookup, LinkMatch } from './lookup.js';
import { bandKeys, MINHASH_SIZE, minhashSimilarity } from './minhash.js';
import {
  DEFAULT_ADDRESS_OPTIONS,
  DEFAULT_POLICIES,
  SEVERITY_WEIGHT,
  severityFor,
  type AttributePolicy,
  type LinkPolicies,
} from './policy.js';
import { MemoryPostingStore, type PostingStore } from './store.js';
import { UnionFind } from './union-find.js';

/** Places shared by design that must never link people: offices, coworking spaces, corporate egress. */
export interface LinkAllowlist {
  /** Address strings; one without a unit covers the whole building, one with a unit only that unit. */
  addresses?: readonly string[];
  /** CIDR blocks (corporate VPN egress, office networks); logins from them are not keyed. */
  networks?: readonly string[];
  /** Canonical keys as `extractKeys` produces them, e.g. `{ attribute: 'phone', key: '+18005550100' }`. */
  keys?: ReadonlyArray<{ attribute: LinkAttribute; key: string }>;
}

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

const LIVES = 1;
const SHIPS = 2;
const COMMERCIAL = 4;
const RESUME_SPACE = KEY_SPACES.indexOf('resume');
const ADDRESS_SPACE = KEY_SPACES.indexOf('address');
/** Each key space's position in KEY_SPACES, the small integer the arena and the store keep. */
const SPACE_INDEX = new Map(KEY_SPACES.map((space, i) => [space, i]));
/** What a key is hashed under in its space: `${space}\u0000${key}`, the prefix built once. */
const SPACE_PREFIX = new Map(KEY_SPACES.map((space) => [space, `${space}\u0000`]));
const RESUME_LABEL = attributeLabel('resume');
/** Fields that are caches, configuration or secrets rather than index content, left out of snapshots. */
const SNAPSHOT_SKIPS = new Set([
  'lastExtracted',
  'indexedFrom',
  'sharedSpaceKeys',
  'cache',
  'keyOptions',
  'secret',
]);
const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The profile's first home address key, which identifies its household on a shared network. */
function homeKeyOf(keys: ProfileKeys): string | undefined {
  return keys.keys.find((key) => key.attribute === 'home-address')?.key;
}

interface Carrier {
  pid: number;
  flags: number;
}

interface Stats {
  carriers: number;
  identities: number;
  names: number;
  organizations: number;
  residents: number;
  shipOnly: number;
  commercial: boolean;
  household: boolean;
  /** A few unrelated people who all live at the address (flatmates), none only shipping there. */
  coResidents: boolean;
}

function compileFilter(allowlist: LinkAllowlist | undefined): KeyFilter {
  if (!allowlist) return {};
  const units = new Set<string>();
  const buildings = new Set<string>();
  const issues: { path: string; code: string; message: string }[] = [];
  allowlist.addresses?.forEach((text, i) => {
    const normal = normalizeAddress(text);
    if (!normal || normal.kind === 'unparsed') {
      issues.push({
        path: `allowlist.addresses[${i}]`,
        code: 'invalid_address',
        message: 'could not be parsed',
      });
      return;
    }
    if (normal.parts.units.length === 0) buildings.add(normal.buildingKey);
    else units.add(normal.fullKey);
  });
  let networks: CidrIndex<true> | undefined;
  try {
    if (allowlist.networks?.length)
      networks = CidrIndex.from(allowlist.networks.map((cidr) => [cidr, true] as const));
  } catch {
    issues.push({
      path: 'allowlist.networks',
      code: 'invalid_cidr',
      message: 'must be CIDR blocks, like 203.0.113.0/24',
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const keys = new Set((allowlist.keys ?? []).map(({ attribute, key }) => `${attribute}\u0000${key}`));
  return {
    isAllowedAddress: (fullKey, buildingKey) => units.has(fullKey) || buildings.has(buildingKey),
    isAllowedIp: (ip) => networks?.lookup(ip) === true,
    isAllowedKey: (attribute, key) => keys.has(`${attribute}\u0000${key}`),
  };
}

/**
 * The roster's link index: every profile's linkable keys (addresses, accounts, contacts, devices,
 * networks, photos, résumés, SSNs) as 64-bit fingerprints with integer posting lists, incremental
 * (`add`/`remove` one profile against millions), and the union-find clustering of suspicious ties.
 *
 * @example
 * const index = new LinkIndex({ hmacSecret: process.env.LINK_SECRET });
 * for (const profile of roster) index.add(profile);
 * index.clusters()[0]?.explanation; // '5 profiles at 4 organisations share: shipping address …'
 * createScreener({ links: index });
 */
export class LinkIndex implements LinkLookup {
  private readonly store: PostingStore;
  private readonly secret: string | Uint8Array | undefined;
  private readonly policies: LinkPolicies;
  private readonly householdMax: number;
  private readonly commercialMinimum: number;
  private readonly resumeThreshold: number;
  private readonly keyOptions: Parameters<typeof extractKeys>[1];

  private readonly pidOf = new Map<string, number>();
  private idOf: string[] = [];
  private orgNames: string[] = [];
  private readonly orgOf = new Map<string, number>();
  private alive = new Uint8Array(0);
  private org = new Int32Array(0);
  private name = new Uint32Array(0);
  private family = new Uint32Array(0);
  /** Fingerprint of each profile's home address key (0 when it gives none). */
  private home = new Uint32Array(0);
  private keyStart = new Uint32Array(0);
  private keyCount = new Uint32Array(0);
  private sigAt = new Int32Array(0);
  private arenaHi = new Uint32Array(0);
  private arenaLo = new Uint32Array(0);
  private arenaSpace = new Uint8Array(0);
  private arenaLength = 0;
  private signatures = new Uint32Array(0);
  private signatureCount = 0;
  private live = 0;

  /**
   * The keys last extracted for a lookup. The link rules of one screening ask about the same profile in
   * turn, so one entry serves them all; a WeakMap entry per screened profile cost every young-generation
   * GC ephemeron work (measured: scavenge pauses 3.3 → 2.1 ms median with this and the schema's set).
   */
  private lastExtracted: { profile: Profile; keys: ProfileKeys } | undefined;
  /**
   * The profile object each pid was indexed from. Screening that same object can answer "nothing
   * shared" from the pid's fingerprints in the arena, without extracting its keys a second time.
   */
  private readonly indexedFrom = new WeakMap<Profile, number>();
  /**
   * One space's keys, re-extracted for an indexed profile that shares a key there (its home and
   * shipping rules both ask for the address space). Held only for such profiles, and only that space.
   */
  private readonly sharedSpaceKeys = new WeakMap<Profile, Map<ListedSpace, LinkKey[]>>();
  private cache: { clusters: Cluster[]; byPid: Int32Array } | undefined;

  constructor(options: LinkIndexOptions = {}) {
    this.store = options.store ?? new MemoryPostingStore();
    this.secret = options.hmacSecret;
    const policies = { ...DEFAULT_POLICIES };
    for (const [attribute, override] of Object.entries(options.policies ?? {}))
      policies[attribute as LinkAttribute] = { ...policies[attribute as LinkAttribute], ...override };
    this.policies = policies;
    this.householdMax = options.householdMax ?? DEFAULT_ADDRESS_OPTIONS.householdMax;
    this.commercialMinimum = options.commercialMinimum ?? DEFAULT_ADDRESS_OPTIONS.commercialMinimum;
    this.resumeThreshold = options.resumeThreshold ?? 0.9;
    this.keyOptions = {
      filter: compileFilter(options.allowlist),
      ...(options.defaultCountry !== undefined && { defaultCountry: options.defaultCountry }),
      ...(options.unknownConnection !== undefined && { unknownConnection: options.unknownConnection }),
    };
  }

  /** Whether the index stores HMAC digests only. */
  get hmac(): boolean {
    return this.secret !== undefined;
  }

  /** Profiles currently indexed. */
  get size(): number {
    return this.live;
  }

  private digest(text: string): [number, number] {
    if (this.secret === undefined) return hash64(text);
    const bytes = createHmac('sha256', this.secret).update(text).digest();
    return [bytes.readUInt32BE(0), bytes.readUInt32BE(4)];
  }

  private keyHash(space: KeySpace, key: string): [number, number] {
    const prefix = SPACE_PREFIX.get(space) as string;
    return this.secret === undefined ? hash64Joined(prefix, key) : this.digest(`${prefix}${key}`);
  }

  private fingerprint(kind: string, value: string | undefined): number {
    if (!value) return 0;
    const h =
      this.secret === undefined
        ? hash32(`${kind}\u0000${value}`, 0x3c6ef372)
        : this.digest(`${kind}\u0000${value}`)[0];
    return h === 0 ? 1 : h;
  }

  private keysOf(profile: Profile): ProfileKeys {
    if (this.lastExtracted?.profile === profile) return this.lastExtracted.keys;
    const keys = extractKeys(profile, this.keyOptions);
    this.lastExtracted = { profile, keys };
    return keys;
  }

  private displayFor(space: KeySpace, display: string, hi: number): string {
    if (this.secret === undefined) return display;
    return `${space} #${hi.toString(16).padStart(8, '0')}`;
  }

  /** Adds (or replaces) a profile. */
  add(profile: Profile): void {
    if (this.pidOf.has(profile.id)) this.remove(profile.id);
    // Not cached: a bulk load must not keep every profile's raw keys alive.
    const keys =
      this.lastExtracted?.profile === profile
        ? this.lastExtracted.keys
        : extractKeys(profile, this.keyOptions);
    const pid = this.idOf.length;
    if (pid >= 1 << 28) throw new RangeError('LinkIndex holds at most 268,435,456 profiles');
    this.idOf.push(profile.id);
    this.pidOf.set(profile.id, pid);
    this.indexedFrom.set(profile, pid);
    this.sharedSpaceKeys.delete(profile);
    const n = pid + 1;
    this.alive = ensure(this.alive, n);
    this.org = ensure(this.org, n);
    this.name = ensure(this.name, n);
    this.family = ensure(this.family, n);
    this.home = ensure(this.home, n);
    this.keyStart = ensure(this.keyStart, n);
    this.keyCount = ensure(this.keyCount, n);
    this.sigAt = ensure(this.sigAt, n);
    this.alive[pid] = 1;
    this.org[pid] = this.internOrg(keys.organizationId);
    this.name[pid] = this.fingerprint('name', keys.fullName);
    this.family[pid] = this.fingerprint('family', keys.familyName);
    this.home[pid] = this.fingerprint('home', homeKeyOf(keys));
    this.keyStart[pid] = this.arenaLength;
    this.sigAt[pid] = -1;

    for (const key of keys.keys) {
      const flags = (key.lives ? LIVES : 0) | (key.ships ? SHIPS : 0) | (key.commercial ? COMMERCIAL : 0);
      this.putKey(pid, spaceOf(key.attribute), key.key, flags, key.display);
    }
    if (keys.resume) {
      const at = this.signatureCount++;
      this.signatures = ensure(this.signatures, this.signatureCount * MINHASH_SIZE);
      this.signatures.set(keys.resume.signature, at * MINHASH_SIZE);
      this.sigAt[pid] = at;
      for (const band of bandKeys(keys.resume.signature)) this.putKey(pid, 'resume', band, 0, RESUME_LABEL);
    }
    this.keyCount[pid] = this.arenaLength - (this.keyStart[pid] as number);
    this.live++;
    this.cache = undefined;
  }

  /** Stores one key of profile `pid`: its posting in the store and its fingerprint in the arena. */
  private putKey(pid: number, space: KeySpace, key: string, flags: number, display: string): void {
    const [hi, lo] = this.keyHash(space, key);
    const spaceIndex = SPACE_INDEX.get(space) as number;
    this.store.add(hi, lo, pid, flags, spaceIndex, this.displayFor(space, display, hi));
    const at = this.arenaLength++;
    this.arenaHi = ensure(this.arenaHi, this.arenaLength);
    this.arenaLo = ensure(this.arenaLo, this.arenaLength);
    this.arenaSpace = ensure(this.arenaSpace, this.arenaLength);
    this.arenaHi[at] = hi;
    this.arenaLo[at] = lo;
    this.arenaSpace[at] = spaceIndex;
  }

  /** Removes a profile; returns false when it was not indexed. Its arena space is not reclaimed. */
  remove(profileId: string): boolean {
    const pid = this.pidOf.get(profileId);
    if (pid === undefined) return false;
    const start = this.keyStart[pid] as number;
    const end = start + (this.keyCount[pid] as number);
    for (let i = start; i < end; i++)
      this.store.remove(this.arenaHi[i] as number, this.arenaLo[i] as number, pid);
    this.pidOf.delete(profileId);
    this.alive[pid] = 0;
    this.live--;
    this.cache = undefined;
    return true;
  }

  private internOrg(organizationId: string | undefined): number {
    if (organizationId === undefined) return -1;
    let index = this.orgOf.get(organizationId);
    if (index === undefined) {
      index = this.orgNames.length;
      this.orgNames.push(organizationId);
      this.orgOf.set(organizationId, index);
    }
    return index;
  }

  /**
   * The profile ids carrying one canonical key (as `extractKeys` produces it), sorted. For `resume`
   * the key is an LSH band key.
   *
   * @example
   * index.lookup('phone', '+14155552671'); // ['cand-1', 'cand-7']
   */
  lookup(attribute: LinkAttribute, key: string): string[] {
    const [hi, lo] = this.keyHash(spaceOf(attribute), key);
    return this.carriers(hi, lo, -1)
      .map((c) => this.idOf[c.pid] as string)
      .sort();
  }

  private carriers(hi: number, lo: number, exclude: number): Carrier[] {
    const out: Carrier[] = [];
    for (const code of this.store.get(hi, lo)) {
      const pid = code >>> 3;
      if (pid !== exclude && this.alive[pid] === 1) out.push({ pid, flags: code & 7 });
    }
    return out;
  }

  private stats(
    space: KeySpace,
    carriers: readonly Carrier[],
    self?: { flags: number; name: number; family: number; home: number; org: string | undefined },
  ): Stats {
    const homes = new Set<number>();
    let homeless = 0;
    const names = new Set<number>();
    const orgs = new Set<string>();
    const families = new Set<number>();
    let unnamed = 0;
    let residents = 0;
    let shipOnly = 0;
    let commercial = false;
    const visit = (
      flags: number,
      name: number,
      family: number,
      home: number,
      org: string | undefined,
    ): void => {
      if (home === 0) homeless++;
      else homes.add(home);
      if (name === 0) unnamed++;
      else names.add(name);
      families.add(family);
      if (org !== undefined) orgs.add(org);
      if (flags & LIVES) residents++;
      else if (flags & SHIPS) shipOnly++;
      if (flags & COMMERCIAL) commercial = true;
    };
    for (const { pid, flags } of carriers) {
      const org = this.org[pid] as number;
      visit(
        flags,
        this.name[pid] as number,
        this.family[pid] as number,
        this.home[pid] as number,
        org < 0 ? undefined : this.orgNames[org],
      );
    }
    if (self) visit(self.flags, self.name, self.family, self.home, self.org);
    const total = carriers.length + (self ? 1 : 0);
    const household =
      space === 'address' &&
      total >= 2 &&
      total <= this.householdMax &&
      residents === total &&
      families.size === 1 &&
      !families.has(0);
    const byName = names.size + unnamed;
    // Flatmates at their own address, or a couple's joint account: a few people, one home between them.
    const oneHome = homes.size === 1 && homeless === 0;
    const coResidents =
      byName <= this.householdMax &&
      ((space === 'address' && !household && residents === total) || (space === 'bank-account' && oneHome));
    return {
      carriers: total,
      // People who live together share their home's network by nature: on a login network each home
      // counts once. A farm shows the opposite, many claimed homes behind one residential line.
      identities: space === 'login-network' ? Math.min(byName, homes.size + homeless) : byName,
      names: names.size,
      organizations: orgs.size,
      residents,
      shipOnly,
      commercial,
      household,
      coResidents,
    };
  }

  private assess(attribute: LinkAttribute, stats: Stats): Severity | undefined {
    if (stats.household) return undefined;
    // Flatmates (xp-shared-address) and spouses' joint accounts (xp-shared-payout) are listed false
    // positives; a farm's tell is people who claim homes elsewhere. A few co-residents stay visible,
    // below review on their own.
    if (stats.coResidents) return severityFor(this.policies[attribute], stats.identities) ? 'low' : undefined;
    const policy = this.policies[attribute];
    if (stats.commercial) {
      // One employer's staff at one business address is that employer's office.
      if (stats.organizations <= 1) return undefined;
      if (stats.identities < this.commercialMinimum) return undefined;
      const severity = severityFor(policy, stats.identities);
      return severity && SEVERITY_RANK[severity] > SEVERITY_RANK.medium ? 'medium' : severity;
    }
    return severityFor(policy, stats.identities);
  }

  /**
   * Whether another live profile carries any of an indexed profile's keys in one key space, read from
   * the fingerprints stored when it was added. False means every match list of that space is empty.
   */
  private sharesAnyKey(pid: number, spaceIndex: number): boolean {
    const start = this.keyStart[pid] as number;
    const end = start + (this.keyCount[pid] as number);
    for (let i = start; i < end; i++) {
      if (this.arenaSpace[i] !== spaceIndex) continue;
      for (const code of this.store.get(this.arenaHi[i] as number, this.arenaLo[i] as number)) {
        const other = code >>> 3;
        if (other !== pid && this.alive[other] === 1) return true;
      }
    }
    return false;
  }

  /** Other profiles sharing each of this profile's keys of one attribute, with the policy's verdict. */
  matchesFor(profile: Profile, attribute: LinkAttribute): readonly LinkMatch[] {
    const selfPid = this.pidOf.get(profile.id) ?? -1;
    if (selfPid >= 0 && this.indexedFrom.get(profile) === selfPid)
      return this.indexedMatches(profile, attribute, selfPid);
    const keys = this.keysOf(profile);
    if (attribute === 'resume')
      return this.resumeMatches(keys.resume, selfPid, () => ({
        name: this.fingerprint('name', keys.fullName),
        org: keys.organizationId,
      }));
    return this.keyMatches(keys, attribute, selfPid);
  }

  /**
   * Matches for the very object that was indexed as `pid`, from what `add` stored. Most profiles share
   * nothing, which the stored fingerprints tell without extracting anything; otherwise only the asked
   * space's keys are extracted again, for their paths and displays (the index keeps neither).
   */
  private indexedMatches(profile: Profile, attribute: LinkAttribute, pid: number): readonly LinkMatch[] {
    const space = spaceOf(attribute);
    if (!this.sharesAnyKey(pid, SPACE_INDEX.get(space) as number)) return [];
    if (space === 'resume') {
      const signature = this.signatureOf(pid);
      const org = this.org[pid] as number;
      return this.resumeMatches(signature && { signature, path: RESUME_PATH }, pid, () => ({
        name: this.name[pid] as number,
        org: org < 0 ? undefined : this.orgNames[org],
      }));
    }
    // An indexed profile's own stats come from the index, so its other keys are not needed.
    return this.keyMatches({ keys: this.spaceKeysOf(profile, space) }, attribute, pid);
  }

  private spaceKeysOf(profile: Profile, space: ListedSpace): LinkKey[] {
    let bySpace = this.sharedSpaceKeys.get(profile);
    if (!bySpace) this.sharedSpaceKeys.set(profile, (bySpace = new Map()));
    let keys = bySpace.get(space);
    if (!keys) bySpace.set(space, (keys = extractSpaceKeys(profile, space, this.keyOptions)));
    return keys;
  }

  /**
   * Matches for each of a profile's keys of one attribute. `selfPid` is the profile's pid, or -1 when it
   * is not indexed: then `keys` must be all its keys, which its own contribution to the stats needs.
   */
  private keyMatches(keys: ProfileKeys, attribute: LinkAttribute, selfPid: number): LinkMatch[] {
    const space = spaceOf(attribute);
    const out: LinkMatch[] = [];
    for (const key of keys.keys) {
      if (key.attribute !== attribute) continue;
      const [hi, lo] = this.keyHash(space, key.key);
      const all = this.carriers(hi, lo, -1);
      const others = all.filter((c) => c.pid !== selfPid);
      if (others.length === 0) continue;
      let self: Parameters<LinkIndex['stats']>[2];
      if (selfPid < 0) {
        let flags = 0;
        for (const k of keys.keys)
          if (spaceOf(k.attribute) === space && k.key === key.key)
            flags |= (k.lives ? LIVES : 0) | (k.ships ? SHIPS : 0) | (k.commercial ? COMMERCIAL : 0);
        self = {
          flags,
          name: this.fingerprint('name', keys.fullName),
          family: this.fingerprint('family', keys.familyName),
          home: this.fingerprint('home', homeKeyOf(keys)),
          org: keys.organizationId,
        };
      }
      const stats = this.stats(space, selfPid < 0 ? others : all, self);
      const severity = this.assess(attribute, stats);
      out.push({
        attribute,
        displayKey: key.display,
        path: key.path,
        profileIds: others.map((c) => this.idOf[c.pid] as string).sort(),
        organizationCount: stats.organizations,
        identityCount: stats.identities,
        nameCount: stats.names,
        residentCount: stats.residents,
        shipOnlyCount: stats.shipOnly,
        household: stats.household,
        commercial: stats.commercial,
        ...(severity && { severity, weight: SEVERITY_WEIGHT[severity] }),
      });
    }
    return out;
  }

  private signatureOf(pid: number): Uint32Array | undefined {
    const at = this.sigAt[pid] as number;
    return at < 0 ? undefined : this.signatures.subarray(at * MINHASH_SIZE, (at + 1) * MINHASH_SIZE);
  }

  /**
   * Near-duplicate résumés of a profile. `identity` gives its name fingerprint and organisation, asked
   * only when there is a match (in HMAC mode the fingerprint costs a digest).
   */
  private resumeMatches(
    resume: ProfileKeys['resume'],
    selfPid: number,
    identity: () => { name: number; org: string | undefined },
  ): LinkMatch[] {
    if (!resume) return [];
    const signature = resume.signature;
    const similar = new Map<number, number>();
    for (const band of bandKeys(signature)) {
      const [hi, lo] = this.keyHash('resume', band);
      for (const { pid } of this.carriers(hi, lo, selfPid)) {
        if (similar.has(pid)) continue;
        const other = this.signatureOf(pid);
        const score = other ? minhashSimilarity(signature, other) : 0;
        similar.set(pid, score);
      }
    }
    const matched = [...similar].filter(([, score]) => score >= this.resumeThreshold);
    if (matched.length === 0) return [];
    const { name, org } = identity();
    const self = { flags: 0, name, family: 0, home: 0, org };
    const stats = this.stats(
      'resume',
      matched.map(([pid]) => ({ pid, flags: 0 })),
      self,
    );
    const severity = this.assess('resume', stats);
    return [
      {
        attribute: 'resume',
        displayKey: attributeLabel('resume'),
        path: resume.path,
        profileIds: matched.map(([pid]) => this.idOf[pid] as string).sort(),
        organizationCount: stats.organizations,
        identityCount: stats.identities,
        nameCount: stats.names,
        residentCount: 0,
        shipOnlyCount: 0,
        household: false,
        commercial: false,
        similarity: Math.min(...matched.map(([, score]) => score)),
        ...(severity && { severity, weight: SEVERITY_WEIGHT[severity] }),
      },
    ];
  }

  /** Suspicious clusters, most suspicious first. Computed once per change to the index. */
  clusters(): Cluster[] {
    return this.clustered().clusters;
  }

  /** The suspicious cluster a profile belongs to, if any. */
  clusterOf(profileId: string): ClusterSummary | undefined {
    const pid = this.pidOf.get(profileId);
    if (pid === undefined) return undefined;
    const { clusters, byPid } = this.clustered();
    const cluster = clusters[byPid[pid] ?? -1];
    if (!cluster) return undefined;
    return {
      id: cluster.id,
      size: cluster.members.length,
      suspicion: cluster.suspicion,
      severity: cluster.severity,
      organizationCount: cluster.organizations.length,
    };
  }

  private clustered(): { clusters: Cluster[]; byPid: Int32Array } {
    if (this.cache) return this.cache;
    const n = this.idOf.length;
    const sets = new UnionFind(n);
    const ties: { attribute: LinkAttribute; display: string; pids: number[]; severity: Severity }[] = [];
    const seenResume = new Set<string>();
    this.store.forEachShared((spaceIndex, display, codes) => {
      const carriers: Carrier[] = [];
      for (const code of codes)
        if (this.alive[code >>> 3] === 1) carriers.push({ pid: code >>> 3, flags: code & 7 });
      if (carriers.length < 2) return;
      if (spaceIndex === RESUME_SPACE) {
        this.resumeTies(carriers, seenResume, ties);
        return;
      }
      const space = KEY_SPACES[spaceIndex] as KeySpace;
      const attribute: LinkAttribute =
        spaceIndex === ADDRESS_SPACE
          ? carriers.some((c) => c.flags & SHIPS)
            ? 'shipping-address'
            : 'home-address'
          : (space as LinkAttribute);
      const stats = this.stats(space, carriers);
      const severity = this.assess(attribute, stats);
      if (!severity || stats.coResidents || stats.identities < this.policies[attribute].linkFrom) return;
      ties.push({ attribute, display, pids: carriers.map((c) => c.pid), severity });
    });
    for (const tie of ties) for (const pid of tie.pids) sets.union(tie.pids[0] as number, pid);

    const groups = new Map<number, { pids: Set<number>; ties: ClusterTie[] }>();
    for (const tie of ties) {
      const root = sets.find(tie.pids[0] as number);
      let group = groups.get(root);
      if (!group) groups.set(root, (group = { pids: new Set(), ties: [] }));
      for (const pid of tie.pids) group.pids.add(pid);
      group.ties.push({
        attribute: tie.attribute,
        displayKey: tie.display,
        profileIds: tie.pids.map((pid) => this.idOf[pid] as string).sort(),
        severity: tie.severity,
      });
    }
    const clusters: Cluster[] = [];
    const memberPids: number[][] = [];
    for (const group of groups.values()) {
      const members = [...group.pids].map((pid) => this.idOf[pid] as string).sort();
      const orgs = new Set<string>();
      for (const pid of group.pids) {
        const org = this.org[pid] as number;
        if (org >= 0) orgs.add(this.orgNames[org] as string);
      }
      const organizations = [...orgs].sort();
      const sorted = sortTies(group.ties);
      const [hi, lo] = hash64(members[0] as string);
      clusters.push({
        id: `cl-${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`,
        members,
        attributes: sorted,
        organizations,
        suspicion: suspicionOf(sorted),
        severity: worstSeverity(sorted),
        explanation: explain(members, organizations, sorted),
      });
      memberPids.push([...group.pids]);
    }
    const order = clusters.map((_, i) => i);
    const sortedClusters = sortClusters([...clusters]);
    const position = new Map(sortedClusters.map((cluster, i) => [cluster, i]));
    const byPid = new Int32Array(n).fill(-1);
    order.forEach((i) => {
      for (const pid of memberPids[i] as number[])
        byPid[pid] = position.get(clusters[i] as Cluster) as number;
    });
    this.cache = { clusters: sortedClusters, byPid };
    return this.cache;
  }

  private resumeTies(
    carriers: readonly Carrier[],
    seen: Set<string>,
    ties: { attribute: LinkAttribute; display: string; pids: number[]; severity: Severity }[],
  ): void {
    const policy = this.policies.resume;
    if (carriers.length > policy.maxIdentities) return;
    for (let i = 0; i < carriers.length; i++) {
      const a = (carriers[i] as Carrier).pid;
      const sa = this.signatureOf(a);
      for (let j = i + 1; j < carriers.length; j++) {
        const b = (carriers[j] as Carrier).pid;
        const pairKey = a < b ? `${a}:${b}` : `${b}:${a}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const sb = this.signatureOf(b);
        if (!sa || !sb || minhashSimilarity(sa, sb) < this.resumeThreshold) continue;
        const stats = this.stats('resume', [carriers[i] as Carrier, carriers[j] as Carrier]);
        const severity = this.assess('resume', stats);
        if (severity && stats.identities >= policy.linkFrom)
          ties.push({ attribute: 'resume', display: attributeLabel('resume'), pids: [a, b], severity });
      }
    }
  }

  /**
   * Everything the index holds, as JSON-safe data (typed arrays as number arrays), for persistence
   * and for audits that the HMAC mode keeps no raw identifier.
   */
  snapshot(): Record<string, unknown> {
    const plain = (value: unknown, depth: number): unknown => {
      if (depth > 6) return undefined;
      if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
      if (value instanceof Map) return [...value].map(([k, v]) => [plain(k, depth + 1), plain(v, depth + 1)]);
      if (value instanceof WeakMap) return undefined;
      if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
      if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) {
          if (SNAPSHOT_SKIPS.has(key)) continue;
          out[key] = plain(item, depth + 1);
        }
        return out;
      }
      return typeof value === 'function' ? undefined : value;
    };
    return plain(this, 0) as Record<string, unknown>;
  }
}
