import { interpolate } from './interpolate.js';
import { redactDeep, type Redactor } from './redact.js';
import type { ResolvedRule } from './rule-set.js';
import type { Finding, FindingDraft } from './types.js';

/** Turns a rule's draft into a finding: message text rendered, identifiers masked, metadata attached. */
export function materialize(draft: FindingDraft, resolved: ResolvedRule, redact: Redactor): Finding {
  const { rule } = resolved;
  const { details } = draft;
  const data = redactDeep({ ...draft.data }, redact) as Record<string, unknown>;
  const template = rule.meta.messages[draft.messageId] as string;
  const related =
    details.related || details.clusterId
      ? {
          profileIds: [...(details.related ?? [])].sort(),
          ...(details.clusterId ? { clusterId: details.clusterId } : {}),
        }
      : undefined;
  return {
    ruleId: rule.id,
    category: rule.meta.category,
    severity: details.severity ?? resolved.severity,
    messageId: draft.messageId,
    message: redact(interpolate(template, data)),
    data,
    path: details.path,
    evidence: redactDeep({ ...(details.evidence ?? {}) }, redact) as Record<string, unknown>,
    related,
    group: resolved.group,
    weight: details.weight ?? resolved.weight,
    contribution: 0,
    counted: false,
    mitigation: rule.meta.mitigation,
    references: rule.meta.references.map((reference: Finding['references'][number]) => ({ ...reference })),
  };
}
