import { Address4, Address6 } from 'ip-address';
import { NOT_A_QUAD, dottedQuadValue } from './_lib/dotted-quad.js';
import { PRIVATE_OR_RESERVED_V4, PRIVATE_OR_RESERVED_V6 } from './_lib/ip-ranges.js';

export interface ParsedIp {
  version: 4 | 6;
  /** Canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6. */
  address: string;
  value: bigint;
}

/** Inputs longer than a bracketed, fully written IPv6 address with an embedded IPv4 are not IPs. */
const MAX_INPUT_LENGTH = 64;

function parseAddress(raw: unknown): Address4 | Address6 | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_INPUT_LENGTH) return undefined;
  let text = raw.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  // A prefix length or zone index means a network or an interface, not one public host.
  if (text.length === 0 || text.includes('/') || text.includes('%')) return undefined;
  try {
    if (Address4.isValid(text)) return new Address4(text);
    const v6 = new Address6(text);
    // isMapped4 also catches the hex spelling ::ffff:c000:201 that is4() misses.
    return v6.isMapped4() ? v6.to4() : v6;
  } catch {
    return undefined;
  }
}

/**
 * Parses an IPv4 or IPv6 address (surrounding spaces and [brackets] allowed; prefixes and zone
 * indexes rejected), unwrapping IPv4-mapped IPv6 (::ffff:1.2.3.4 and ::ffff:102:304) to IPv4.
 * Returns undefined for anything else, including leading-zero IPv4 like 010.0.0.1. Never throws.
 *
 * @example
 * parseIp('::ffff:203.0.113.7'); // { version: 4, address: '203.0.113.7', value: 3405803783n }
 * parseIp('2001:DB8:0:0::1'); // { version: 6, address: '2001:db8::1', value: 42540766411282592856903984951653826561n }
 */
export function parseIp(raw: string): ParsedIp | undefined {
  const address = parseAddress(raw);
  if (!address) return undefined;
  return {
    version: address instanceof Address4 ? 4 : 6,
    address: address.correctForm(),
    value: address.bigInt(),
  };
}

/**
 * The network an address belongs to, for linking sessions from one site: the /24 for IPv4 and the
 * /64 for IPv6 (the usual size of one customer's LAN). Undefined when the input is not an address.
 *
 * @example
 * networkKey('203.0.113.77'); // '203.0.113.0/24'
 * networkKey('2001:db8:abcd:12:1:2:3:4'); // '2001:db8:abcd:12::/64'
 */
export function networkKey(raw: string): string | undefined {
  // Plain dotted quads, nearly every login, skip ip-address's general parser; it agrees on them.
  const quad = typeof raw === 'string' ? dottedQuadValue(raw) : NOT_A_QUAD;
  if (quad !== NOT_A_QUAD) return `${quad >>> 24}.${(quad >>> 16) & 255}.${(quad >>> 8) & 255}.0/24`;
  const address = parseAddress(raw);
  if (!address) return undefined;
  if (address instanceof Address4)
    return `${new Address4(`${address.correctForm()}/24`).startAddress().correctForm()}/24`;
  return `${new Address6(`${address.correctForm()}/64`).startAddress().correctForm()}/64`;
}

let subnets: { v4: Address4[]; v6: Address6[] } | undefined;
let v4Ranges: Array<[number, number]> | undefined;

function rangeOf(cidr: string): [number, number] {
  const net = new Address4(cidr);
  return [Number(net.startAddress().bigInt()), Number(net.endAddress().bigInt())];
}

/**
 * True for addresses that cannot be a public host: RFC 1918, loopback, link-local, carrier-grade
 * NAT (100.64.0.0/10), unique local (fc00::/7), multicast and other reserved space. Documentation
 * ranges count as public (fixtures use them as public stand-ins). False for non-addresses.
 *
 * @example
 * isPrivateOrReservedIp('100.72.1.9'); // true
 * isPrivateOrReservedIp('203.0.113.7'); // false
 */
export function isPrivateOrReservedIp(raw: string): boolean {
  const value = typeof raw === 'string' ? dottedQuadValue(raw) : NOT_A_QUAD;
  if (value !== NOT_A_QUAD) {
    v4Ranges ??= PRIVATE_OR_RESERVED_V4.map(rangeOf);
    // A plain loop: destructuring each range in a callback went through the iterator protocol, and this
    // runs for every login of every profile.
    for (const range of v4Ranges) if (value >= range[0] && value <= range[1]) return true;
    return false;
  }
  const address = parseAddress(raw);
  if (!address) return false;
  subnets ??= {
    v4: PRIVATE_OR_RESERVED_V4.map((cidr) => new Address4(cidr)),
    v6: PRIVATE_OR_RESERVED_V6.map((cidr) => new Address6(cidr)),
  };
  if (address instanceof Address4) return subnets.v4.some((net) => address.isInSubnet(net));
  return subnets.v6.some((net) => address.isInSubnet(net));
}
