import type { Profile } from '../schema/profile.js';
import type { LinkLookup } from '../links/lookup.js';
import { makeFinding, makeSkip } from './define-rule.js';
import type { IpFactsView } from './ip-facts.js';
import type { OrganizationView } from './organization.js';
import type { ResolvedRule } from './rule-set.js';
import type { FindingDraft, RuleContext, RuleOutcome, SkipDraft } from './types.js';

/** What a rule runs against besides the profile. */
export interface Environment {
  now: Date;
  links: LinkLookup | undefined;
  ip: IpFactsView;
  organization: OrganizationView;
}

export type Evaluation =
  | { status: 'flagged'; drafts: FindingDraft[] }
  | { status: 'clear' }
  | { status: 'skipped'; missing: string[] }
  | { status: 'error'; message: string };

export const LINK_INDEX_GAP = 'link index (screen a roster, or pass `links`)';

// Shared by every context: neither depends on the rule or the screening, so no closure is built per run.
const finding = (messageId: string, details?: { data?: Record<string, unknown> }) =>
  makeFinding(messageId, details ?? {});
const skip = (...missing: string[]) => makeSkip(missing);

type Context = RuleContext<unknown, Record<string, string>>;

/** A rule's context whose screening-dependent fields the engine may point at another screening. */
export type ReusableContext = Omit<Context, keyof Environment> & Environment;

/** Builds the context a rule's `check` receives. */
export function contextFor(resolved: ResolvedRule, env: Environment): ReusableContext {
  return {
    ruleId: resolved.rule.id,
    options: resolved.options,
    now: env.now,
    links: env.links,
    ip: env.ip,
    organization: env.organization,
    finding,
    skip,
  } as ReusableContext;
}

/**
 * The context for one run: `reused` pointed at this screening, or a new one. A screener keeps one context
 * per rule instead of building a seven-field object per rule per screening: rules run one at a time and
 * synchronously, and a context serves its rule for the duration of `check`.
 */
function contextForRun(
  resolved: ResolvedRule,
  env: Environment,
  reused: ReusableContext | undefined,
): Context {
  if (reused === undefined) return contextFor(resolved, env);
  reused.now = env.now;
  reused.links = env.links;
  reused.ip = env.ip;
  reused.organization = env.organization;
  return reused;
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
 * The first draft that is not a finding with one of the rule's message ids. A function of its own, not a
 * `find` callback: a closure over the rule would make every evaluation allocate a context for it.
 */
function firstBadDraft(drafts: readonly FindingDraft[], resolved: ResolvedRule): FindingDraft | undefined {
  const messages = resolved.rule.meta.messages;
  for (const draft of drafts) {
    if (draft?.kind !== 'finding' || !(draft.messageId in messages)) return draft;
    const level = draft.details?.level;
    if (level !== undefined && !resolved.levels.has(level) && level !== resolved.defaultLevel) return draft;
  }
  return undefined;
}

/**
 * Runs one rule in isolation: a missing requirement skips it, a thrown error becomes an `error`
 * evaluation, and anything it returns is normalised to a list of finding drafts. `context`, when given,
 * is the rule's context from an earlier run (see `contextFor`), reused for this one.
 */
export function evaluate(
  resolved: ResolvedRule,
  profile: Profile,
  env: Environment,
  context?: ReusableContext,
): Evaluation {
  const { rule } = resolved;
  if (!env.links && rule.meta.needs?.includes('links'))
    return { status: 'skipped', missing: [LINK_INDEX_GAP] };
  const missing = missingRequirements(resolved, profile);
  if (missing) return { status: 'skipped', missing };

  let outcome: RuleOutcome;
  try {
    outcome = rule.check(profile, contextForRun(resolved, env, context) as never);
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (outcome === undefined || outcome === null) return CLEAR;
  if (isSkip(outcome)) return { status: 'skipped', missing: [...outcome.missing] };
  const drafts = (Array.isArray(outcome) ? outcome : [outcome]) as FindingDraft[];
  const bad = firstBadDraft(drafts, resolved);
  if (bad) {
    const what =
      bad?.kind !== 'finding'
        ? 'something that is not a finding'
        : bad.messageId in rule.meta.messages
          ? `an unknown evidence level "${String(bad.details.level)}"`
          : `an unknown message id "${bad.messageId}"`;
    return { status: 'error', message: `rule returned ${what}` };
  }
  return drafts.length > 0 ? { status: 'flagged', drafts } : CLEAR;
}
