import { IntelError } from './errors.js';
import { findV4Range, findV6Range } from './_lib/range-search.js';
import { parseCidrBlock, parseHost, type CidrBlock } from './_lib/ip.js';
import { partitionNested } from './_lib/partition.js';

const MASK64 = (1n << 64n) - 1n;

/** The range an address fell in, and the value stored for it. */
export interface CidrMatch<V> {
  /** The block in canonical form, host bits cleared (`10.0.0.0/8`, `2001:db8::/32`). */
  cidr: string;
  prefixLength: number;
  value: V;
}

interface RangeRecord<V> {
  block: CidrBlock;
  value: V;
}

/**
 * Collects CIDR ranges, then builds an immutable {@link CidrIndex}. Adding the same block twice keeps
 * the later value, like `Map.set`, so a user's override file can follow a vendor list.
 */
export class CidrIndexBuilder<V> {
  readonly #records: RangeRecord<V>[] = [];

  /** Number of ranges added so far (duplicates included). */
  get size(): number {
    return this.#records.length;
  }

  /**
   * Adds a block (`1.2.3.0/24`, `2001:db8::/32`, or a bare address as /32 or /128).
   * Throws an {@link IntelError} with code `INVALID_CIDR` when the text is not a block.
   *
   * @example
   * const index = new CidrIndexBuilder<string>().addRange('10.0.0.0/8', 'corp').build();
   */
  addRange(cidr: string, value: V): this {
    let block: CidrBlock;
    try {
      block = parseCidrBlock(cidr);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new IntelError('INVALID_CIDR', `"${cidr}" is not a CIDR block: ${reason}`);
    }
    this.#records.push({ block, value });
    return this;
  }

  /**
   * Sorts the ranges into flat typed arrays, O(n log n). The builder can keep collecting afterwards;
   * the built index does not change.
   *
   * @example
   * const index = new CidrIndexBuilder<number>().addRange('192.0.2.0/24', 1).build();
   * index.lookup('192.0.2.7'); // 1
   */
  build(): CidrIndex<V> {
    return new CidrIndex(this.#records);
  }
}

/** One address family's blocks, indexed locally; `ids` maps a local index to the global one. */
type Family<T> = { starts: T[]; ends: T[]; prefixes: number[]; ids: number[] };

/**
 * Longest-prefix lookup over many CIDR blocks, IPv4 and IPv6. Nested blocks are flattened at build
 * time into non-overlapping segments owned by their most specific block, so a lookup is one binary
 * search: O(log n), no allocation for IPv4.
 */
export class CidrIndex<V> {
  readonly #cidrs: string[];
  readonly #prefixes: Uint8Array;
  readonly #values: V[];
  readonly #v4Starts: Uint32Array;
  readonly #v4Ends: Uint32Array;
  readonly #v4Owners: Int32Array;
  readonly #v6StartHi: BigUint64Array;
  readonly #v6StartLo: BigUint64Array;
  readonly #v6EndHi: BigUint64Array;
  readonly #v6EndLo: BigUint64Array;
  readonly #v6Owners: Int32Array;

  /** Use {@link CidrIndexBuilder} or {@link CidrIndex.from}. */
  constructor(records: readonly RangeRecord<V>[]) {
    const kept = dedupe(records);
    this.#cidrs = kept.map((record) => record.block.text);
    this.#prefixes = Uint8Array.from(kept, (record) => record.block.prefix);
    this.#values = kept.map((record) => record.value);
    const v4: Family<number> = { starts: [], ends: [], prefixes: [], ids: [] };
    const v6: Family<bigint> = { starts: [], ends: [], prefixes: [], ids: [] };
    kept.forEach(({ block }, i) => {
      const family = (block.v === 4 ? v4 : v6) as Family<number | bigint>;
      family.starts.push(block.start);
      family.ends.push(block.end);
      family.prefixes.push(block.prefix);
      family.ids.push(i);
    });
    const p4 = partitionFamily(v4, 1);
    this.#v4Starts = Uint32Array.from(p4.starts);
    this.#v4Ends = Uint32Array.from(p4.ends);
    this.#v4Owners = Int32Array.from(p4.owners);
    const p6 = partitionFamily(v6, 1n);
    this.#v6StartHi = BigUint64Array.from(p6.starts, (x) => x >> 64n);
    this.#v6StartLo = BigUint64Array.from(p6.starts, (x) => x & MASK64);
    this.#v6EndHi = BigUint64Array.from(p6.ends, (x) => x >> 64n);
    this.#v6EndLo = BigUint64Array.from(p6.ends, (x) => x & MASK64);
    this.#v6Owners = Int32Array.from(p6.owners);
  }

  /**
   * Builds an index from `[cidr, value]` pairs; throws on the first invalid block.
   *
   * @example
   * const index = CidrIndex.from([['10.0.0.0/8', 'corp'], ['10.1.0.0/16', 'lab']]);
   * index.lookup('10.1.2.3'); // 'lab'
   */
  static from<V>(entries: Iterable<readonly [string, V]>): CidrIndex<V> {
    const builder = new CidrIndexBuilder<V>();
    for (const [cidr, value] of entries) builder.addRange(cidr, value);
    return builder.build();
  }

  /** Number of distinct blocks (a block added twice counts once). */
  get size(): number {
    return this.#values.length;
  }

  /** Number of flat segments the blocks were split into (at most 2n - 1 per family). */
  get segmentCount(): number {
    return this.#v4Owners.length + this.#v6Owners.length;
  }

  /**
   * The value of the most specific block containing `ip`, or undefined. IPv4-mapped IPv6
   * (`::ffff:1.2.3.4`) is looked up as IPv4. An invalid address gives undefined, not an error,
   * so one bad login record cannot stop a batch.
   *
   * @example
   * CidrIndex.from([['2001:db8::/32', 'doc']]).lookup('2001:db8::1'); // 'doc'
   */
  lookup(ip: string): V | undefined {
    const owner = this.#ownerOf(ip);
    return owner < 0 ? undefined : this.#values[owner];
  }

  /**
   * Like {@link CidrIndex.lookup}, with the matching block, for evidence.
   *
   * @example
   * CidrIndex.from([['10.0.0.0/8', 'corp']]).lookupMatch('10.9.9.9');
   * // { cidr: '10.0.0.0/8', prefixLength: 8, value: 'corp' }
   */
  lookupMatch(ip: string): CidrMatch<V> | undefined {
    const owner = this.#ownerOf(ip);
    if (owner < 0) return undefined;
    return {
      cidr: this.#cidrs[owner] as string,
      prefixLength: this.#prefixes[owner] as number,
      value: this.#values[owner] as V,
    };
  }

  /**
   * Looks up an IPv4 address given as an unsigned 32-bit number, for callers that already parsed it.
   *
   * @example
   * CidrIndex.from([['10.0.0.0/8', 'corp']]).lookupIpv4(0x0a000001); // 'corp'
   */
  lookupIpv4(n: number): V | undefined {
    const owner = this.#ownerV4(n);
    return owner < 0 ? undefined : this.#values[owner];
  }

  #ownerOf(ip: string): number {
    // A zone index is refused before ip-address's parser, which would accept it.
    const host =
      typeof ip === 'string' && !ip.includes('%') ? (parseHost(ip) ?? parseHost(hostText(ip))) : undefined;
    if (host === undefined) return -1;
    return host.v === 4 ? this.#ownerV4(host.n) : this.#ownerV6(host.hi, host.lo);
  }

  #ownerV4(n: number): number {
    const at = findV4Range(this.#v4Starts, this.#v4Ends, n);
    return at < 0 ? -1 : (this.#v4Owners[at] as number);
  }

  #ownerV6(xHi: bigint, xLo: bigint): number {
    const at = findV6Range(
      { startHi: this.#v6StartHi, startLo: this.#v6StartLo, endHi: this.#v6EndHi, endLo: this.#v6EndLo },
      xHi,
      xLo,
    );
    return at < 0 ? -1 : (this.#v6Owners[at] as number);
  }
}

/** Sorts one family by start, wider blocks first, and flattens it; owners are global indices. */
function partitionFamily<T extends number | bigint>(family: Family<T>, one: T) {
  const { starts, prefixes, ids } = family;
  const order = starts.map((_, i) => i);
  order.sort((a, b) => {
    const sa = starts[a] as T;
    const sb = starts[b] as T;
    if (sa !== sb) return sa < sb ? -1 : 1;
    return (prefixes[a] as number) - (prefixes[b] as number);
  });
  const partition = partitionNested(order, starts, family.ends, one);
  partition.owners = partition.owners.map((local) => ids[local] as number);
  return partition;
}

/** Keeps the last value for each distinct block, in first-seen order. */
function dedupe<V>(records: readonly RangeRecord<V>[]): RangeRecord<V>[] {
  const position = new Map<string, number>();
  const kept: RangeRecord<V>[] = [];
  for (const record of records) {
    const at = position.get(record.block.text);
    if (at === undefined) {
      position.set(record.block.text, kept.length);
      kept.push(record);
    } else {
      kept[at] = record;
    }
  }
  return kept;
}

/**
 * A bracketed address without its `[brackets]`, for the lookup's slow path: `[1.2.3.4]` passed
 * `parseIp` and missed every block (issue 17, item 8). Surrounding spaces stay refused, as before.
 */
function hostText(ip: string): string {
  return ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : '';
}
