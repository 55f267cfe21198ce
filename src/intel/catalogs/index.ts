export { REMOTE_ACCESS_TOOLS } from './remote-access-tools.js';
export { VPN_PROVIDERS } from './vpn-providers.js';
export { KEEP_AWAKE_TOOLS } from './keep-awake-tools.js';
export { IP_KVM_DEVICES } from './ip-kvm-devices.js';
export { HOSTING_ASNS } from './hosting-asns.js';
export { CATALOG_REFERENCES } from './references.js';
export { matchCatalog, matchVpnProvider, type CatalogMatch } from './match.js';
export {
  matchIpKvmUsb,
  matchIpKvmDisplay,
  findKvmLookAlike,
  type UsbDeviceLike,
  type DisplayLike,
  type IpKvmMatch,
} from './match-kvm.js';
export {
  extendCatalog,
  safeExtendCatalog,
  type ExtendCatalogOptions,
  type SafeExtendResult,
} from './extend.js';
export type * from './types.js';
