import { IP_KVM_DEVICES } from './ip-kvm-devices.js';
import { KEEP_AWAKE_TOOLS } from './keep-awake-tools.js';
import { REMOTE_ACCESS_TOOLS } from './remote-access-tools.js';
import { HOSTING_ASNS } from './hosting-asns.js';
import type { AnyCatalog, HostingAsnCatalog } from './types.js';
import { VPN_PROVIDERS } from './vpn-providers.js';

/**
 * The catalogs by the JSON file name they are exported to under data/catalogs/.
 *
 * @example
 * Object.keys(catalogFiles()); // ['remote-access-tools.json', 'vpn-providers.json', ...]
 */
export function catalogFiles(): Record<string, AnyCatalog | HostingAsnCatalog> {
  return Object.fromEntries(
    [REMOTE_ACCESS_TOOLS, VPN_PROVIDERS, KEEP_AWAKE_TOOLS, IP_KVM_DEVICES, HOSTING_ASNS].map((catalog) => [
      `${catalog.kind}.json`,
      catalog,
    ]),
  );
}
