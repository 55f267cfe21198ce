import type { FindingDraft, Rule, RuleContext, RuleMeta, RuleOutcome, SkipDraft } from './types.js';
import type { Profile } from '../schema/profile.js';

const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The definition a rule author writes. */
export interface RuleDefinition<Options, Messages extends Record<string, string>> {
  /** Permanent kebab-case name of the signal; third-party packs namespace theirs (`acme/some-signal`). */
  id: string;
  meta: RuleMeta<Options, Messages>;
  check(profile: Profile, context: RuleContext<Options, Messages>): RuleOutcome;
}

/**
 * Defines a rule. Checks the id's shape and the metadata's basic invariants at definition time, and
 * types `context.finding` so that an unknown message id or a missing placeholder is a compile error.
 *
 * @example
 * const interviewCameraOff = defineRule({
 *   id: 'acme/camera-off',
 *   meta: { ...meta, messages: { off: 'Camera was off in the {{mode}} interview on {{date}}.' } },
 *   check(profile, context) {
 *     return profile.interviews?.filter((i) => i.cameraOn === false)
 *       .map((i, n) => context.finding('off', { data: { mode: i.mode, date: i.at ?? 'unknown' }, path: `interviews[${n}]` }));
 *   },
 * });
 */
export function defineRule<
  Options = Record<string, never>,
  const Messages extends Record<string, string> = Record<string, string>,
>(definition: RuleDefinition<Options, Messages>): Rule<Options, Messages> {
  const { id, meta } = definition;
  if (!RULE_ID.test(id)) {
    throw new TypeError(`Rule id "${id}" must be kebab-case, optionally namespaced like "acme/some-signal".`);
  }
  if (!(meta.weight >= 0 && meta.weight <= 100)) {
    throw new TypeError(`Rule "${id}": meta.weight must be between 0 and 100.`);
  }
  if (Object.keys(meta.messages).length === 0) {
    throw new TypeError(`Rule "${id}": meta.messages must define at least one message.`);
  }
  return Object.freeze({ id, meta: Object.freeze(meta), check: definition.check });
}

/** Builds a finding draft; the engine renders and scores it. */
export function makeFinding(
  messageId: string,
  details: { data?: Record<string, unknown> } & FindingDraft['details'] = {},
): FindingDraft {
  const { data, ...rest } = details;
  return { kind: 'finding', messageId, data: data ?? {}, details: rest };
}

export function makeSkip(missing: readonly string[]): SkipDraft {
  return { kind: 'skip', missing };
}
