export type { ConnectionType, IpFacts, IpFactFields, IpFactSource, IpIntelProvider } from './types.js';
export { ANONYMISING_CONNECTION_TYPES, CONNECTION_TYPES } from './types.js';
export { IntelError, formatIssues, type IntelErrorReason, type IntelIssue } from './errors.js';
export { CidrIndex, CidrIndexBuilder, type CidrMatch } from './cidr-index.js';
export {
  parseCidrList,
  CIDR_LIST_COLUMNS,
  type CidrList,
  type CidrRange,
  type ParseCidrListOptions,
} from './cidr-list.js';
export {
  createCidrProvider,
  loadCidrFile,
  type CidrIntelProvider,
  type CidrProviderOptions,
} from './cidr-provider.js';
export {
  createMmdbProvider,
  loadMmdbProvider,
  type MmdbDatabase,
  type MmdbIntelProvider,
  type MmdbProviderOptions,
} from './mmdb-provider.js';
export { IpRangeIndex, IpRangeIndexBuilder, type AsnRange, type AsnRangeMatch } from './ip-range-index.js';
export {
  loadIpLocationDb,
  createIpLocationDbProvider,
  addAsnRanges,
  IP_LOCATION_DB_PACKAGES,
  type IpLocationDb,
  type IpLocationDbOptions,
  type IpLocationDbProvider,
  type IpLocationDbSource,
} from './ip-location-db.js';
export { mergeIpFacts, ipFactsFromLogin, type LoginGeoFacts, type MergeIpFactsInput } from './merge-facts.js';
export * from './catalogs/index.js';
