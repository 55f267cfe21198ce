import type { z } from 'zod';
import type { Profile } from '../schema/profile.js';
import type { Severity } from '../schema/primitives.js';
import type { DomainFactsView } from './domain-facts.js';
import type { IpFactsView } from './ip-facts.js';
import type { OrganizationView } from './organization.js';
import type { LinkLookup } from '../links/lookup.js';
import type { EvidenceLevel } from '../scoring/evidence.js';

export type { Severity };

/** The rule families; each maps to a folder of `src/rules/`. */
export type Category =
  | 'identity'
  | 'contact'
  | 'address'
  | 'links'
  | 'network'
  | 'remote-access'
  | 'activity'
  | 'payroll'
  | 'hiring';

export const CATEGORIES: readonly Category[] = [
  'identity',
  'contact',
  'address',
  'links',
  'network',
  'remote-access',
  'activity',
  'payroll',
  'hiring',
];

export type PresetName = 'recommended' | 'strict';
export type RuleStatus = 'experimental' | 'stable' | 'deprecated';
export type Decision = 'clear' | 'review' | 'escalate';

/** A public source for a rule: what it says and where. */
export interface Reference {
  title: string;
  url: string;
  publisher?: string;
  /** The key of the source in docs/indicators (e.g. "S32"), when it has one. */
  key?: string;
}

/** The three mitigations of the DOJ action in docs/indicators.md, which every recommended rule traces to. */
export type Mitigation = 'remote-access-scrutiny' | 'identity-verification' | 'logistics-and-money';

/** Extracts the `{{name}}` placeholders of a message template as a union of names. */
export type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageData<T extends string> = { [K in Placeholders<T>]: string | number | readonly string[] };

/** Everything a rule says about itself: the single source for docs, presets and the tester. */
export interface RuleMeta<Options, Messages extends Record<string, string>> {
  description: string;
  category: Category;
  severity: Severity;
  /** Points (0-100) a finding adds under the noisy-OR strategy (`scoring: noisyOr`). */
  weight: number;
  /**
   * The strengths of evidence the rule reports, by level id, each with its likelihood ratio and the
   * basis for it. A finding picks one (`level` in its details), else `defaultLevel`. A rule without
   * levels has one, `default`, whose ratio follows the finding's severity (`SEVERITY_LIKELIHOOD_RATIO`).
   */
  levels?: Readonly<Record<string, EvidenceLevel>>;
  /** The level of a finding that names none; required with `levels`. */
  defaultLevel?: string;
  /**
   * Findings of rules in one group are the same underlying evidence and do not double count: the group
   * takes its strongest. Defaults to the id. Group only what one observation would trip twice, never a
   * whole theme: independent evidence must be able to add up.
   */
  group?: string;
  presets: readonly PresetName[];
  status: RuleStatus;
  deprecated?: { since: string; replacedBy?: string };
  /** A zod object whose defaults are the option defaults and whose descriptions document them. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema's input type is free; only its output matters
  options?: z.ZodType<Options, any>;
  messages: Messages;
  /**
   * Profile fields the rule needs, e.g. `['addresses', 'devices[].shippedTo']`. When every one is
   * absent or empty, the rule is `skipped` and the screening lists the gap.
   */
  requires: readonly string[];
  /**
   * Profile fields the rule reads beyond `requires`, e.g. `['phones']` for a link rule that sees them
   * through the link index. Skipping ignores them; the profile reference (docs/profile.md) lists them.
   */
  reads?: readonly string[];
  /** Context the rule needs beyond the profile: a roster's link index, IP intelligence. */
  needs?: readonly ('links' | 'ipIntel' | 'domainIntel')[];
  /** Which of the three mitigations (docs/indicators.md) the rule serves. */
  mitigates: readonly Mitigation[];
  falsePositives: readonly string[];
  /** What an analyst should do when it fires. */
  mitigation: string;
  references: readonly Reference[];
  /** The docs/indicators.md id(s) the rule implements, e.g. `adr-ship-elsewhere`. */
  indicators?: readonly string[];
}

/** Where a finding points and what supports it, as a rule hands it to the engine. */
export interface FindingDetails {
  /** The input path the finding points at, e.g. `devices[0].shippedTo`. */
  path?: string;
  /** Structured facts behind the finding. Identifiers must be masked (see `maskIdentifier`). */
  evidence?: Readonly<Record<string, unknown>>;
  /** Other profiles involved (cross-profile rules). */
  related?: readonly string[];
  clusterId?: string;
  /** Overrides the rule's severity for this finding (e.g. 5+ profiles at one address is critical). */
  severity?: Severity;
  /** Overrides the rule's weight for this finding (noisy-OR scoring). */
  weight?: number;
  /** The strength of this finding's evidence: one of the rule's `meta.levels` ids. */
  level?: string;
}

export type FindingArgs<T extends string> = string extends T
  ? [details?: FindingDetails & { data?: Readonly<Record<string, unknown>> }]
  : [Placeholders<T>] extends [never]
    ? [details?: FindingDetails & { data?: Record<string, never> }]
    : [details: FindingDetails & { data: MessageData<T> }];

/** A finding as a rule returns it; the engine adds scoring, message text and redaction. */
export interface FindingDraft {
  readonly kind: 'finding';
  readonly messageId: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly details: FindingDetails;
}

/** A rule's statement that it could not run, naming the data it lacked. */
export interface SkipDraft {
  readonly kind: 'skip';
  readonly missing: readonly string[];
}

export type RuleOutcome = FindingDraft | SkipDraft | readonly FindingDraft[] | undefined | void;

/**
 * What a rule sees besides the profile. Everything time- or roster-dependent comes through here. The
 * screening's fields (`now`, `links`, `ip`, `organization`) are readable while `check` runs; read after it
 * returned, they throw a `HirescreenError` with code `CONTEXT_EXPIRED` instead of showing another
 * screening's data.
 */
export interface RuleContext<Options, Messages extends Record<string, string>, State = undefined> {
  readonly ruleId: string;
  readonly options: Options;
  /** What the rule's `setup` built from its options, once per screener; `undefined` without `setup`. */
  readonly state: State;
  /** The screening's as-of time: rules never read the clock. */
  readonly now: Date;
  /** The roster's link index, when the screening has one. */
  readonly links: LinkLookup | undefined;
  /** IP facts gathered before rules ran: login geo merged with IP intelligence. */
  readonly ip: IpFactsView;
  /**
   * What the profile's employer declared about itself (`organizations` in the screener's options):
   * sanctioned tools, corporate egress, offices, payroll providers. Answers false when nothing was.
   */
  readonly organization: OrganizationView;
  /** Domain registration facts gathered before rules ran (`domainIntel` in the screener's options). */
  readonly domains: DomainFactsView;
  finding<Id extends keyof Messages & string>(
    messageId: Id,
    ...args: FindingArgs<Messages[Id]>
  ): FindingDraft;
  /** Says the rule could not run for lack of the named data. */
  skip(...missing: string[]): SkipDraft;
}

/** A screening rule. Build one with `defineRule`. */
export interface Rule<
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a rule's options type is its own; lists of rules mix them
  Options = any,
  Messages extends Record<string, string> = Record<string, string>,
  State = undefined,
> {
  readonly id: string;
  readonly meta: RuleMeta<Options, Messages>;
  /** Builds what `check` reads as `context.state` from the resolved options, once per screener. */
  readonly setup?: (options: Options) => State;
  /** What a screening that ran the rule relied on besides the profile; see `RuleDefinition.sources`. */
  readonly sources?: (options: Options) => readonly string[];
  check(profile: Profile, context: RuleContext<Options, Messages, State>): RuleOutcome;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules with different options, messages and state share one list
export type AnyRule = Rule<any, any, any>;

export interface Suppression {
  profileId: string;
  ruleId: string;
  reason: string;
  reviewer: string;
  /** The last day (YYYY-MM-DD, inclusive) the suppression applies. */
  expiresOn: string;
}

/** One explained finding in a screening. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  messageId: string;
  message: string;
  data: Record<string, unknown>;
  path: string | undefined;
  evidence: Record<string, unknown>;
  related: { profileIds: string[]; clusterId?: string } | undefined;
  group: string;
  weight: number;
  /** The strength of the evidence: one of the rule's levels (`default` for a rule without levels). */
  level: string;
  /** P(finding | fraud) / P(finding | legitimate) at that level, as the rule set resolved it. */
  likelihoodRatio: number;
  /** Points this finding adds to the score; the contributions of a screening add up to its score. */
  contribution: number;
  /** False when a stronger finding of the same group already counts, or the finding is suppressed. */
  counted: boolean;
  mitigation: string;
  references: Reference[];
  suppressed?: Omit<Suppression, 'profileId' | 'ruleId'>;
}

export type RuleStatusResult = 'flagged' | 'clear' | 'skipped' | 'error';

export interface RuleResult {
  ruleId: string;
  status: RuleStatusResult;
  findingCount: number;
  /** For `skipped`: the data the rule needed and did not get. */
  missing?: string[];
  /** For `error`: what went wrong, without the input. */
  error?: { code: 'RULE_FAILED'; message: string };
}

export interface DataGap {
  /** The missing data, as a profile path or a context name (`link index`, `IP intelligence`). */
  field: string;
  /** The rules that could not run without it. */
  rules: string[];
}

/** The result of screening one profile. */
export interface Screening {
  profileId: string;
  /** 0-100, an integer; the counted findings' contributions add up to it exactly. */
  score: number;
  decision: Decision;
  /** Why the decision is what it is, in words (thresholds crossed, critical findings). */
  decisionReasons: string[];
  findings: Finding[];
  ruleResults: RuleResult[];
  dataGaps: DataGap[];
  rulesetVersion: string;
  asOf: string;
  /**
   * What the screening relied on besides its findings, in words: e.g. a tool left alone because it was
   * learned as the employer's standard ("treated as org-x's standard: 61 of its 80 screened staff have
   * teamviewer on their laptops"). Absent when there is nothing to say.
   */
  notes?: string[];
}
