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
export { ConfigError, HirescreenError, ValidationError } from './engine/errors.js';
export type { ErrorCode, Issue } from './engine/errors.js';
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
export { noisyOr, decide, DEFAULT_THRESHOLDS } from './scoring/noisy-or.js';
export type { ScoringInput, ScoringOutput, ScoringStrategy, Thresholds } from './scoring/noisy-or.js';
export { parseProfile, safeParseProfile } from './schema/parse.js';
export type { SafeParseResult } from './schema/parse.js';
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
export type { LinkAttribute, LinkLookup, LinkMatch } from './links/lookup.js';
export type { IpFacts, IpIntelProvider, ConnectionType } from './intel/types.js';
export { batchReport } from './report/batch.js';
export type { BatchReport, BatchSummary, Reject } from './report/batch.js';
export { formatJson } from './report/json.js';
export { formatBatchText, formatScreeningText } from './report/text.js';
