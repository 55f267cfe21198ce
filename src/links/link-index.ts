import type { Severity } from '../schema/primitives.js';
import type { Profile } from '../schema/profile.js';
import { flagsOf, spaceFlags } from './_lib/key-flags.js';
import { compileAllowlist } from './allowlist.js';
import { attributeLabel, type Cluster } from './cluster.js';
import type { Investigation } from './networks/types.js';
import { clusterProfiles, type Carrier, type Clustering } from './clustering.js';
import { corroboratedMembers } from './corroboration.js';
import { Fingerprints } from './fingerprints.js';
import { IdentityArena } from './identity-arena.js';
import {
  KEY_SPACES,
  RESUME_PATH,
  spaceOf,
  type KeyOptions,
  type KeySpace,
  type LinkKey,
  type ProfileKeys,
} from './keys.js';
import type { EntryKey, LinkEntry } from './link-entry.js';
import type { LinkIndexOptions, LinkIndexSnapshot } from './link-index-options.js';
import type { ClusterSummary, LinkAttribute, LinkLookup, LinkMatch } from './lookup.js';
import { bandKeys } from './minhash.js';
import {
  DEFAULT_ADDRESS_OPTIONS,
  DEFAULT_POLICIES,
  SEVERITY_WEIGHT,
  verdictOf,
  type LinkPolicies,
} from './policy.js';
import { homeKeyOf, ProfileKeyMemo } from './profile-key-memo.js';
import { similarResumes } from './resume-matching.js';
import { MemoryPostingStore, type PostingCodes, type PostingStore } from './store.js';
import { keyHex } from './stores/_lib/key-bytes.js';
import { Tally, type Stats } from './tally.js';
import {
  copyStats,
  firstIdsWithout,
  hasPid,
  overCapNotice,
  WIDE_KEY,
  type WideKey,
} from './_lib/wide-keys.js';

export type { LinkAllowlist } from './allowlist.js';
export type { LinkIndexOptions, LinkIndexSnapshot } from './link-index-options.js';

/** Each key space's position in KEY_SPACES, the small integer the arena and the store keep. */
const SPACE_INDEX = new Map(KEY_SPACES.map((space, i) => [space, i]));
const RESUME_LABEL = attributeLabel('resume');
/** The answer for a profile that shares nothing, which most do. */
const NO_MATCHES: readonly LinkMatch[] = Object.freeze([]);
const NO_NOTICES: readonly string[] = Object.freeze([]);

/**
 * The roster's link index: every profile's linkable keys (addresses, accounts, contacts, devices,
 * networks, photos, résumés, SSNs) as 64-bit fingerprints with integer posting lists, incremental
 * (`add`/`remove` one profile against millions), and the union-find clustering of suspicious ties.
 * It coordinates the parts that do each job (`Fingerprints`, `IdentityArena`, `Tally`, the policy's
 * `verdictOf`, `clusterProfiles`), each owned by this instance alone.
 *
 * @example
 * const index = new LinkIndex({ hmacSecret: process.env.LINK_SECRET });
 * for (const profile of roster) index.add(profile);
 * index.clusters()[0]?.explanation; // '5 profiles at 4 organisations share: shipping address …'
 * createScreener({ links: index });
 */
export class LinkIndex implements LinkLookup {
  private readonly store: PostingStore;
  private readonly fingerprints: Fingerprints;
  private readonly arena = new IdentityArena();
  private readonly tally: Tally;
  private readonly policies: LinkPolicies;
  private readonly householdMax: number;
  private readonly commercialMinimum: number;
  private readonly resumeThreshold: number;
  private readonly memo: ProfileKeyMemo;
  /** Per key space, the lowest cap of its attributes: a key with no more carriers is under every cap. */
  private readonly lowestCap: ReadonlyMap<KeySpace, number>;
  /** Per key space, the highest cap of its attributes: no match on one of its keys names more ids. */
  private readonly highestCap: ReadonlyMap<KeySpace, number>;

  private cache: Clustering | undefined;
  private cores = new WeakMap<Cluster, ReadonlySet<string>>();
  /** Widely shared keys' stats, first ids and carriers, by space and fingerprint; cleared on every change. */
  private wide = new Map<string, WideKey>();
  /** Other employers' key counts (16 hex digits to employers), from `useExchangeCounts`. */
  private exchange: ReadonlyMap<string, number> | undefined;

  constructor(options: LinkIndexOptions = {}) {
    this.store = options.store ?? new MemoryPostingStore();
    this.fingerprints = new Fingerprints(options.hmacSecret);
    const policies = { ...DEFAULT_POLICIES };
    for (const [attribute, override] of Object.entries(options.policies ?? {}))
      policies[attribute as LinkAttribute] = { ...policies[attribute as LinkAttribute], ...override };
    this.policies = policies;
    const lowestCap = new Map<KeySpace, number>();
    const highestCap = new Map<KeySpace, number>();
    for (const [attribute, policy] of Object.entries(policies)) {
      const space = spaceOf(attribute as LinkAttribute);
      lowestCap.set(space, Math.min(lowestCap.get(space) ?? Infinity, policy.maxIdentities));
      highestCap.set(space, Math.max(highestCap.get(space) ?? 0, policy.maxIdentities));
    }
    this.lowestCap = lowestCap;
    this.highestCap = highestCap;
    this.householdMax = options.householdMax ?? DEFAULT_ADDRESS_OPTIONS.householdMax;
    this.tally = new Tally(this.householdMax);
    this.commercialMinimum = options.commercialMinimum ?? DEFAULT_ADDRESS_OPTIONS.commercialMinimum;
    this.resumeThreshold = options.resumeThreshold ?? 0.9;
    const keyOptions: KeyOptions = {
      filter: compileAllowlist(options.allowlist),
      ...(options.defaultCountry !== undefined && { defaultCountry: options.defaultCountry }),
      ...(options.unknownConnection !== undefined && { unknownConnection: options.unknownConnection }),
    };
    this.memo = new ProfileKeyMemo(keyOptions, this.fingerprints);
  }

  /** Whether the index stores HMAC digests only. */
  get hmac(): boolean {
    return this.fingerprints.hmac;
  }

  /**
   * Has every match say how many other employers of a keyed exchange group carry its key (the map is
   * read live, so the caller may refill it after each import). Keys are fingerprints as 16 hex digits.
   *
   * @example
   * index.useExchangeCounts(new Map([['0f3a9c21d4e5b607', 3]]));
   * index.matchesFor(profile, 'phone')[0]?.otherEmployers; // 3
   */
  useExchangeCounts(counts: ReadonlyMap<string, number> | undefined): void {
    this.exchange = counts;
  }

  /** Other employers carrying the key whose fingerprint `postings` just computed, if any. */
  private otherEmployers(): number | undefined {
    if (this.exchange === undefined || this.exchange.size === 0) return undefined;
    const pair = this.fingerprints.pair;
    return this.exchange.get(keyHex(pair[0] as number, pair[1] as number));
  }

  /** Profiles currently indexed. */
  get size(): number {
    return this.arena.size;
  }

  /**
   * Whether a profile with this id is indexed (added and not removed).
   *
   * @example
   * index.add(profile);
   * index.has(profile.id); // true
   */
  has(profileId: string): boolean {
    return this.arena.pidOf(profileId) !== undefined;
  }

  /** The posting codes of a key; see `PostingStore.get`. */
  private postings(space: KeySpace, key: string): PostingCodes {
    this.fingerprints.key(space, key);
    const pair = this.fingerprints.pair;
    return this.store.get(pair[0] as number, pair[1] as number);
  }

  /** Adds (or replaces) a profile. */
  add(profile: Profile): void {
    if (this.arena.pidOf(profile.id) !== undefined) this.remove(profile.id);
    const keys = this.memo.keysToIndex(profile);
    const { fingerprints, arena } = this;
    const pid = arena.open(
      profile.id,
      keys.organizationId,
      fingerprints.name(keys.fullName),
      fingerprints.family(keys.familyName),
      fingerprints.home(homeKeyOf(keys)),
    );
    this.memo.indexed(profile, pid);
    for (const key of keys.keys) this.putKey(pid, spaceOf(key.attribute), key.key, flagsOf(key), key.display);
    if (keys.resume) {
      arena.setSignature(pid, keys.resume.signature);
      for (const band of bandKeys(keys.resume.signature)) this.putKey(pid, 'resume', band, 0, RESUME_LABEL);
    }
    arena.close(pid);
    this.changed();
  }

  /**
   * A profile as the fingerprints the index would keep for it, without adding it: what a `LinkStore`
   * persists. Keys reached from two paths (a home that is also a shipping address) appear once, with
   * both flags.
   *
   * @example
   * const entry = index.entryOf(profile, Date.now());
   * otherIndex.addEntry(entry); // links as if otherIndex.add(profile) had run
   */
  entryOf(profile: Profile, seenAt: number): LinkEntry {
    const keys = this.memo.keysToIndex(profile);
    const { fingerprints } = this;
    const byKey = new Map<string, EntryKey>();
    const put = (space: KeySpace, key: string, flags: number, display: string): void => {
      fingerprints.key(space, key);
      const hi = fingerprints.pair[0] as number;
      const lo = fingerprints.pair[1] as number;
      const id = `${hi}:${lo}`;
      const seen = byKey.get(id);
      if (seen) seen.flags |= flags;
      else
        byKey.set(id, {
          hi,
          lo,
          space: SPACE_INDEX.get(space) as number,
          flags,
          display: fingerprints.display(space, display, hi),
        });
    };
    for (const key of keys.keys) put(spaceOf(key.attribute), key.key, flagsOf(key), key.display);
    if (keys.resume) for (const band of bandKeys(keys.resume.signature)) put('resume', band, 0, RESUME_LABEL);
    return {
      id: profile.id,
      organizationId: keys.organizationId,
      name: fingerprints.name(keys.fullName),
      family: fingerprints.family(keys.familyName),
      home: fingerprints.home(homeKeyOf(keys)),
      keys: [...byKey.values()],
      signature: keys.resume?.signature,
      seenAt,
    };
  }

  /**
   * Adds (or replaces) a profile from its stored fingerprints, as `entryOf` made them with the same
   * secret: how a stored index is loaded back after a restart.
   *
   * @example
   * await store.load((entry) => index.addEntry(entry));
   */
  addEntry(entry: LinkEntry): void {
    if (this.arena.pidOf(entry.id) !== undefined) this.remove(entry.id);
    const { arena, store } = this;
    const pid = arena.open(entry.id, entry.organizationId, entry.name, entry.family, entry.home);
    for (const key of entry.keys) {
      store.add(key.hi, key.lo, pid, key.flags, key.space, key.display);
      arena.addKey(key.hi, key.lo, key.space);
    }
    if (entry.signature) arena.setSignature(pid, entry.signature);
    arena.close(pid);
    this.cache = undefined;
  }

  /** Stores one key of profile `pid`: its posting in the store and its fingerprint in the arena. */
  private putKey(pid: number, space: KeySpace, key: string, flags: number, display: string): void {
    this.fingerprints.key(space, key);
    const hi = this.fingerprints.pair[0] as number;
    const lo = this.fingerprints.pair[1] as number;
    const spaceIndex = SPACE_INDEX.get(space) as number;
    this.store.add(hi, lo, pid, flags, spaceIndex, this.fingerprints.display(space, display, hi));
    this.arena.addKey(hi, lo, spaceIndex);
  }

  /**
   * Tells the index that `profile` holds what the profile indexed under its id held, as a roster read
   * again from an unchanged file does: its screening is then answered from the stored fingerprints, as
   * for the object that was indexed, instead of extracting every key again. Returns false when no
   * profile with its id is indexed. Call it only for a record known to be unchanged (the roster stream
   * compares each record's `version` across its passes); for any other, the answers would be the
   * indexed record's.
   *
   * @example
   * index.add(validated);            // pass 1
   * index.sameAsIndexed(readAgain);  // pass 2, the same record read again unchanged
   */
  sameAsIndexed(profile: Profile): boolean {
    const pid = this.arena.pidOf(profile.id);
    if (pid === undefined) return false;
    this.memo.indexed(profile, pid);
    return true;
  }

  /** Removes a profile; returns false when it was not indexed. Its arena space is not reclaimed. */
  remove(profileId: string): boolean {
    const pid = this.arena.pidOf(profileId);
    if (pid === undefined) return false;
    this.arena.remove(pid, this.store);
    this.changed();
    return true;
  }

  private changed(): void {
    this.cache = undefined;
    if (this.wide.size > 0) this.wide.clear();
  }

  /**
   * The profile ids carrying one canonical key (as `extractKeys` produces it), sorted. For `resume`
   * the key is an LSH band key.
   *
   * @example
   * index.lookup('phone', '+14155552671'); // ['cand-1', 'cand-7']
   */
  lookup(attribute: LinkAttribute, key: string): string[] {
    return this.arena.idsOf(this.postings(spaceOf(attribute), key), -1);
  }

  /** Other profiles sharing each of this profile's keys of one attribute, with the policy's verdict. */
  matchesFor(profile: Profile, attribute: LinkAttribute): readonly LinkMatch[] {
    const selfPid = this.arena.pidOf(profile.id) ?? -1;
    if (selfPid >= 0 && this.memo.isIndexedAs(profile, selfPid))
      return this.indexedMatches(profile, attribute, selfPid);
    const keys = this.memo.keysOf(profile);
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
    if (!this.arena.sharesAnyKey(pid, SPACE_INDEX.get(space) as number, this.store)) return NO_MATCHES;
    if (space === 'resume') {
      const signature = this.arena.signatureOf(pid);
      return this.resumeMatches(signature && { signature, path: RESUME_PATH }, pid, undefined);
    }
    // An indexed profile's own stats come from the index, so its other keys are not needed.
    return this.keyMatches({ keys: this.memo.spaceKeysOf(profile, space) }, attribute, pid);
  }

  /**
   * Matches for each of a profile's keys of one attribute. `selfPid` is the profile's pid, or -1 when it
   * is not indexed: then `keys` must be all its keys, which its own contribution to the stats needs.
   * A key no one else carries costs a hash and a probe, nothing more.
   */
  private keyMatches(keys: ProfileKeys, attribute: LinkAttribute, selfPid: number): readonly LinkMatch[] {
    const { arena, tally } = this;
    const space = spaceOf(attribute);
    let out: LinkMatch[] | undefined;
    for (let i = 0; i < keys.keys.length; i++) {
      const key = keys.keys[i] as LinkKey;
      if (key.attribute !== attribute) continue;
      const codes = this.postings(space, key.key);
      if (!arena.carriedByOther(codes, selfPid)) continue;
      const otherEmployers = this.otherEmployers();
      if (codes.length > WIDE_KEY) {
        const match = this.wideMatch(keys, key, codes, selfPid);
        if (otherEmployers !== undefined) match.otherEmployers = otherEmployers;
        if (out) out.push(match);
        else out = [match];
        continue;
      }
      // Every live carrier counts, this profile's own entry included when it is indexed; a profile
      // that is not indexed is added with its flags on the key.
      let stats: Readonly<Stats>;
      if (selfPid < 0) stats = this.statsWithSelf(keys, key, codes);
      else {
        tally.reset();
        arena.tallyCodes(tally, codes);
        stats = tally.summarise(space);
      }
      const match = this.matchOf(
        attribute,
        key.display,
        key.path,
        arena.idsOf(codes, selfPid),
        stats,
        undefined,
      );
      if (otherEmployers !== undefined) match.otherEmployers = otherEmployers;
      // A profile has one key of an attribute more often than not: a one-element list, not push's 17.
      if (out) out.push(match);
      else out = [match];
    }
    return out ?? NO_MATCHES;
  }

  /**
   * The match on a widely shared key, from the key's stats and sorted ids computed once per change to
   * the index: per profile the work is bounded by the policy's cap, not by the number of carriers.
   * Above the cap the match lists the first ids and counts the rest in `profileCount`. Call it right
   * after `postings` for the key, whose fingerprint it reads.
   */
  private wideMatch(keys: ProfileKeys, key: LinkKey, codes: PostingCodes, selfPid: number): LinkMatch {
    const { arena } = this;
    const wide = this.wideKeyOf(spaceOf(key.attribute), codes);
    // A profile that is not indexed adds itself, as the narrow path does: once, not per carrier.
    const stats = selfPid < 0 ? this.statsWithSelf(keys, key, codes) : wide.stats;
    const carrier = selfPid >= 0 && hasPid(wide.pids, selfPid);
    const self = carrier ? arena.idOf(selfPid) : undefined;
    const others = wide.pids.length - (carrier ? 1 : 0);
    // The head holds the highest cap plus one ids: enough for this cap with the profile's own left out.
    const profileIds = firstIdsWithout(wide.firstIds, self, this.policies[key.attribute].maxIdentities);
    const match = this.matchOf(key.attribute, key.display, key.path, profileIds, stats, undefined);
    if (others > profileIds.length) match.profileCount = others;
    return match;
  }

  /**
   * Notices for a profile's keys shared by more identities than their policy's cap: such a key is
   * neither a finding nor a tie, and a screening says so instead of coming back silently clear.
   *
   * @example
   * index.noticesFor(profile); // ['e-mail address s***@example.com is shared by 20,000 profiles …']
   */
  noticesFor(profile: Profile): readonly string[] {
    const pid = this.arena.pidOf(profile.id) ?? -1;
    const indexed = pid >= 0 && this.memo.isIndexedAs(profile, pid);
    const all = indexed ? undefined : this.memo.keysOf(profile);
    let out: string[] | undefined;
    for (const space of KEY_SPACES) {
      if (space === 'resume') continue;
      // Most profiles have no key over a cap, which the stored postings tell without extracting a key.
      if (
        indexed &&
        this.arena.widestKey(pid, SPACE_INDEX.get(space) as number, this.store) <=
          (this.lowestCap.get(space) as number)
      )
        continue;
      const keys = all ? all.keys : this.memo.spaceKeysOf(profile, space);
      for (const key of keys) {
        if (spaceOf(key.attribute) !== space) continue;
        const cap = this.policies[key.attribute].maxIdentities;
        const codes = this.postings(space, key.key);
        // Identities never outnumber carriers, the profile itself included. A profile whose id is
        // indexed is counted by its stored entry, as `matchesFor` counts it, never a second time.
        if (codes.length + (pid >= 0 ? 0 : 1) <= cap) continue;
        const stats =
          pid < 0 ? this.statsWithSelf(all as ProfileKeys, key, codes) : this.wideKeyOf(space, codes).stats;
        if (stats.identities > cap)
          (out ??= []).push(overCapNotice(key.attribute, key.display, stats.carriers, stats.identities, cap));
      }
    }
    return out ?? NO_NOTICES;
  }

  /**
   * A widely shared key's stats, first ids and carriers, computed on first ask after a change to the
   * index. Call it right after `postings` for the key, whose fingerprint it reads.
   */
  private wideKeyOf(space: KeySpace, codes: PostingCodes): WideKey {
    const pair = this.fingerprints.pair;
    const cacheKey = `${space}:${pair[0] as number}:${pair[1] as number}`;
    let wide = this.wide.get(cacheKey);
    if (wide === undefined) {
      const { arena, tally } = this;
      tally.reset();
      arena.tallyCodes(tally, codes);
      const stats = copyStats(tally.summarise(space));
      const ids = arena.idsOf(codes, -1);
      const head = (this.highestCap.get(space) as number) + 1;
      const firstIds = ids.length > head ? ids.slice(0, head) : ids;
      wide = { stats, firstIds, pids: arena.livePids(codes), tally: undefined };
      this.wide.set(cacheKey, wide);
    }
    return wide;
  }

  /** The stats of a key's carriers with a profile that is not indexed added, as the narrow path adds it. */
  private statsWithSelf(keys: ProfileKeys, key: LinkKey, codes: PostingCodes): Readonly<Stats> {
    const { arena } = this;
    const space = spaceOf(key.attribute);
    const identity = this.memo.identityOf(keys);
    const flags = spaceFlags(keys, space, key.key);
    const org = arena.orgIndexOf(identity.org);
    // A widely shared key keeps its carriers' tally: the profile costs a few set probes, not a recount.
    if (codes.length > WIDE_KEY) {
      const wide = this.wideKeyOf(space, codes);
      wide.tally ??= this.carriersTally(codes);
      return wide.tally.summariseWith(space, flags, identity.name, identity.family, identity.home, org);
    }
    const { tally } = this;
    tally.reset();
    arena.tallyCodes(tally, codes);
    tally.add(flags, identity.name, identity.family, identity.home, org);
    return tally.summarise(space);
  }

  /** A tally of a key's live carriers of its own, to be kept with the key. */
  private carriersTally(codes: PostingCodes): Tally {
    const tally = new Tally(this.householdMax);
    this.arena.tallyCodes(tally, codes);
    return tally;
  }

  /** A match with the numbers of its stats copied out, and the policy's verdict on them. */
  private matchOf(
    attribute: LinkAttribute,
    displayKey: string,
    path: string,
    profileIds: string[],
    stats: Readonly<Stats>,
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
    const severity = verdictOf(attribute, stats, this.policies, this.commercialMinimum);
    if (severity) {
      match.severity = severity;
      match.weight = SEVERITY_WEIGHT[severity];
    }
    return match;
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
    const { arena, tally } = this;
    const similar = similarResumes(resume.signature, selfPid, arena, this.fingerprints, this.store);
    if (!similar) return NO_MATCHES;
    tally.reset();
    const profileIds: string[] = [];
    let lowest = Infinity;
    for (const [pid, score] of similar) {
      if (score < this.resumeThreshold) continue;
      arena.tallyPid(tally, pid, 0);
      profileIds.push(arena.idOf(pid));
      lowest = Math.min(lowest, score);
    }
    if (profileIds.length === 0) return NO_MATCHES;
    if (keys) {
      const self = this.memo.identityOf(keys);
      tally.add(0, self.name, 0, 0, arena.orgIndexOf(self.org));
    } else tally.add(0, arena.nameOf(selfPid), 0, 0, arena.orgIndexAt(selfPid));
    const stats = tally.summarise('resume');
    return [this.matchOf('resume', RESUME_LABEL, resume.path, profileIds.sort(), stats, lowest)];
  }

  /** Suspicious clusters, most suspicious first. Computed once per change to the index. */
  clusters(): Cluster[] {
    return this.clustered().clusters;
  }

  /**
   * The clusters nested for investigation: farms held by physical ties, and networks of farms joined by
   * identity material, each with its own corroboration-based suspicion. Computed with `clusters()`.
   *
   * @example
   * index.investigation().networks[0]?.farms[0]?.headline; // 'Farm: 14 laptops shipped to …'
   */
  investigation(): Investigation {
    return this.clustered().investigation;
  }

  /** The suspicious cluster a profile belongs to, if any. */
  clusterOf(profileId: string): ClusterSummary | undefined {
    const pid = this.arena.pidOf(profileId);
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
      corroborated: this.coreOf(cluster).has(profileId),
    };
  }

  /** A cluster's corroborated core, computed once per clustering. */
  private coreOf(cluster: Cluster): ReadonlySet<string> {
    let core = this.cores.get(cluster);
    if (!core) this.cores.set(cluster, (core = corroboratedMembers(cluster)));
    return core;
  }

  private clustered(): Clustering {
    this.cache ??= clusterProfiles({
      profiles: this.arena,
      store: this.store,
      resumeThreshold: this.resumeThreshold,
      resumeMaxCarriers: this.policies.resume.maxIdentities,
      tieSeverity: (attribute, space, carriers) => this.tieSeverity(attribute, space, carriers),
    });
    return this.cache;
  }

  /** The severity with which a shared key ties its carriers into one cluster, if it does. */
  private tieSeverity(
    attribute: LinkAttribute,
    space: KeySpace,
    carriers: readonly Carrier[],
  ): Severity | undefined {
    const { tally, arena } = this;
    tally.reset();
    for (const { pid, flags } of carriers) arena.tallyPid(tally, pid, flags);
    const stats = tally.summarise(space);
    const severity = verdictOf(attribute, stats, this.policies, this.commercialMinimum);
    if (!severity || stats.coResidents || stats.identities < this.policies[attribute].linkFrom)
      return undefined;
    return severity;
  }

  /**
   * Everything the index holds, built from its parts: settings, per-profile columns with every key's
   * fingerprint, and the shared keys' displays and postings. Caches and the secret are left out.
   *
   * @example
   * JSON.stringify(new LinkIndex({ hmacSecret }).snapshot()); // no raw SSN, account, phone, e-mail, address or name
   */
  snapshot(): LinkIndexSnapshot {
    const sharedKeys: LinkIndexSnapshot['sharedKeys'] = [];
    this.store.forEachShared((space, display, codes) =>
      sharedKeys.push({ space, display, codes: [...codes] }),
    );
    return {
      hmac: this.hmac,
      settings: {
        policies: structuredClone(this.policies),
        householdMax: this.householdMax,
        commercialMinimum: this.commercialMinimum,
        resumeThreshold: this.resumeThreshold,
      },
      profiles: this.arena.snapshot(this.store),
      sharedKeys,
    };
  }
}
