import type { Profile } from '../schema/profile.js';
import type { LinkLookup } from '../links/lookup.js';
import { makeFinding, makeSkip } from './define-rule.js';
import type { DomainFactsView } from './domain-facts.js';
import type { IpFactsView } from './ip-facts.js';
import type { OrganizationView } from './organization.js';
import type { ResolvedRule } from './rule-set.js';
import type { FindingDraft, RuleOutcome, SkipDraft } from './types.js';
import { HirescreenError } from '../errors.js';
import { draftProblem } from './_lib/draft-problem.js';
import { NO_DOMAIN_FACTS } from './domain-facts.js';

/** What a rule runs against besides the profile. */
export interface Environment {
  now: Date;
  links: LinkLookup | undefined;
  ip: IpFactsView;
  organization: OrganizationView;
  /** Domain registration facts; absent in callers that predate them, which is the same as none. */
  domains?: DomainFactsView;
}

/**
 * Findings kept per rule and screening. Ten thousand devices with fifty tools each made 20,000 findings
 * and 546 MB of report (issue 17, item 8); past this a screening keeps the first and counts the rest.
 */
export const MAX_FINDINGS_PER_RULE = 50;

export type Evaluation =
  /** `omitted`: drafts past {@link MAX_FINDINGS_PER_RULE}, counted and dropped. */
  | { status: 'flagged'; drafts: FindingDraft[]; omitted?: number }
  | { status: 'clear' }
  | { status: 'skipped'; missing: string[] }
  | { status: 'error'; message: string };

export const LINK_INDEX_GAP = 'link index (screen a roster, or pass `links`)';
export const DOMAIN_INTEL_GAP =
  'domain registration dates (pass `domainIntel`, or `--rdap-bootstrap` on the command line)';

// Shared by every context: neither depends on the rule or the screening, so no closure is built per run.
const finding = (messageId: string, details?: { data?: Record<string, unknown> }) =>
  makeFinding(messageId, details ?? {});
const skip = (...missing: string[]) => makeSkip(missing);

function expired(ruleId: string, field: string): never {
  throw new HirescreenError(
    'CONTEXT_EXPIRED',
    `Rule "${ruleId}" read context.${field} after its check returned; read what it needs during check.`,
  );
}

/**
 * A rule's context for the screener's life: `open` points it at one screening for one `check`, and
 * `close` takes it away again, so the screening's fields throw when read outside a check instead of
 * showing whichever screening came next. One object per rule, not one per run: a run allocates nothing.
 */
export class RuleRunContext {
  readonly ruleId: string;
  readonly options: unknown;
  readonly state: unknown;
  readonly finding = finding;
  readonly skip = skip;
  #env: Environment | undefined;

  constructor(resolved: ResolvedRule, state: unknown) {
    this.ruleId = resolved.rule.id;
    this.options = resolved.options;
    this.state = state;
  }

  get now(): Date {
    return (this.#env ?? expired(this.ruleId, 'now')).now;
  }

  get links(): LinkLookup | undefined {
    return (this.#env ?? expired(this.ruleId, 'links')).links;
  }

  get ip(): IpFactsView {
    return (this.#env ?? expired(this.ruleId, 'ip')).ip;
  }

  get organization(): OrganizationView {
    return (this.#env ?? expired(this.ruleId, 'organization')).organization;
  }

  get domains(): DomainFactsView {
    return (this.#env ?? expired(this.ruleId, 'domains')).domains ?? NO_DOMAIN_FACTS;
  }

  open(env: Environment): this {
    this.#env = env;
    return this;
  }

  close(): void {
    this.#env = undefined;
  }
}

/** A rule made ready to run: its context, with the state its `setup` built, or the error `setup` threw. */
export interface PreparedRule {
  readonly context: RuleRunContext;
  readonly setupError: string | undefined;
}

/**
 * What a thrown value says, whatever was thrown: `String()` itself throws on an object whose
 * `toString` is not a function (`{ toString: 0 }`, found by the 1,000,000-case fuzz run), and a
 * message that cannot be read must not turn an isolated rule failure into a failed screening.
 */
function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'a value that cannot be shown as text was thrown';
  }
}

/**
 * Runs the rule's `setup` on its resolved options and builds its context. A `setup` that throws does not
 * stop the screener: the rule's every run becomes an `error` result, as a throwing `check` does.
 */
export function prepareRule(resolved: ResolvedRule): PreparedRule {
  const { setup } = resolved.rule;
  if (setup === undefined) return { context: new RuleRunContext(resolved, undefined), setupError: undefined };
  try {
    return { context: new RuleRunContext(resolved, setup(resolved.options)), setupError: undefined };
  } catch (error) {
    return {
      context: new RuleRunContext(resolved, undefined),
      setupError: `setup failed: ${messageOf(error)}`,
    };
  }
}

// Internal and never handed out, so one frozen instance serves every clear run.
const CLEAR: Evaluation = Object.freeze({ status: 'clear' });

/** The requirement paths the profile lacks; allocates nothing when it has them all (the usual case). */
function missingRequirements(resolved: ResolvedRule, profile: Profile): string[] | undefined {
  let missing: string[] | undefined;
  for (const requirement of resolved.requirements) {
    if (requirement.test(profile)) continue;
    // Usually one path: a literal of one, where an empty list grown by `push` would keep room for 16
    // (and the list stays in the screening, as the rule result's `missing`).
    if (missing === undefined) missing = [requirement.path];
    else missing.push(requirement.path);
  }
  return missing;
}

function isSkip(outcome: RuleOutcome): outcome is SkipDraft {
  return (
    typeof outcome === 'object' &&
    outcome !== null &&
    !Array.isArray(outcome) &&
    (outcome as SkipDraft).kind === 'skip'
  );
}

/**
 * Runs one rule in isolation: a missing requirement skips it, a thrown error becomes an `error`
 * evaluation, and anything it returns is normalised to a list of finding drafts. `prepared` is the rule
 * made ready once per screener (`prepareRule`); without it, the rule is prepared for this run alone.
 */
export function evaluate(
  resolved: ResolvedRule,
  profile: Profile,
  env: Environment,
  prepared: PreparedRule = prepareRule(resolved),
): Evaluation {
  const { rule } = resolved;
  if (!env.links && rule.meta.needs?.includes('links'))
    return { status: 'skipped', missing: [LINK_INDEX_GAP] };
  const missing = missingRequirements(resolved, profile);
  if (missing) return { status: 'skipped', missing };
  // After the profile's own data: a profile with nothing to look up has no lookup to miss.
  if (env.domains?.configured !== true && rule.meta.needs?.includes('domainIntel'))
    return { status: 'skipped', missing: [DOMAIN_INTEL_GAP] };
  if (prepared.setupError !== undefined) return { status: 'error', message: prepared.setupError };

  let outcome: RuleOutcome;
  const { context } = prepared;
  try {
    outcome = rule.check(profile, context.open(env) as never);
  } catch (error) {
    return { status: 'error', message: messageOf(error) };
  } finally {
    context.close();
  }
  if (outcome === undefined || outcome === null) return CLEAR;
  // What the rule returned is read inside a guard too: a getter or a Proxy in it may throw.
  try {
    return outcomeOf(outcome, resolved);
  } catch (error) {
    return { status: 'error', message: `rule returned something unreadable: ${messageOf(error)}` };
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown }).then === 'function';

/** A rule's non-empty outcome as an evaluation: a skip, checked finding drafts, or the rule's error. */
function outcomeOf(outcome: NonNullable<RuleOutcome>, resolved: ResolvedRule): Evaluation {
  if (typeof outcome === 'object' && isThenable(outcome)) {
    // An async check's promise is dropped, so its rejection must not surface as an unhandled one
    // that kills the process (issue 17, item 3).
    Promise.resolve(outcome).catch(() => undefined);
    return { status: 'error', message: 'rule returned a promise: a check must be synchronous' };
  }
  if (isSkip(outcome)) {
    const missing: unknown = outcome.missing;
    if (!Array.isArray(missing) || !missing.every((field) => typeof field === 'string'))
      return { status: 'error', message: 'rule returned a skip whose missing data is not a list of names' };
    return { status: 'skipped', missing: [...(missing as string[])] };
  }
  const all = Array.isArray(outcome) ? (outcome as readonly unknown[]) : [outcome];
  const kept = all.length > MAX_FINDINGS_PER_RULE ? all.slice(0, MAX_FINDINGS_PER_RULE) : all;
  // An index loop, not for...of: a holey array's hole must be refused, not skipped.
  for (let i = 0; i < kept.length; i++) {
    const problem = draftProblem(kept[i], resolved);
    if (problem !== undefined) return { status: 'error', message: `rule returned ${problem}` };
  }
  if (kept.length === 0) return CLEAR;
  const drafts = kept as FindingDraft[];
  return all.length > kept.length
    ? { status: 'flagged', drafts, omitted: all.length - kept.length }
    : { status: 'flagged', drafts };
}
