import type { Profile } from '../schema/profile.js';
import type { Fingerprints } from './fingerprints.js';
import { KeyExtractor, type KeyOptions, type LinkKey, type ListedSpace, type ProfileKeys } from './keys.js';

/** A screened profile's part in its keys' stats, as the index stores it per pid (flags aside). */
export interface Identity {
  name: number;
  family: number;
  home: number;
  org: string | undefined;
}

/**
 * The profile's first home, which identifies its household on a shared network: the building for an
 * address with a unit, since neighbours in one building share its Wi-Fi.
 */
export function homeKeyOf(keys: ProfileKeys): string | undefined {
  const home = keys.keys.find((key) => key.attribute === 'home-address');
  return home?.building ?? home?.key;
}

interface KeyEntry {
  profile: Profile;
  keys: ProfileKeys;
  identity?: Identity;
}

/**
 * What one link index remembers about the profile objects it is asked about, so that the link rules
 * of one screening, which ask in turn about the same profile, extract its keys once. Owned by its
 * index; nothing here is index content, and none of it is in a snapshot.
 *
 * @example
 * const memo = new ProfileKeyMemo(keyOptions, fingerprints);
 * memo.keysOf(profile) === memo.keysOf(profile); // true
 */
export class ProfileKeyMemo {
  /**
   * The keys of the profile the link rules keep asking about, and of the one asked about last. The
   * link rules of one screening ask about the same profile in turn, so a single entry would serve them,
   * but `reference-contact-shared` asks in between about stand-ins built for the profile's references,
   * each a new object asked about once. With one entry, each stand-in evicted the screened profile and
   * the next rule extracted its keys again (0.76 times a screening in the bench). A profile asked about
   * a second time moves to `kept`, which a stand-in never reaches (a segmented LRU, one entry a
   * segment). Two fields, not a WeakMap: an entry per screened profile cost every young-generation GC
   * ephemeron work (measured: scavenge pauses 3.3 → 2.1 ms median with this and the schema's set).
   */
  private kept: KeyEntry | undefined;
  private recent: KeyEntry | undefined;
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

  private readonly extractor: KeyExtractor;

  constructor(
    options: KeyOptions,
    private readonly fingerprints: Fingerprints,
  ) {
    this.extractor = new KeyExtractor(options);
  }

  /** The keys of a profile being indexed; not kept, so a bulk load holds no profile's raw keys. */
  keysToIndex(profile: Profile): ProfileKeys {
    return this.entryOf(profile)?.keys ?? this.extractor.keys(profile);
  }

  /** Notes that `profile` was indexed as `pid`. */
  indexed(profile: Profile, pid: number): void {
    this.indexedFrom.set(profile, pid);
    this.sharedSpaceKeys.delete(profile);
  }

  /** Whether this very object was indexed as `pid`. */
  isIndexedAs(profile: Profile, pid: number): boolean {
    return this.indexedFrom.get(profile) === pid;
  }

  /** A profile's keys, extracted once for the lookups of one screening. */
  keysOf(profile: Profile): ProfileKeys {
    if (this.kept?.profile === profile) return this.kept.keys;
    const recent = this.recent;
    if (recent?.profile === profile) {
      this.kept = recent;
      this.recent = undefined;
      return recent.keys;
    }
    const keys = this.extractor.keys(profile);
    this.recent = { profile, keys };
    return keys;
  }

  private entryOf(profile: Profile): KeyEntry | undefined {
    if (this.kept?.profile === profile) return this.kept;
    return this.recent?.profile === profile ? this.recent : undefined;
  }

  /**
   * The fingerprints of a profile that is not indexed, computed once per screening (the link rules ask
   * in turn about one profile; `keys` is then the entry `keysOf` keeps).
   */
  identityOf(keys: ProfileKeys): Identity {
    const entry = this.kept?.keys === keys ? this.kept : this.recent?.keys === keys ? this.recent : undefined;
    if (entry?.identity) return entry.identity;
    const identity: Identity = {
      name: this.fingerprints.name(keys.fullName),
      family: this.fingerprints.family(keys.familyName),
      home: this.fingerprints.home(homeKeyOf(keys)),
      org: keys.organizationId,
    };
    if (entry) entry.identity = identity;
    return identity;
  }

  /** An indexed profile's keys of one space, extracted again for their paths and displays. */
  spaceKeysOf(profile: Profile, space: ListedSpace): LinkKey[] {
    let bySpace = this.sharedSpaceKeys.get(profile);
    if (!bySpace) this.sharedSpaceKeys.set(profile, (bySpace = new Map()));
    let keys = bySpace.get(space);
    if (!keys) bySpace.set(space, (keys = this.extractor.spaceKeys(profile, space)));
    return keys;
  }
}
