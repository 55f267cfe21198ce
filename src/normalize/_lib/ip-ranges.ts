/**
 * Ranges that never identify a host on the public internet. Documentation ranges (192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are deliberately absent: fixtures and examples use
 * them to stand for public addresses, so rules must treat them as public.
 */
export const PRIVATE_OR_RESERVED_V4: readonly string[] = [
  '0.0.0.0/8', // "this network" (RFC 1122)
  '10.0.0.0/8', // RFC 1918
  '100.64.0.0/10', // carrier-grade NAT shared space (RFC 6598)
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local
  '172.16.0.0/12', // RFC 1918
  '192.0.0.0/24', // IETF protocol assignments (RFC 6890)
  '192.168.0.0/16', // RFC 1918
  '198.18.0.0/15', // benchmarking (RFC 2544)
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, including 255.255.255.255
];

export const PRIVATE_OR_RESERVED_V6: readonly string[] = [
  '::/128', // unspecified
  '::1/128', // loopback
  'fc00::/7', // unique local addresses (RFC 4193)
  'fe80::/10', // link-local
  'ff00::/8', // multicast
];
