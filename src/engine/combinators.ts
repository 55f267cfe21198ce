import { hasData } from './data-presence.js';
import { defineRule } from './define-rule.js';
import { interpolate } from './interpolate.js';
import type { AnyRule, FindingDraft, Rule, RuleMeta, RuleOutcome, SkipDraft } from './types.js';

type CombinedMessages = { matched: string };

/** Metadata of a combined rule: as any rule's, except that the engine supplies messages and requirements. */
export type CombinatorMeta = Omit<
  RuleMeta<Record<string, never>, CombinedMessages>,
  'messages' | 'requires' | 'options'
> & {
  /** The finding's text; placeholders `{{count}}`, `{{total}}` and `{{rules}}` are filled in. */
  message?: string;
};

const DEFAULT_MESSAGE = '{{count}} of {{total}} related signals fired together: {{rules}}.';

/** A child rule with its default options and what its `setup` built from them, once per screener. */
export interface PreparedChild {
  child: AnyRule;
  options: unknown;
  state: unknown;
}

function prepareChild(child: AnyRule): PreparedChild {
  const options = child.meta.options ? child.meta.options.parse({}) : {};
  return { child, options, state: child.setup?.(options) };
}

function childFired(
  { child, options, state }: PreparedChild,
  profile: Parameters<AnyRule['check']>[0],
  context: Parameters<AnyRule['check']>[1],
): FindingDraft[] {
  if (!child.meta.requires.every((path) => hasData(path)(profile))) return [];
  // A fresh object per child and run: the parent's context is the engine's and stops answering after
  // the parent's check, and this one holds nothing another run could change.
  const outcome: RuleOutcome = child.check(profile, {
    ruleId: child.id,
    options,
    state,
    now: context.now,
    links: context.links,
    ip: context.ip,
    organization: context.organization,
    domains: context.domains,
    finding: context.finding,
    skip: context.skip,
  });
  if (outcome === undefined || outcome === null) return [];
  if (!Array.isArray(outcome) && (outcome as SkipDraft).kind === 'skip') return [];
  return (Array.isArray(outcome) ? outcome : [outcome]) as FindingDraft[];
}

function combine(
  id: string,
  meta: CombinatorMeta,
  children: readonly AnyRule[],
  minimum: number,
): Rule<Record<string, never>, CombinedMessages, readonly PreparedChild[]> {
  if (children.length === 0) throw new TypeError(`Combined rule "${id}" needs at least one rule.`);
  if (!(minimum >= 1 && minimum <= children.length)) {
    throw new TypeError(`Combined rule "${id}": the minimum must be between 1 and ${children.length}.`);
  }
  const needs = [...new Set(children.flatMap((child) => child.meta.needs ?? []))];
  const { message, ...rest } = meta;
  return defineRule<Record<string, never>, CombinedMessages, readonly PreparedChild[]>({
    id,
    meta: { ...rest, needs, requires: [], messages: { matched: message ?? DEFAULT_MESSAGE } },
    setup: () => children.map(prepareChild),
    check(profile, context) {
      const fired = context.state
        .map((prepared) => ({
          child: prepared.child,
          drafts: childFired(prepared, profile, context as never),
        }))
        .filter(({ drafts }) => drafts.length > 0);
      if (fired.length < minimum) return undefined;
      const evidence = {
        signals: fired.map(({ child, drafts }) => ({
          ruleId: child.id,
          messages: drafts.map((draft) =>
            interpolate(child.meta.messages[draft.messageId] ?? '', draft.data),
          ),
        })),
      };
      return context.finding('matched', {
        data: {
          count: fired.length,
          total: children.length,
          rules: fired.map(({ child }) => child.id).join(', '),
        },
        evidence,
      });
    },
  });
}

/**
 * A rule that fires when every one of `rules` fires on the profile (each with its default options).
 *
 * @example
 * const farmPattern = allOf({ id: 'acme/farm-pattern', meta, rules: [sharedShippingAddress, remoteDesktopTool] });
 */
export function allOf(definition: { id: string; meta: CombinatorMeta; rules: readonly AnyRule[] }) {
  return combine(definition.id, definition.meta, definition.rules, definition.rules.length);
}

/**
 * A rule that fires when any of `rules` fires.
 *
 * @example
 * const anyVpn = anyOf({ id: 'acme/any-vpn', meta, rules: [vpnEgress, consumerVpnClient] });
 */
export function anyOf(definition: { id: string; meta: CombinatorMeta; rules: readonly AnyRule[] }) {
  return combine(definition.id, definition.meta, definition.rules, 1);
}

/**
 * A rule that fires when at least `n` of `rules` fire.
 *
 * @example
 * const twoOfThree = atLeast(2, { id: 'acme/two-of-three', meta, rules: [a, b, c] });
 */
export function atLeast(
  n: number,
  definition: { id: string; meta: CombinatorMeta; rules: readonly AnyRule[] },
) {
  return combine(definition.id, definition.meta, definition.rules, n);
}
