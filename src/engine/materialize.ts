import { compareCodeUnits, sortInPlace } from '../_lib/sort-in-place.js';
import { SEVERITY_LIKELIHOOD_RATIO } from '../scoring/evidence.js';
import { interpolate } from './interpolate.js';
import { redactRecord, type Redactor } from './redact.js';
import type { ResolvedRule } from './rule-set.js';
import type { Finding, FindingDetails, FindingDraft, Reference } from './types.js';

/** Turns a rule's draft into a finding: message text rendered, identifiers masked, metadata attached. */
export function materialize(draft: FindingDraft, resolved: ResolvedRule, redact: Redactor): Finding {
  const { rule } = resolved;
  const { details } = draft;
  const data = redactRecord(draft.data, redact);
  const template = rule.meta.messages[draft.messageId] as string;
  const level = details.level ?? resolved.defaultLevel;
  const resolvedLevel = resolved.levels.get(level);
  const severity = details.severity ?? resolvedLevel?.severity ?? resolved.severity;
  return {
    ruleId: rule.id,
    category: rule.meta.category,
    severity,
    messageId: draft.messageId,
    message: redact(interpolate(template, data)),
    data,
    path: details.path,
    evidence: redactRecord(details.evidence, redact),
    related: relatedOf(details),
    group: resolved.group,
    weight: details.weight ?? resolved.weight,
    level,
    // A rule without levels keeps what its severity meant; evaluate refused unknown level ids.
    likelihoodRatio: resolvedLevel?.likelihoodRatio ?? SEVERITY_LIKELIHOOD_RATIO[severity],
    contribution: 0,
    counted: false,
    mitigation: rule.meta.mitigation,
    references: rule.meta.references.map(copyReference),
  };
}

function relatedOf({ related, clusterId }: FindingDetails): Finding['related'] {
  if (!related && !clusterId) return undefined;
  const profileIds = sortedCopy(related ?? []);
  return clusterId ? { profileIds, clusterId } : { profileIds };
}

/** `[...ids].sort()`; a list of strings, which is what rules pass, sorts without the native sort's setup. */
function sortedCopy(ids: readonly string[]): string[] {
  const copy = [...ids];
  return copy.every(isString) ? sortInPlace(copy, compareCodeUnits) : copy.sort();
}

const isString = (value: unknown): boolean => typeof value === 'string';

const copyReference = (reference: Reference): Reference => ({ ...reference });
