import { compareCodeUnits, sortInPlace } from '../_lib/sort-in-place.js';
import { ensure } from './_lib/columns.js';
import { IdTable } from './_lib/id-table.js';
import { MINHASH_SIZE } from './minhash.js';
import { MAX_PIDS, postingFlags, postingPid } from './posting-code.js';
import type { PostingCodes, PostingStore } from './store.js';
import type { Tally } from './tally.js';

/** An organisation index: none given. */
export const NO_ORG = -1;
/** An organisation index: a screened profile's organisation that no indexed profile has. */
export const UNINDEXED_ORG = -2;

/** The per-profile columns of a snapshot, each as long as the pids ever given (removed ones too). */
export interface ArenaSnapshot {
  /** Profile id of each pid. */
  ids: string[];
  /** 1 while the pid's profile is indexed, 0 once removed. */
  alive: number[];
  /** Index into `organizations`, or -1. */
  organization: number[];
  /** Name, family-name and home-address fingerprints (0: none). */
  name: number[];
  family: number[];
  home: number[];
  /** Where each pid's keys start in `keys`, and how many it has. */
  keyStart: number[];
  keyCount: number[];
  /** Index of each pid's résumé signature in `signatures`, or -1. */
  signatureAt: number[];
  /** Interned organisation ids. */
  organizations: string[];
  /** Every key of every pid: fingerprint halves, key space index and the pid's flags on it. */
  keys: { hi: number[]; lo: number[]; space: number[]; flags: number[] };
  /** MinHash signatures, `MINHASH_SIZE` numbers each. */
  signatures: number[];
}

/**
 * The index's per-profile storage: profile ids interned to integer pids, organisations interned to
 * small integers, and in typed-array columns each pid's liveness, fingerprints, résumé signature and
 * keys' fingerprints (kept so `remove` and the "shares anything?" test need no re-extraction).
 * A removed profile's columns are not reclaimed.
 *
 * @example
 * const arena = new IdentityArena();
 * const pid = arena.open('cand-1', 'acme', name, family, home);
 * arena.addKey(hi, lo, 0);
 * arena.close(pid);
 */
export class IdentityArena {
  private readonly ids = new IdTable();
  private readonly orgNames: string[] = [];
  private readonly orgIndex = new Map<string, number>();
  private alive = new Uint8Array(0);
  private org = new Int32Array(0);
  private name = new Uint32Array(0);
  private family = new Uint32Array(0);
  private home = new Uint32Array(0);
  private keyStart = new Uint32Array(0);
  private keyCount = new Uint32Array(0);
  private sigAt = new Int32Array(0);
  private keyHi = new Uint32Array(0);
  private keyLo = new Uint32Array(0);
  private keySpace = new Uint8Array(0);
  private keyLength = 0;
  private signatures = new Uint32Array(0);
  private signatureCount = 0;
  private live = 0;

  /** Profiles currently held. */
  get size(): number {
    return this.live;
  }

  /** Pids ever given, removed profiles' included. */
  get pidCount(): number {
    return this.ids.size;
  }

  pidOf(profileId: string): number | undefined {
    return this.ids.numberOf(profileId);
  }

  idOf(pid: number): string {
    return this.ids.idOf(pid);
  }

  isLive(pid: number): boolean {
    return this.alive[pid] === 1;
  }

  /** A pid's name fingerprint (0: none). */
  nameOf(pid: number): number {
    return this.name[pid] as number;
  }

  /** A pid's organisation index (`NO_ORG`: none). */
  orgIndexAt(pid: number): number {
    return this.org[pid] as number;
  }

  /** The organisation id of a pid, if it has one. */
  organizationOf(pid: number): string | undefined {
    const org = this.org[pid] as number;
    return org >= 0 ? this.orgNames[org] : undefined;
  }

  /** The organisation index a screened profile's organisation has here (`UNINDEXED_ORG`: none yet). */
  orgIndexOf(organizationId: string | undefined): number {
    if (organizationId === undefined) return NO_ORG;
    return this.orgIndex.get(organizationId) ?? UNINDEXED_ORG;
  }

  /** Starts a new profile's entry; its keys follow through `addKey`, then `close`. */
  open(
    profileId: string,
    organizationId: string | undefined,
    name: number,
    family: number,
    home: number,
  ): number {
    const pid = this.ids.size;
    if (pid >= MAX_PIDS) throw new RangeError('LinkIndex holds at most 268,435,456 profiles');
    this.ids.add(profileId);
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
    this.org[pid] = this.internOrg(organizationId);
    this.name[pid] = name;
    this.family[pid] = family;
    this.home[pid] = home;
    this.keyStart[pid] = this.keyLength;
    this.sigAt[pid] = -1;
    return pid;
  }

  /** Records one key of the profile being opened. */
  addKey(hi: number, lo: number, spaceIndex: number): void {
    const at = this.keyLength++;
    this.keyHi = ensure(this.keyHi, this.keyLength);
    this.keyLo = ensure(this.keyLo, this.keyLength);
    this.keySpace = ensure(this.keySpace, this.keyLength);
    this.keyHi[at] = hi;
    this.keyLo[at] = lo;
    this.keySpace[at] = spaceIndex;
  }

  /** Keeps the résumé signature of the profile being opened. */
  setSignature(pid: number, signature: Uint32Array): void {
    const at = this.signatureCount++;
    this.signatures = ensure(this.signatures, this.signatureCount * MINHASH_SIZE);
    this.signatures.set(signature, at * MINHASH_SIZE);
    this.sigAt[pid] = at;
  }

  /** Ends the profile opened as `pid`. */
  close(pid: number): void {
    this.keyCount[pid] = this.keyLength - (this.keyStart[pid] as number);
    this.live++;
  }

  /** Removes a live profile and its entries in `store`. */
  remove(pid: number, store: PostingStore): void {
    const start = this.keyStart[pid] as number;
    const end = start + (this.keyCount[pid] as number);
    for (let i = start; i < end; i++) store.remove(this.keyHi[i] as number, this.keyLo[i] as number, pid);
    this.ids.forget(pid);
    this.alive[pid] = 0;
    this.live--;
  }

  signatureOf(pid: number): Uint32Array | undefined {
    const at = this.sigAt[pid] as number;
    return at < 0 ? undefined : this.signatures.subarray(at * MINHASH_SIZE, (at + 1) * MINHASH_SIZE);
  }

  /** Adds an indexed profile to a tally, with its flags on the key being tallied. */
  tallyPid(tally: Tally, pid: number, flags: number): void {
    tally.add(
      flags,
      this.name[pid] as number,
      this.family[pid] as number,
      this.home[pid] as number,
      this.org[pid] as number,
    );
  }

  /** Adds the live carriers among posting codes to a tally, with their flags. */
  tallyCodes(tally: Tally, codes: PostingCodes): void {
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      if (this.alive[postingPid(code)] === 1) this.tallyPid(tally, postingPid(code), postingFlags(code));
    }
  }

  /** The ids of the live profiles among posting codes, but `exclude`'s, sorted. */
  idsOf(codes: PostingCodes, exclude: number): string[] {
    // Sized up front and sorted in place: growing by push and the native sort's work array cost more
    // than the handful of ids a shared key has.
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const pid = postingPid(codes[i] as number);
      if (pid !== exclude && this.alive[pid] === 1) count++;
    }
    const ids = new Array<string>(count);
    let at = 0;
    for (let i = 0; i < codes.length; i++) {
      const pid = postingPid(codes[i] as number);
      if (pid !== exclude && this.alive[pid] === 1) ids[at++] = this.ids.idOf(pid);
    }
    return sortInPlace(ids, compareCodeUnits);
  }

  /** The pids of the live profiles among posting codes, in ascending order. */
  livePids(codes: PostingCodes): Int32Array {
    let count = 0;
    for (let i = 0; i < codes.length; i++) if (this.alive[postingPid(codes[i] as number)] === 1) count++;
    const pids = new Int32Array(count);
    let at = 0;
    for (let i = 0; i < codes.length; i++) {
      const pid = postingPid(codes[i] as number);
      if (this.alive[pid] === 1) pids[at++] = pid;
    }
    return pids.sort();
  }

  /** Whether a live profile other than `exclude` is among posting codes. */
  carriedByOther(codes: PostingCodes, exclude: number): boolean {
    for (let i = 0; i < codes.length; i++) {
      const pid = postingPid(codes[i] as number);
      if (pid !== exclude && this.alive[pid] === 1) return true;
    }
    return false;
  }

  /** How many keys of one key space a profile carries (each once). */
  keysIn(pid: number, spaceIndex: number): number {
    const start = this.keyStart[pid] as number;
    const end = start + (this.keyCount[pid] as number);
    let count = 0;
    for (let i = start; i < end; i++) if (this.keySpace[i] === spaceIndex) count++;
    return count;
  }

  /**
   * Whether another live profile carries any of `pid`'s keys in one key space, read from the
   * fingerprints stored when it was added. False means every match list of that space is empty.
   */
  sharesAnyKey(pid: number, spaceIndex: number, store: PostingStore): boolean {
    const start = this.keyStart[pid] as number;
    const end = start + (this.keyCount[pid] as number);
    for (let i = start; i < end; i++) {
      if (this.keySpace[i] !== spaceIndex) continue;
      if (this.carriedByOther(store.get(this.keyHi[i] as number, this.keyLo[i] as number), pid)) return true;
    }
    return false;
  }

  /** The most carriers any of `pid`'s keys in one space has, `pid` included; 0 when it has none there. */
  widestKey(pid: number, spaceIndex: number, store: PostingStore): number {
    const start = this.keyStart[pid] as number;
    const end = start + (this.keyCount[pid] as number);
    let widest = 0;
    for (let i = start; i < end; i++) {
      if (this.keySpace[i] !== spaceIndex) continue;
      widest = Math.max(widest, store.get(this.keyHi[i] as number, this.keyLo[i] as number).length);
    }
    return widest;
  }

  /** Every column, trimmed to its used length; each key's flags are read back from `store`. */
  snapshot(store: PostingStore): ArenaSnapshot {
    const n = this.ids.size;
    const flags = new Array<number>(this.keyLength).fill(0);
    for (let pid = 0; pid < n; pid++) {
      if (this.alive[pid] !== 1) continue;
      const start = this.keyStart[pid] as number;
      const end = start + (this.keyCount[pid] as number);
      for (let i = start; i < end; i++) {
        const codes = store.get(this.keyHi[i] as number, this.keyLo[i] as number);
        const code = codes.find((entry) => postingPid(entry) === pid);
        if (code !== undefined) flags[i] = postingFlags(code);
      }
    }
    const used = (column: ArrayLike<number>, length: number): number[] =>
      Array.from({ length }, (_, i) => column[i] as number);
    return {
      ids: Array.from({ length: n }, (_, pid) => this.ids.idOf(pid)),
      alive: used(this.alive, n),
      organization: used(this.org, n),
      name: used(this.name, n),
      family: used(this.family, n),
      home: used(this.home, n),
      keyStart: used(this.keyStart, n),
      keyCount: used(this.keyCount, n),
      signatureAt: used(this.sigAt, n),
      organizations: [...this.orgNames],
      keys: {
        hi: used(this.keyHi, this.keyLength),
        lo: used(this.keyLo, this.keyLength),
        space: used(this.keySpace, this.keyLength),
        flags,
      },
      signatures: used(this.signatures, this.signatureCount * MINHASH_SIZE),
    };
  }

  private internOrg(organizationId: string | undefined): number {
    if (organizationId === undefined) return NO_ORG;
    let index = this.orgIndex.get(organizationId);
    if (index === undefined) {
      index = this.orgNames.length;
      this.orgNames.push(organizationId);
      this.orgIndex.set(organizationId, index);
    }
    return index;
  }
}
