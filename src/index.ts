// The public names of hirescreen, listed explicitly.
export { createScreener } from './engine/screener.js';
export type { BatchResult, Screener, ScreenerOptions } from './engine/screener.js';
export { defineRule } from './engine/define-rule.js';
export type { RuleDefinition } from './engine/define-rule.js';
export { createRuleSet } from './engine/rule-set.js';
export type {
  ResolvedRule,
  RuleOverride,
  RuleRegistry,
  RuleSet,
  RuleSetConfig,
  RuleSetting,
} from './engine/rule-set.js';
export { allOf, anyOf, atLeast } from './engine/combinators.js';
export type { CombinatorMeta } from './engine/combinators.js';
export { ConfigError, HirescreenError, ValidationError } from './errors.js';
export type { ErrorCode, Issue } from './errors.js';
export { maskTail } from './engine/redact.js';
export { CATEGORIES } from './engine/types.js';
export type {
  AnyRule,
  Category,
  DataGap,
  Decision,
  Finding,
  FindingDetails,
  Mitigation,
  PresetName,
  Reference,
  Rule,
  RuleContext,
  RuleMeta,
  RuleResult,
  RuleStatus,
  Screening,
  Severity,
  Suppression,
} from './engine/types.js';
export type { IpFactsView } from './engine/ip-facts.js';
export { noisyOr, NOISY_OR_THRESHOLDS, DEFAULT_THRESHOLDS } from './scoring/noisy-or.js';
export { logOdds, createLogOddsScoring, DEFAULT_BASE_RATE, LOG_ODDS_THRESHOLDS } from './scoring/log-odds.js';
export type { LogOddsOptions } from './scoring/log-odds.js';
export { decide } from './scoring/decide.js';
export { compileOrganizations, organizationContextSchema } from './engine/organization.js';
export type {
  IdentityCheckPractice,
  OrganizationContext,
  OrganizationContexts,
  OrganizationView,
} from './engine/organization.js';
export { BaselineLearner } from './engine/learn-baselines.js';
export type {
  LearnedBaselines,
  LearnedStandard,
  LearnOptions,
  StandardKind,
} from './engine/learn-baselines.js';
export { bandOf, DEFAULT_LEVEL, SEVERITY_LIKELIHOOD_RATIO } from './scoring/evidence.js';
export type { EvidenceBand, EvidenceBasis, EvidenceBasisKind, EvidenceLevel } from './scoring/evidence.js';
export type { ScoringInput, ScoringOutput, ScoringStrategy, Thresholds } from './scoring/types.js';
export { parseProfile, safeParseProfile } from './schema/parse.js';
export type { ParseOptions, SafeParseResult } from './schema/parse.js';
export type { UnknownKey, UnknownKeysMode } from './schema/unknown-keys.js';
export { profileSchema } from './schema/profile.js';
export type {
  Address,
  Device,
  IdentityDocument,
  Interview,
  Login,
  PayrollAccount,
  PostalAddress,
  Profile,
  ProfileInput,
} from './schema/profile.js';
export { builtinRegistry, presetFromRules } from './presets/registry.js';

// Cross-profile links: the laptop-farm detector.
export { LinkIndex } from './links/link-index.js';
export { MemoryPostingStore } from './links/store.js';
export type { PostingCodes, PostingStore } from './links/store.js';
export { StoredLinkIndex } from './links/stored-link-index.js';
export type {
  ElsewhereMatch,
  LinkExchange,
  StoredDisplays,
  StoredLinkIndexOptions,
} from './links/stored-link-index.js';
export { MemoryLinkStore } from './links/stores/memory-link-store.js';
export { SqliteLinkStore } from './links/stores/sqlite-link-store.js';
export { PostgresLinkStore } from './links/stores/postgres-link-store.js';
export type { PostgresLinkStoreOptions } from './links/stores/postgres-link-store.js';
export { StoreError } from './links/stores/store-error.js';
export { openLinkStore } from './links/stores/open-link-store.js';
export type { LinkStore, LinkStoreStats } from './links/stores/link-store.js';
export type { EntryKey, LinkEntry } from './links/link-entry.js';
export type { LinkAllowlist, LinkIndexOptions } from './links/link-index.js';
export { screenRoster } from './roster/screen-roster.js';
export { screenRosterStream } from './roster/screen-roster-stream.js';
export type { RereadableRoster, RosterItem, RosterRecord } from './roster/screen-roster-stream.js';
export { recordDigest } from './roster/record-digest.js';
export type { RosterProgress } from './roster/types.js';
export type {
  RosterReject,
  RosterResult,
  RosterSummary,
  ScreenRosterOptions,
} from './roster/screen-roster.js';
export { extractKeys } from './links/keys.js';
export type { LinkKey, ProfileKeys } from './links/keys.js';
export type { Cluster, ClusterTie } from './links/cluster.js';
export type { Farm, FarmReading, Investigation, Network } from './links/networks/types.js';
export type { Corroboration, KindStrength } from './links/networks/corroboration.js';
export type { TieKind } from './links/networks/tie-kinds.js';
export { DEFAULT_POLICIES } from './links/policy.js';
export type { AttributePolicy, LinkPolicies } from './links/policy.js';
export { LINK_ATTRIBUTES } from './links/lookup.js';
export type { ClusterSummary, LinkAttribute, LinkLookup, LinkMatch } from './links/lookup.js';

// IP intelligence and reference catalogs.
export type { ConnectionType, IpFactFields, IpFactSource, IpFacts, IpIntelProvider } from './intel/types.js';
export { ANONYMISING_CONNECTION_TYPES, CONNECTION_TYPES } from './intel/types.js';
export { IntelError } from './intel/errors.js';
export { CidrIndex, CidrIndexBuilder } from './intel/cidr-index.js';
export type { CidrMatch } from './intel/cidr-index.js';
export { parseCidrList, CIDR_LIST_COLUMNS } from './intel/cidr-list.js';
export type { CidrList, CidrRange, ParseCidrListOptions } from './intel/cidr-list.js';
export { createCidrProvider, loadCidrFile } from './intel/cidr-provider.js';
export type { CidrIntelProvider, CidrProviderOptions } from './intel/cidr-provider.js';
export { createMmdbProvider, loadMmdbProvider } from './intel/mmdb-provider.js';
// Domain registration facts (RDAP), for the prior-employer domain age rule.
export type {
  DomainAnswer,
  DomainFacts,
  DomainGap,
  DomainGapReason,
  DomainIntelProvider,
} from './intel/domains/types.js';
export { isDomainGap } from './intel/domains/types.js';
export { registrableDomain } from './intel/domains/registrable-domain.js';
export { createStaticDomainProvider } from './intel/domains/static-provider.js';
export type { StaticDomainEntry } from './intel/domains/static-provider.js';
export type { DomainFactsView } from './engine/domain-facts.js';
export { createRdapProvider } from './intel/domains/rdap-provider.js';
export type { RdapProvider, RdapProviderOptions } from './intel/domains/rdap-provider.js';
export { loadRdapBootstrap, parseRdapBootstrap } from './intel/domains/rdap-bootstrap.js';
export type { RdapBootstrap } from './intel/domains/rdap-bootstrap.js';
export type { RdapCacheOptions } from './intel/domains/_lib/rdap-cache.js';
// Known entities: sanctions lists and front companies named in enforcement actions.
export { readOfacSdnCsv } from './intel/entities/ofac-sdn.js';
export type { OfacSdnOptions, OfacSdnResult } from './intel/entities/ofac-sdn.js';
export { readOfacSdnAdvancedXml } from './intel/entities/ofac-sdn-advanced.js';
export type { OfacSdnAdvancedOptions, XmlSource } from './intel/entities/ofac-sdn-advanced.js';
export { EntityMatcher, entityNameKey } from './intel/entities/match-entity.js';
export type { EntityMatch, EntityMatchStrength } from './intel/entities/match-entity.js';
export type { KnownEntity, KnownEntityKind, KnownEntityList, ListReject } from './intel/entities/types.js';
export { KNOWN_ENTITIES } from './intel/catalogs/known-entities.js';
export type { MmdbDatabase, MmdbIntelProvider, MmdbProviderOptions } from './intel/mmdb-provider.js';
export { IpRangeIndex, IpRangeIndexBuilder } from './intel/ip-range-index.js';
export type { AsnRange, AsnRangeMatch } from './intel/ip-range-index.js';
export { loadIpLocationDb, IP_LOCATION_DB_PACKAGES } from './intel/ip-location-db.js';
export type {
  IpLocationDb,
  IpLocationDbOptions,
  IpLocationDbProvider,
  IpLocationDbSource,
} from './intel/ip-location-db.js';
export { mergeIpFacts, ipFactsFromLogin } from './intel/merge-facts.js';
export {
  REMOTE_ACCESS_TOOLS,
  VPN_PROVIDERS,
  KEEP_AWAKE_TOOLS,
  IP_KVM_DEVICES,
  HOSTING_ASNS,
  matchCatalog,
  matchVpnProvider,
  matchIpKvmUsb,
  matchIpKvmDisplay,
  findKvmLookAlike,
  extendCatalog,
  safeExtendCatalog,
} from './intel/catalogs/index.js';

// Normalisers: the canonical keys rules and the link index use.
export { normalizeAddress, addressKey, buildingKey } from './normalize/address.js';
export type { AddressInput, NormalizedAddress } from './normalize/address.js';
export { normalizeName, nameTokens, jaroWinkler, compareNames } from './normalize/name.js';
export type { NameComparison, NameLike } from './normalize/name.js';
export { normalizePhone, phoneKey, metadataCanIdentifyVoip } from './normalize/phone.js';
export type { NormalizedPhone } from './normalize/phone.js';
export { normalizeEmail, emailKey, isDisposableEmailDomain, isFreeMailDomain } from './normalize/email.js';
export type { NormalizedEmail } from './normalize/email.js';
export { parseSsn, ssnStructuralProblems, maskSsn, ssnKey, maskIdentifier } from './normalize/ssn.js';
export { parseIp, networkKey, isPrivateOrReservedIp } from './normalize/ip.js';
export { batchReport } from './report/batch.js';
export type { BatchReport, BatchSummary, Reject } from './report/batch.js';
export { compactScreening, formatJson } from './report/json.js';
export type { CompactScreening, ReportDetail } from './report/json.js';
export { formatBatchText, formatScreeningText } from './report/text.js';
export { formatGraphml } from './report/graphml.js';
export { formatGraphCsv } from './report/graph-csv.js';
export type { ProfileFacts } from './report/_lib/graph-model.js';
