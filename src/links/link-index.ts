import { createHmac } from 'node:crypto';
import { compareCodeUnits, sortInPlace } from '../_lib/sort-in-place.js';
import { ConfigError } from '../engine/errors.js';
import { CidrIndex } from '../intel/cidr-index.js';
import { normalizeAddress } from '../normalize/address.js';
import type { Severity } from '../schema/primitives.js';
import type { Profile } from '../schema/profile.js';
import { ensure } from './_lib/columns.js';
import { DistinctNumbers } from './_lib/distinct.js';
import { hash32Joined, hash64, hash64Into } from './_lib/hash.js';
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
/** What the name, family and home fingerprints hash their value under. */
const NAME_PREFIX = 'name\u0000';
const FAMILY_PREFIX = 'family\u0000';
const HOME_PREFIX = 'home\u0000';
/** An organisation index: none given. */
const NO_ORG = -1;
/** An organisation index: a screened profile's organisation that no indexed profile has. */
const UNINDEXED_ORG = -2;
/** Where `hashKey` writes a key's fingerprint, read at once by its caller: no pair per key. */
const KEY_HASH = new Uint32Array(2);
/** The answer for a profile that shares nothing, which most do. */
const NO_MATCHES: readonly LinkMatch[] = Object.freeze([]);

/** The profile's first home address key, which identifies its household on a shared network. */
function homeKeyOf(keys: ProfileKeys): string | undefined {
  return keys.keys.find((key) => key.attribute === 'home-address')?.key;
}

interface Carrier {
  pid: number;
  flags: number;
}

/** A screened profile's part in its keys' stats, as the index stores it per pid (flags aside). */
interface Identity {
  name: number;
  family: number;
  home: number;
  org: string | undefined;
}

/**
 * The carriers of one key being tallied, and then their `Stats`. One instance serves every tally in
 * turn (filled, summed up by `LinkIndex.stats` and read before the next begins), so assessing a shared
 * key allocates no sets, no closure and no stats object.
 */
class Tally implements Stats {
  readonly homeSet = new DistinctNumbers();
  readonly nameSet = new DistinctNumbers();
  readonly familySet = new DistinctNumbers();
  /** Organisation indexes (`UNINDEXED_ORG` for a screened profile's organisation no one else has). */
  readonly orgSet = new DistinctNumbers();
  carriers = 0;
  homeless = 0;
  unnamed = 0;
  residents = 0;
  shipOnly = 0;
  commercial = false;
  // Set by `LinkIndex.stats` from the counts above.
  identities = 0;
  names = 0;
  organizations = 0;
  household = false;
  coResidents = false;

  reset(): void {
    this.homeSet.reset();
    this.nameSet.reset();
    this.familySet.reset();
    this.orgSet.reset();
    this.carriers = 0;
    this.homeless = 0;
    this.unnamed = 0;
    this.residents = 0;
    this.shipOnly = 0;
    this.commercial = false;
  }

  /** Counts one carrier: its flags on the key, its fingerprints (0: none) and organisation index. */
  add(flags: number, name: number, family: number, home: number, org: number): void {
    this.carriers++;
    if (home === 0) this.homeless++;
    else this.homeSet.add(home);
    if (name === 0) this.unnamed++;
    else this.nameSet.add(name);
    this.familySet.add(family);
    if (org !== NO_ORG) this.orgSet.add(org);
    if (flags & LIVES) this.residents++;
    else if (flags & SHIPS) this.shipOnly++;
    if (flags & COMMERCIAL) this.commercial = true;
  }
}

const tally = new Tally();

/** A key's LIVES / SHIPS / COMMERCIAL flags as the store keeps them. */
function flagsOf(key: LinkKey): number {
  return (key.lives ? LIVES : 0) | (key.ships ? SHIPS : 0) | (key.commercial ? COMMERCIAL : 0);
}

/** The flags a profile's entry under one key gets: all its listings of that key in the space, ORed. */
function spaceFlags(keys: ProfileKeys, space: KeySpace, key: string): number {
  let flags = 0;
  for (const listed of keys.keys)
    if (listed.key === key && spaceOf(listed.attribute) === space) flags |= flagsOf(listed);
  return flags;
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
  private lastExtracted: { profile: Profile; keys: ProfileKeys; identity?: Identity } | undefined;
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

  /** The truncated HMAC-SHA-256 digest of `text` (HMAC mode only): its first 8 bytes. */
  private hmac64(text: string): Buffer {
    return createHmac('sha256', this.secret as string | Uint8Array)
      .update(text)
      .digest();
  }

  /** Writes a key's 64-bit fingerprint in its space to `KEY_HASH` (hi, lo). */
  private hashKey(space: KeySpace, key: string): void {
    const prefix = SPACE_PREFIX.get(space) as string;
    if (this.secret === undefined) {
      hash64Into(prefix, key, KEY_HASH);
      return;
    }
    const bytes = this.hmac64(`${prefix}${key}`);
    KEY_HASH[0] = bytes.readUInt32BE(0);
    KEY_HASH[1] = bytes.readUInt32BE(4);
  }

  /** The posting codes of a key; see `PostingStore.get`. */
  private postings(space: KeySpace, key: string): readonly number[] {
    this.hashKey(space, key);
    return this.store.get(KEY_HASH[0] as number, KEY_HASH[1] as number);
  }

  /** A name, family or home fingerprint (`prefix` names which): 0 for no value, else never 0. */
  private fingerprint(prefix: string, value: string | undefined): number {
    if (!value) return 0;
    const h =
      this.secret === undefined
        ? hash32Joined(prefix, value, 0x3c6ef372)
        : this.hmac64(`${prefix}${value}`).readUInt32BE(0);
    return h === 0 ? 1 : h;
  }

  /** The organisation index a screened profile's organisation has here (`UNINDEXED_ORG`: none yet). */
  private orgIndexOf(organizationId: string | undefined): number {
    if (organizationId === undefined) return NO_ORG;
    return this.orgOf.get(organizationId) ?? UNINDEXED_ORG;
  }

  /**
   * The fingerprints of a profile that is not indexed, computed once per screening (the link rules ask
   * in turn about one profile; `keys` is then the entry `keysOf` keeps).
   */
  private identityOf(keys: ProfileKeys): Identity {
    const last = this.lastExtracted?.keys === keys ? this.lastExtracted : undefined;
    if (last?.identity) return last.identity;
    const identity: Identity = {
      name: this.fingerprint(NAME_PREFIX, keys.fullName),
      family: this.fingerprint(FAMILY_PREFIX, keys.familyName),
      home: this.fingerprint(HOME_PREFIX, homeKeyOf(keys)),
      org: keys.organizationId,
    };
    if (last) last.identity = identity;
    return identity;
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
    this.name[pid] = this.fingerprint(NAME_PREFIX, keys.fullName);
    this.family[pid] = this.fingerprint(FAMILY_PREFIX, keys.familyName);
    this.home[pid] = this.fingerprint(HOME_PREFIX, homeKeyOf(keys));
    this.keyStart[pid] = this.arenaLength;
    this.sigAt[pid] = -1;

    for (const key of keys.keys) this.putKey(pid, spaceOf(key.attribute), key.key, flagsOf(key), key.display);
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
    this.hashKey(space, key);
    const hi = KEY_HASH[0] as number;
    const lo = KEY_HASH[1] as number;
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
    return this.idsOf(this.postings(spaceOf(attribute), key), -1);
  }

  /** The ids of the live profiles among posting codes, but `exclude`'s, sorted. */
  private idsOf(codes: readonly number[], exclude: number): string[] {
    // Sized up front and sorted in place: growing by push and the native sort's work array cost more
    // than the handful of ids a shared key has.
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const pid = (codes[i] as number) >>> 3;
      if (pid !== exclude && this.alive[pid] === 1) count++;
    }
    const ids = new Array<string>(count);
    let at = 0;
    for (let i = 0; i < codes.length; i++) {
      const pid = (codes[i] as number) >>> 3;
      if (pid !== exclude && this.alive[pid] === 1) ids[at++] = this.idOf[pid] as string;
    }
    return sortInPlace(ids, compareCodeUnits);
  }

  /** Whether a live profile other than `exclude` is among posting codes. */
  private carriedByOther(codes: readonly number[], exclude: number): boolean {
    for (let i = 0; i < codes.length; i++) {
      const pid = (codes[i] as number) >>> 3;
      if (pid !== exclude && this.alive[pid] === 1) return true;
    }
    return false;
  }

  /** Adds an indexed profile to the tally, with its flags on the key being tallied. */
  private tallyPid(pid: number, flags: number): void {
    tally.add(
      flags,
      this.name[pid] as number,
      this.family[pid] as number,
      this.home[pid] as number,
      this.org[pid] as number,
    );
  }

  /** Adds a screened profile that is not indexed to the tally. */
  private tallyIdentity(flags: number, self: Identity): void {
    tally.add(flags, self.name, self.family, self.home, this.orgIndexOf(self.org));
  }

  /** The stats of the carriers `tally` holds, for a key of one space. */
  /**
   * The stats of the carriers `tally` holds, for a key of one space. The answer is `tally` itself:
   * read it before the next tally begins.
   */
  private stats(space: KeySpace): Readonly<Stats> {
    const { homeSet, nameSet, familySet, orgSet, carriers: total, homeless, unnamed, residents } = tally;
    const household =
      space === 'address' &&
      total >= 2 &&
      total <= this.householdMax &&
      residents === total &&
      familySet.size === 1 &&
      !familySet.has(0);
    const byName = nameSet.size + unnamed;
    // Flatmates at their own address, or a couple's joint account: a few people, one home between them.
    const oneHome = homeSet.size === 1 && homeless === 0;
    tally.coResidents =
      byName <= this.householdMax &&
      ((space === 'address' && !household && residents === total) || (space === 'bank-account' && oneHome));
    // People who live together share their home's network by nature: on a login network each home
    // counts once. A farm shows the opposite, many claimed homes behind one residential line.
    tally.identities = space === 'login-network' ? Math.min(byName, homeSet.size + homeless) : byName;
    tally.names = nameSet.size;
    tally.organizations = orgSet.size;
    tally.household = household;
    return tally;
  }

  /** The stats of carriers listed as objects (the clustering pass). */
  private statsOfCarriers(space: KeySpace, carriers: readonly Carrier[]): Readonly<Stats> {
    tally.reset();
    for (const { pid, flags } of carriers) this.tallyPid(pid, flags);
    return this.stats(space);
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
      if (this.carriedByOther(this.store.get(this.arenaHi[i] as number, this.arenaLo[i] as number), pid))
        return true;
    }
    return false;
  }

  /** Other profiles sharing each of this profile's keys of one attribute, with the policy's verdict. */
  matchesFor(profile: Profile, attribute: LinkAttribute): readonly LinkMatch[] {
    const selfPid = this.pidOf.get(profile.id) ?? -1;
    if (selfPid >= 0 && this.indexedFrom.get(profile) === selfPid)
      return this.indexedMatches(profile, attribute, selfPid);
    const keys = this.keysOf(profile);
    if (attribute === 'resume') return this.resumeMatches(keys.resume, selfPid, keys);
    return this.keyMatches(keys, attribute, selfPid);
  }

  /**
   * Matches for the very object that was indexed as `pid`, from what `add` stored. Most profiles share
   * nothing, which the stored fingerprints tell without extracting anything; otherwise only the asked
   * space's keys are extracted again, for their paths and displays (the index keeps neither).
   */
  private indexedMatches(profile: Profile, attribute: LinkAttribute, pid: number): readonly LinkMatch[] {
    const space = spaceOf(attribute);
    if (!this.sharesAnyKey(pid, SPACE_INDEX.get(space) as number)) return NO_MATCHES;
    if (space === 'resume') {
      const signature = this.signatureOf(pid);
      return this.resumeMatches(signature && { signature, path: RESUME_PATH }, pid, undefined);
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
   * A key no one else carries costs a hash and a probe, nothing more.
   */
  private keyMatches(keys: ProfileKeys, attribute: LinkAttribute, selfPid: number): readonly LinkMatch[] {
    const space = spaceOf(attribute);
    let out: LinkMatch[] | undefined;
    for (let i = 0; i < keys.keys.length; i++) {
      const key = keys.keys[i] as LinkKey;
      if (key.attribute !== attribute) continue;
      const codes = this.postings(space, key.key);
      if (!this.carriedByOther(codes, selfPid)) continue;
      // Every live carrier counts, this profile's own entry included when it is indexed; a profile
      // that is not indexed is added with its flags on the key.
      tally.reset();
      for (let j = 0; j < codes.length; j++) {
        const code = codes[j] as number;
        if (this.alive[code >>> 3] === 1) this.tallyPid(code >>> 3, code & 7);
      }
      if (selfPid < 0) this.tallyIdentity(spaceFlags(keys, space, key.key), this.identityOf(keys));
      const stats = this.stats(space);
      const match = this.matchOf(
        attribute,
        key.display,
        key.path,
        this.idsOf(codes, selfPid),
        stats,
        undefined,
      );
      // A profile has one key of an attribute more often than not: a one-element list, not push's 17.
      if (out) out.push(match);
      else out = [match];
    }
    return out ?? NO_MATCHES;
  }

  /** A match with its stats and the policy's verdict on them. */
  private matchOf(
    attribute: LinkAttribute,
    displayKey: string,
    path: string,
    profileIds: string[],
    stats: Stats,
    similarity: number | undefined,
  ): LinkMatch {
    const match: LinkMatch = {
      attribute,
      displayKey,
      path,
      profileIds,
      organizationCount: stats.organizations,
      identityCount: stats.identities,
      nameCount: stats.names,
      residentCount: stats.residents,
      shipOnlyCount: stats.shipOnly,
      household: stats.household,
      commercial: stats.commercial,
    };
    if (similarity !== undefined) match.similarity = similarity;
    const severity = this.assess(attribute, stats);
    if (severity) {
      match.severity = severity;
      match.weight = SEVERITY_WEIGHT[severity];
    }
    return match;
  }

  private signatureOf(pid: number): Uint32Array | undefined {
    const at = this.sigAt[pid] as number;
    return at < 0 ? undefined : this.signatures.subarray(at * MINHASH_SIZE, (at + 1) * MINHASH_SIZE);
  }

  /**
   * Near-duplicate résumés of a profile. Its own part in the stats comes from `keys` when given (a
   * profile screened from its keys), else from what the index stores for `selfPid`; either is read only
   * when there is a match (in HMAC mode a fingerprint costs a digest).
   */
  private resumeMatches(
    resume: ProfileKeys['resume'],
    selfPid: number,
    keys: ProfileKeys | undefined,
  ): readonly LinkMatch[] {
    if (!resume) return NO_MATCHES;
    const signature = resume.signature;
    /** Each candidate's estimated similarity, in the order the bands find them. */
    let similar: Map<number, number> | undefined;
    for (const band of bandKeys(signature)) {
      const codes = this.postings('resume', band);
      for (let i = 0; i < codes.length; i++) {
        const pid = (codes[i] as number) >>> 3;
        if (pid === selfPid || this.alive[pid] !== 1 || similar?.has(pid)) continue;
        const other = this.signatureOf(pid);
        (similar ??= new Map()).set(pid, other ? minhashSimilarity(signature, other) : 0);
      }
    }
    if (!similar) return NO_MATCHES;
    tally.reset();
    const profileIds: string[] = [];
    let lowest = Infinity;
    for (const [pid, score] of similar) {
      if (score < this.resumeThreshold) continue;
      this.tallyPid(pid, 0);
      profileIds.push(this.idOf[pid] as string);
      lowest = Math.min(lowest, score);
    }
    if (profileIds.length === 0) return NO_MATCHES;
    if (keys) {
      const self = this.identityOf(keys);
      tally.add(0, self.name, 0, 0, this.orgIndexOf(self.org));
    } else tally.add(0, this.name[selfPid] as number, 0, 0, this.org[selfPid] as number);
    const stats = this.stats('resume');
    return [this.matchOf('resume', RESUME_LABEL, resume.path, profileIds.sort(), stats, lowest)];
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
      const stats = this.statsOfCarriers(space, carriers);
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
        const stats = this.statsOfCarriers('resume', [carriers[i] as Carrier, carriers[j] as Carrier]);
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
