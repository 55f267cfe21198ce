import { defineRule } from '../../../engine/define-rule.js';
import type {
  FindingDetails,
  FindingDraft,
  Mitigation,
  PresetName,
  Reference,
  Rule,
  RuleStatus,
  Severity,
} from '../../../engine/types.js';
import type { LinkAttribute, LinkMatch } from '../../../links/lookup.js';
import type { Profile } from '../../../schema/profile.js';

/** Names shown in a message before "and N more"; `related` always lists them all. */
const SHOWN = 5;

/** "p2, p3 and 4 more" */
export function othersText(ids: readonly string[]): string {
  if (ids.length <= SHOWN) return ids.join(', ');
  return `${ids.slice(0, SHOWN).join(', ')} and ${ids.length - SHOWN} more`;
}

/** The evidence every link finding carries: counts and the masked key, never the raw value. */
export function linkEvidence(match: LinkMatch): Record<string, unknown> {
  const evidence: Record<string, unknown> = {
    attribute: match.attribute,
    displayKey: match.displayKey,
    identityCount: match.identityCount,
    organizationCount: match.organizationCount,
  };
  if (match.attribute === 'home-address' || match.attribute === 'shipping-address') {
    evidence.residentCount = match.residentCount;
    evidence.shipOnlyCount = match.shipOnlyCount;
    evidence.commercial = match.commercial;
  }
  if (match.similarity !== undefined) evidence.similarity = match.similarity;
  return evidence;
}

/** Whether any match has a verdict: most screened profiles share nothing, or nothing suspicious. */
function anyFlagged(matches: readonly LinkMatch[]): boolean {
  for (let i = 0; i < matches.length; i++) if ((matches[i] as LinkMatch).severity !== undefined) return true;
  return false;
}

/** What a flagged match's finding says: the key, the others, and the verdict's severity and weight. */
function sharedDetails(
  match: LinkMatch,
  clusterId: string | undefined,
): FindingDetails & { data: Record<string, unknown> } {
  const details: FindingDetails & { data: Record<string, unknown> } = {
    data: {
      key: match.displayKey,
      count: match.identityCount,
      others: othersText(match.profileIds),
      organizations: match.organizationCount,
    },
    path: match.path,
    evidence: linkEvidence(match),
    related: match.profileIds,
  };
  if (clusterId !== undefined) details.clusterId = clusterId;
  if (match.severity !== undefined) details.severity = match.severity;
  if (match.weight !== undefined) details.weight = match.weight;
  return details;
}

export interface SharedKeyRuleSpec {
  id: string;
  attribute: LinkAttribute;
  description: string;
  /** Placeholders: key, count, others, organizations. */
  message: string;
  severity: Severity;
  weight: number;
  group?: string;
  presets: readonly PresetName[];
  status: RuleStatus;
  /** Whether the profile carries the data at all; when not, the rule is skipped naming `missing`. */
  present(profile: Profile): boolean;
  missing: string;
  mitigates: readonly Mitigation[];
  indicators: readonly string[];
  falsePositives: readonly string[];
  mitigation: string;
  references: readonly Reference[];
}

/**
 * A rule that reports each key of one attribute that other profiles share, at the severity the link
 * policy gives the count of distinct identities (households, allowlisted places and hub keys excluded
 * by the index). Findings name the other profiles and the cluster.
 */
export function sharedKeyRule(spec: SharedKeyRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    meta: {
      description: spec.description,
      category: 'links',
      severity: spec.severity,
      weight: spec.weight,
      ...(spec.group !== undefined && { group: spec.group }),
      presets: spec.presets,
      status: spec.status,
      messages: { shared: spec.message },
      requires: [],
      needs: ['links'],
      mitigates: spec.mitigates,
      indicators: spec.indicators,
      falsePositives: spec.falsePositives,
      mitigation: spec.mitigation,
      references: spec.references,
    },
    check(profile, context) {
      const links = context.links;
      if (!links) return context.skip('link index');
      if (!spec.present(profile)) return context.skip(spec.missing);
      const matches = links.matchesFor(profile, spec.attribute);
      // Most profiles share nothing suspicious: no list and no cluster look-up unless there is a finding.
      if (!anyFlagged(matches)) return undefined;
      const clusterId = links.clusterOf(profile.id)?.id;
      // Indexed loops and a list started at its first finding: a for-of iterator and push's 17 empty
      // slots showed in the allocation profile, most profiles that share having one flagged key here.
      let findings: FindingDraft[] | undefined;
      for (let i = 0; i < matches.length; i++) {
        const match = matches[i] as LinkMatch;
        if (match.severity === undefined) continue;
        const finding = context.finding('shared', sharedDetails(match, clusterId));
        if (findings) findings.push(finding);
        else findings = [finding];
      }
      return findings;
    },
  }) as Rule;
}
