import type { Profile } from '../schema/profile.js';
import type { LinkLookup } from '../links/lookup.js';
import { makeFinding, makeSkip } from './define-rule.js';
import type { IpFactsView } from './ip-facts.js';
import type { ResolvedRule } from './rule-set.js';
import type { FindingDraft, RuleContext, RuleOutcome, SkipDraft } from './types.js';

/** What a rule runs against besides the profile. */
export interface Environment {
  now: Date;
  links: LinkLookup | undefined;
  ip: IpFactsView;
}

export type Evaluation =
  | { status: 'flagged'; drafts: FindingDraft[] }
  | { status: 'clear' }
  | { status: 'skipped'; missing: string[] }
  | { status: 'error'; message: string };

export const LINK_INDEX_GAP = 'link index (screen a roster, or pass `links`)';

/** Builds the context a rule's `check` receives. */
export function contextFor(
  resolved: ResolvedRule,
  env: Environment,
): RuleContext<unknown, Record<string, string>> {
  return {
    ruleId: resolved.rule.id,
    options: resolved.options,
    now: env.now,
    links: env.links,
    ip: env.ip,
    finding: (messageId: string, details?: { data?: Record<string, unknown> }) =>
      makeFinding(messageId, details ?? {}),
    skip: (...missing: string[]) => makeSkip(missing),
  } as RuleContext<unknown, Record<string, string>>;
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
 * evaluation, and anything it returns is normalised to a list of finding drafts.
 */
export function evaluate(resolved: ResolvedRule, profile: Profile, env: Environment): Evaluation {
  const { rule } = resolved;
  if (rule.meta.needs?.includes('links') && !env.links)
    return { status: 'skipped', missing: [LINK_INDEX_GAP] };
  const missing = resolved.requirements.filter((req) => !req.test(profile)).map((req) => req.path);
  if (missing.length > 0) return { status: 'skipped', missing };

  let outcome: RuleOutcome;
  try {
    outcome = rule.check(profile, contextFor(resolved, env) as never);
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (outcome === undefined || outcome === null) return { status: 'clear' };
  if (isSkip(outcome)) return { status: 'skipped', missing: [...outcome.missing] };
  const drafts = (Array.isArray(outcome) ? outcome : [outcome]) as FindingDraft[];
  const bad = drafts.find((draft) => draft?.kind !== 'finding' || !(draft.messageId in rule.meta.messages));
  if (bad) {
    const what =
      bad?.kind === 'finding'
        ? `an unknown message id "${bad.messageId}"`
        : 'something that is not a finding';
    return { status: 'error', message: `rule returned ${what}` };
  }
  return drafts.length > 0 ? { status: 'flagged', drafts } : { status: 'clear' };
}
