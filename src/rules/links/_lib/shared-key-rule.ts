import { defineRule } from '../../../engine/define-rule.js';
import type { Mitigation, PresetName, Reference, Rule, RuleStatus, Severity } from '../../../engine/types.js';
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
  return {
    attribute: match.attribute,
    displayKey: match.displayKey,
    identityCount: match.identityCount,
    organizationCount: match.organizationCount,
    ...(match.attribute === 'home-address' || match.attribute === 'shipping-address'
      ? {
          residentCount: match.residentCount,
          shipOnlyCount: match.shipOnlyCount,
          commercial: match.commercial,
        }
      : {}),
    ...(match.similarity !== undefined && { similarity: match.similarity }),
  };
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
      const flagged = links
        .matchesFor(profile, spec.attribute)
        .filter((match) => match.severity !== undefined);
      // Most profiles share nothing suspicious: only look their cluster up when there is a finding.
      if (flagged.length === 0) return [];
      const clusterId = links.clusterOf(profile.id)?.id;
      return flagged.map((match) =>
        context.finding('shared', {
          data: {
            key: match.displayKey,
            count: match.identityCount,
            others: othersText(match.profileIds),
            organizations: match.organizationCount,
          },
          path: match.path,
          evidence: linkEvidence(match),
          related: match.profileIds,
          ...(clusterId !== undefined && { clusterId }),
          ...(match.severity !== undefined && { severity: match.severity }),
          ...(match.weight !== undefined && { weight: match.weight }),
        }),
      );
    },
  }) as Rule;
}
