import type { FindingDraft, Rule, RuleContext, RuleMeta, RuleOutcome, SkipDraft } from './types.js';
import type { Profile } from '../schema/profile.js';
import { ConfigError, formatPath } from '../errors.js';
import { ruleMetaSchema } from './_lib/rule-meta-schema.js';

const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The definition a rule author writes. */
export interface RuleDefinition<Options, Messages extends Record<string, string>, State = undefined> {
  /** Permanent kebab-case name of the signal; third-party packs namespace theirs (`acme/some-signal`). */
  id: string;
  meta: RuleMeta<Options, Messages>;
  /**
   * Builds, from the resolved options, what `check` needs on every profile (a set, a compiled pattern, a
   * threshold in other units). The screener calls it once per rule when it is created; `check` reads
   * the result as `context.state`. Like `check`, it is synchronous and pure.
   */
  setup?(options: Options): State;
  /**
   * What a screening that ran this rule relied on besides the profile, in words (a list and its as-of
   * date): the screener asks once, and every screening the rule ran on (not skipped) carries it in its
   * `notes`, so a clear result still says which lists it was checked against.
   */
  sources?(options: Options): readonly string[];
  check(profile: Profile, context: RuleContext<Options, Messages, State>): RuleOutcome;
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
  State = undefined,
>(definition: RuleDefinition<Options, Messages, State>): Rule<Options, Messages, State> {
  const { id, meta } = definition;
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    throw new TypeError(
      `Rule id "${String(id)}" must be kebab-case, optionally namespaced like "acme/some-signal".`,
    );
  }
  checkMeta(id, meta);
  if (typeof definition.check !== 'function') {
    throw new ConfigError([{ path: `${id}.check`, code: 'invalid_type', message: 'must be a function' }]);
  }
  if (Object.keys(meta.messages).length === 0) {
    throw new TypeError(`Rule "${id}": meta.messages must define at least one message.`);
  }
  checkLevels(id, meta);
  const { setup, sources, check } = definition;
  return Object.freeze({
    id,
    meta: Object.freeze(meta),
    ...(setup && { setup }),
    ...(sources && { sources }),
    check,
  });
}

/** Every problem with `meta` at once, each under the rule's id, as a `ConfigError`. */
function checkMeta(id: string, meta: unknown): void {
  const result = ruleMetaSchema.safeParse(meta);
  if (result.success) return;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      path: `${id}.meta${issue.path.length > 0 ? `.${formatPath(issue.path)}` : ''}`,
      code: issue.code,
      message: issue.message,
    })),
  );
}

const BASIS_KINDS = new Set(['source', 'baseline', 'benchmark', 'judgement']);

/** A rule's evidence levels must each have a usable ratio and a stated basis, and a default among them. */
function checkLevels(id: string, meta: RuleMeta<unknown, Record<string, string>>): void {
  if (meta.levels === undefined) {
    if (meta.defaultLevel !== undefined)
      throw new TypeError(`Rule "${id}": meta.defaultLevel is set but meta.levels is not.`);
    return;
  }
  const ids = Object.keys(meta.levels);
  if (ids.length === 0) throw new TypeError(`Rule "${id}": meta.levels must define at least one level.`);
  for (const [level, spec] of Object.entries(meta.levels)) {
    if (!(
      typeof spec?.likelihoodRatio === 'number' &&
      Number.isFinite(spec.likelihoodRatio) &&
      spec.likelihoodRatio >= 1
    ))
      throw new TypeError(`Rule "${id}": level "${level}" needs a finite likelihoodRatio of at least 1.`);
    if (!spec.description || !BASIS_KINDS.has(spec.basis?.kind) || !spec.basis.note)
      throw new TypeError(
        `Rule "${id}": level "${level}" needs a description and a basis { kind: source | baseline | benchmark | judgement, note }.`,
      );
  }
  if (meta.defaultLevel === undefined || !ids.includes(meta.defaultLevel))
    throw new TypeError(`Rule "${id}": meta.defaultLevel must name one of its levels (${ids.join(', ')}).`);
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
