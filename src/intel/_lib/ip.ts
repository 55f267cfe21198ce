import { Address4, Address6 } from 'ip-address';

const MASK64 = (1n << 64n) - 1n;

/** A parsed host address: IPv4 as an unsigned 32-bit number, IPv6 as two unsigned 64-bit halves. */
export type HostAddress = { v: 4; n: number } | { v: 6; hi: bigint; lo: bigint };

/** A parsed CIDR block, with the first and last address it covers. */
export type CidrBlock =
  | { v: 4; start: number; end: number; prefix: number; text: string }
  | { v: 6; start: bigint; end: bigint; prefix: number; text: string };

const DOT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * Dotted-quad parser with ip-address's strictness (no leading zeros, no spaces, four parts). Lookups
 * parse millions of addresses and `new Address4()` runs several regular expressions per call, so the
 * common case gets this path; a property test holds it equal to `Address4`. Returns -1 when invalid.
 */
export function parseIpv4Fast(text: string): number {
  const length = text.length;
  if (length < 7 || length > 15) return -1;
  let value = 0;
  let octet = 0;
  let digits = 0;
  let parts = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ZERO && code <= NINE) {
      if (digits > 0 && octet === 0) return -1;
      octet = octet * 10 + (code - ZERO);
      digits++;
      if (octet > 255) return -1;
    } else if (code === DOT) {
      if (digits === 0 || parts === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      parts++;
    } else {
      return -1;
    }
  }
  if (digits === 0 || parts !== 3) return -1;
  return value * 256 + octet;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * IPv6 parser for the plain forms sign-in logs write (hex groups, at most one `::`, an optional dotted
 * IPv4 tail), as two unsigned 64-bit halves: `new Address6()` runs many regular expressions per call
 * and held IPv6 lookups to a tenth of IPv4's. Anything else (a zone, brackets, a prefix) returns
 * undefined and goes to ip-address, which decides; a property test holds the two equal.
 */
export function parseIpv6Fast(text: string): { hi: bigint; lo: bigint } | undefined {
  const words = parseIpv6Words(text);
  return words && { hi: halfOf(words[0], words[1]), lo: halfOf(words[2], words[3]) };
}

const halfOf = (high: number, low: number) => (BigInt(high) << 32n) | BigInt(low);

/** {@link parseIpv6Fast} as four unsigned 32-bit words, most significant first, with no `BigInt` made. */
export function parseIpv6Words(text: string): [number, number, number, number] | undefined {
  if (text.length < 2 || text.length > 45) return undefined;
  let body = text;
  let tail4 = -1;
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) >= 0) {
    tail4 = parseIpv4Fast(text.slice(lastColon + 1));
    if (tail4 < 0) return undefined;
    body = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const gap = body.indexOf('::');
  let groups: string[];
  if (gap >= 0) {
    if (body.indexOf('::', gap + 1) >= 0) return undefined;
    const head = gap === 0 ? [] : body.slice(0, gap).split(':');
    const tail = gap + 2 === body.length ? [] : body.slice(gap + 2).split(':');
    const fill = 8 - head.length - tail.length;
    if (fill < 1) return undefined;
    groups = [...head, ...new Array<string>(fill).fill('0'), ...tail];
  } else {
    groups = body.split(':');
    if (groups.length !== 8) return undefined;
  }
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) {
    const a = groups[i] as string;
    const b = groups[i + 1] as string;
    if (!HEX_GROUP.test(a) || !HEX_GROUP.test(b)) return undefined;
    words.push(parseInt(a, 16) * 0x10000 + parseInt(b, 16));
  }
  if (tail4 >= 0) words[3] = tail4;
  return words as [number, number, number, number];
}

/** A host address with IPv6 as four 32-bit words: what a search-tree walk reads bit by bit. */
export type HostWords = { v: 4; n: number } | { v: 6; words: [number, number, number, number] };

/**
 * {@link parseHost} without `BigInt` for the plain IPv6 forms: IPv4 as a number, IPv6 as four words,
 * IPv4-mapped IPv6 unwrapped to IPv4. Undefined when invalid.
 */
export function parseHostWords(text: string): HostWords | undefined {
  const v4 = parseIpv4Fast(text);
  if (v4 >= 0) return { v: 4, n: v4 };
  if (!text.includes(':') || text.includes('/')) return undefined;
  const words = parseIpv6Words(text);
  if (words !== undefined) {
    if (words[0] === 0 && words[1] === 0 && words[2] === 0xffff) return { v: 4, n: words[3] };
    return { v: 6, words };
  }
  const host = parseHost(text);
  if (host === undefined || host.v === 4) return host;
  const word = (half: bigint, shift: bigint) => Number((half >> shift) & 0xffffffffn);
  return { v: 6, words: [word(host.hi, 32n), word(host.hi, 0n), word(host.lo, 32n), word(host.lo, 0n)] };
}

const MAPPED_PREFIX = 0xffffn;

/** Parses one host address (no prefix); unwraps IPv4-mapped IPv6 to IPv4. Undefined when invalid. */
export function parseHost(text: string): HostAddress | undefined {
  const v4 = parseIpv4Fast(text);
  if (v4 >= 0) return { v: 4, n: v4 };
  if (!text.includes(':') || text.includes('/')) return undefined;
  const fast = parseIpv6Fast(text);
  if (fast !== undefined) {
    if (fast.hi === 0n && fast.lo >> 32n === MAPPED_PREFIX) return { v: 4, n: Number(fast.lo & 0xffffffffn) };
    return { v: 6, hi: fast.hi, lo: fast.lo };
  }
  let address: Address6;
  try {
    address = new Address6(text);
  } catch {
    return undefined;
  }
  // `isMapped4()` looks at the parsed value, so it also catches the hex spelling `::ffff:102:304`.
  if (address.isMapped4()) return { v: 4, n: Number(address.to4().bigInt()) };
  const value = address.bigInt();
  return { v: 6, hi: value >> 64n, lo: value & MASK64 };
}

/**
 * Parses a CIDR block (or a bare address, read as /32 or /128) with ip-address. Host bits below the
 * prefix are cleared, as routers do. IPv4-mapped IPv6 blocks of /96 or longer become IPv4 blocks so
 * they match the IPv4 addresses that lookups unwrap. Throws ip-address's `AddressError` when invalid.
 */
export function parseCidrBlock(text: string): CidrBlock {
  if (text.includes(':')) {
    const block = new Address6(text);
    const start = block.startAddress();
    const prefix = block.subnetMask;
    if (prefix >= 96 && start.isMapped4()) {
      const first = Number(start.bigInt() & 0xffffffffn);
      const v4Prefix = prefix - 96;
      const size = 2 ** (32 - v4Prefix);
      return {
        v: 4,
        start: first,
        end: first + size - 1,
        prefix: v4Prefix,
        text: `${v4Text(first)}/${v4Prefix}`,
      };
    }
    return {
      v: 6,
      start: start.bigInt(),
      end: block.endAddress().bigInt(),
      prefix,
      text: `${start.correctForm()}/${prefix}`,
    };
  }
  const block = new Address4(text);
  const start = Number(block.startAddress().bigInt());
  const end = Number(block.endAddress().bigInt());
  return { v: 4, start, end, prefix: block.subnetMask, text: `${v4Text(start)}/${block.subnetMask}` };
}

/** Dotted-quad text of an unsigned 32-bit number. */
export function v4Text(n: number): string {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}
