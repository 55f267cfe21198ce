import { ConfigError } from '../errors.js';
import { CidrIndex } from '../intel/cidr-index.js';
import { normalizeAddress } from '../normalize/address.js';
import type { KeyFilter } from './keys.js';
import type { LinkAttribute } from './lookup.js';

/** Places shared by design that must never link people: offices, coworking spaces, corporate egress. */
export interface LinkAllowlist {
  /** Address strings; one without a unit covers the whole building, one with a unit only that unit. */
  addresses?: readonly string[];
  /** CIDR blocks (corporate VPN egress, office networks); logins from them are not keyed. */
  networks?: readonly string[];
  /** Canonical keys as `extractKeys` produces them, e.g. `{ attribute: 'phone', key: '+18005550100' }`. */
  keys?: ReadonlyArray<{ attribute: LinkAttribute; key: string }>;
}

/**
 * The key filter an allowlist compiles to, checking every entry once and reporting every bad one.
 *
 * @example
 * compileAllowlist({ networks: ['203.0.113.0/24'] }).isAllowedIp?.('203.0.113.9'); // true
 */
export function compileAllowlist(allowlist: LinkAllowlist | undefined): KeyFilter {
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
