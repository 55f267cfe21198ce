import { findV4Range, findV6Range } from './_lib/range-search.js';
import { parseHost, v4Text as v4 } from './_lib/ip.js';

const MASK64 = (1n << 64n) - 1n;

/** What a range says about its addresses: the AS that announces them and the AS's organisation. */
export interface AsnRange {
  asn: number;
  org: string;
}

/** The range an address fell in, for evidence (`first-last`, inclusive). */
export interface AsnRangeMatch extends AsnRange {
  range: string;
}

/**
 * Collects inclusive address ranges (the ip-location-db CSV shape) and builds an {@link IpRangeIndex}.
 * Ranges must not overlap; the builder keeps the first of two overlapping ranges and counts the other.
 */
export class IpRangeIndexBuilder {
  readonly #v4: Array<[number, number, number]> = [];
  readonly #v6: Array<[bigint, bigint, number]> = [];
  readonly #values: AsnRange[] = [];
  readonly #valueIds = new Map<string, number>();

  /**
   * Adds one range given as addresses (`1.0.0.0`, `1.0.0.255`) or as the `-num` files' decimal
   * numbers. Returns false, adding nothing, when the ends are invalid, of different families or reversed.
   *
   * @example
   * new IpRangeIndexBuilder().addRange('1.0.0.0', '1.0.0.255', 13335, 'Cloudflare, Inc.'); // true
   */
  addRange(first: string, last: string, asn: number, org: string): boolean {
    const a = endpoint(first);
    const b = endpoint(last);
    if (a === undefined || b === undefined || a.v !== b.v || a.n > b.n) return false;
    const key = `${asn}\u0000${org}`;
    let id = this.#valueIds.get(key);
    if (id === undefined) {
      id = this.#values.length;
      this.#values.push({ asn, org });
      this.#valueIds.set(key, id);
    }
    if (a.v === 4) this.#v4.push([a.n, b.n as number, id]);
    else this.#v6.push([a.n, b.n as bigint, id]);
    return true;
  }

  /**
   * Sorts the ranges into typed arrays.
   *
   * @example
   * const index = new IpRangeIndexBuilder().build();
   */
  build(): IpRangeIndex {
    return new IpRangeIndex(this.#v4, this.#v6, this.#values);
  }
}

function endpoint(text: string): { v: 4; n: number } | { v: 6; n: bigint } | undefined {
  if (/^\d+$/.test(text)) {
    // The -num files: a number past 2^32 can only be IPv6. Most are IPv4, which skip BigInt.
    if (text.length <= 10) {
      const small = Number(text);
      if (small <= 0xffffffff) return { v: 4, n: small };
    }
    const n = BigInt(text);
    if (n <= 0xffffffffn) return { v: 4, n: Number(n) };
    return n <= (1n << 128n) - 1n ? { v: 6, n } : undefined;
  }
  const host = parseHost(text);
  if (host === undefined) return undefined;
  return host.v === 4 ? { v: 4, n: host.n } : { v: 6, n: (host.hi << 64n) | host.lo };
}

/**
 * A compact index of inclusive IPv4 and IPv6 ranges to (ASN, organisation): sorted typed arrays and a
 * binary search, about 12 bytes per IPv4 range and 36 per IPv6 range plus one entry per distinct AS.
 * The ip-location-db ASN files (about 410,000 IPv4 and 100,000 IPv6 ranges) load into some 10 MB.
 */
export class IpRangeIndex {
  readonly #v4Starts: Uint32Array;
  readonly #v4Ends: Uint32Array;
  readonly #v4Values: Uint32Array;
  readonly #v6StartHi: BigUint64Array;
  readonly #v6StartLo: BigUint64Array;
  readonly #v6EndHi: BigUint64Array;
  readonly #v6EndLo: BigUint64Array;
  readonly #v6Values: Uint32Array;
  readonly #values: readonly AsnRange[];
  /** Ranges dropped because they overlapped an earlier one. */
  readonly overlapping: number;

  /** Use {@link IpRangeIndexBuilder}. */
  constructor(
    v4: Array<[number, number, number]>,
    v6: Array<[bigint, bigint, number]>,
    values: readonly AsnRange[],
  ) {
    v4.sort((x, y) => x[0] - y[0]);
    v6.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const kept4 = dropOverlaps(v4);
    const kept6 = dropOverlaps(v6);
    this.overlapping = v4.length - kept4.length + (v6.length - kept6.length);
    this.#v4Starts = Uint32Array.from(kept4, (r) => r[0]);
    this.#v4Ends = Uint32Array.from(kept4, (r) => r[1]);
    this.#v4Values = Uint32Array.from(kept4, (r) => r[2]);
    this.#v6StartHi = BigUint64Array.from(kept6, (r) => r[0] >> 64n);
    this.#v6StartLo = BigUint64Array.from(kept6, (r) => r[0] & MASK64);
    this.#v6EndHi = BigUint64Array.from(kept6, (r) => r[1] >> 64n);
    this.#v6EndLo = BigUint64Array.from(kept6, (r) => r[1] & MASK64);
    this.#v6Values = Uint32Array.from(kept6, (r) => r[2]);
    this.#values = values;
  }

  /** Ranges held, IPv4 and IPv6. */
  get size(): number {
    return this.#v4Starts.length + this.#v6StartHi.length;
  }

  /**
   * The range holding `ip` (IPv4, IPv6 or IPv4-mapped IPv6), or undefined; an invalid address gives
   * undefined, not an error.
   *
   * @example
   * index.lookup('1.0.0.1'); // { asn: 13335, org: 'Cloudflare, Inc.' }
   */
  lookup(ip: string): AsnRange | undefined {
    const host = parseHost(ip);
    if (host === undefined) return undefined;
    const at = host.v === 4 ? this.#findV4(host.n) : this.#findV6(host.hi, host.lo);
    if (at < 0) return undefined;
    return this.#values[host.v === 4 ? (this.#v4Values[at] as number) : (this.#v6Values[at] as number)];
  }

  /**
   * Like {@link IpRangeIndex.lookup}, with the range as text, for evidence.
   *
   * @example
   * index.lookupMatch('1.0.0.1'); // { asn: 13335, org: 'Cloudflare, Inc.', range: '1.0.0.0-1.0.0.255' }
   */
  lookupMatch(ip: string): AsnRangeMatch | undefined {
    const host = parseHost(ip);
    if (host === undefined) return undefined;
    if (host.v === 4) {
      const at = this.#findV4(host.n);
      if (at < 0) return undefined;
      const value = this.#values[this.#v4Values[at] as number] as AsnRange;
      return { ...value, range: `${v4(this.#v4Starts[at] as number)}-${v4(this.#v4Ends[at] as number)}` };
    }
    const at = this.#findV6(host.hi, host.lo);
    if (at < 0) return undefined;
    const value = this.#values[this.#v6Values[at] as number] as AsnRange;
    const start = v6(this.#v6StartHi[at] as bigint, this.#v6StartLo[at] as bigint);
    const end = v6(this.#v6EndHi[at] as bigint, this.#v6EndLo[at] as bigint);
    return { ...value, range: `${start}-${end}` };
  }

  /**
   * Looks up an IPv4 address given as an unsigned 32-bit number.
   *
   * @example
   * index.lookupIpv4(0x01000001); // { asn: 13335, org: 'Cloudflare, Inc.' }
   */
  lookupIpv4(n: number): AsnRange | undefined {
    const at = this.#findV4(n);
    return at < 0 ? undefined : this.#values[this.#v4Values[at] as number];
  }

  #findV4(n: number): number {
    return findV4Range(this.#v4Starts, this.#v4Ends, n);
  }

  #findV6(xHi: bigint, xLo: bigint): number {
    return findV6Range(
      { startHi: this.#v6StartHi, startLo: this.#v6StartLo, endHi: this.#v6EndHi, endLo: this.#v6EndLo },
      xHi,
      xLo,
    );
  }
}

function dropOverlaps<T extends number | bigint>(sorted: Array<[T, T, number]>): Array<[T, T, number]> {
  const kept: Array<[T, T, number]> = [];
  for (const range of sorted) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && range[0] <= previous[1]) continue;
    kept.push(range);
  }
  return kept;
}

function v6(hi: bigint, lo: bigint): string {
  const groups: string[] = [];
  for (const half of [hi, lo])
    for (let shift = 48n; shift >= 0n; shift -= 16n) groups.push(((half >> shift) & 0xffffn).toString(16));
  // The longest run of zero groups becomes '::', as RFC 5952 writes addresses.
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLength).join(':')}`;
}
