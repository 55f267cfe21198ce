import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { LINK_ATTRIBUTES } from '../../links/lookup.js';
import { attributeLabel } from '../../links/cluster.js';
import { cite } from '../_lib/references.js';
import { judgement } from './_lib/shared-key-rule.js';

/**
 * The referrer is in a suspicious cluster, or shares a key with the person referred (docs/indicators.md
 * xp-referral-cluster). A fraudulent hire referred a second fraudulent "employee" [S23]; workers
 * recommend other workers [S35].
 */
export const referredByFlaggedProfile = defineRule({
  id: 'referred-by-flagged-profile',
  meta: {
    description:
      'This profile was referred by someone in a suspicious cluster or who shares its address, account or contact.',
    category: 'links',
    severity: 'high',
    weight: 40,
    levels: {
      'referrer-in-critical-cluster': {
        description:
          'The referrer belongs to a cluster with a critical tie (a farm-sized address, many payees on one account, one SSN under several names).',
        likelihoodRatio: 60,
        severity: 'high',
        basis: judgement(
          'A fraudulent hire referring a second fraudulent "employee" is documented [S23]; a critical cluster is itself rarely innocent, so its referrals rarely are.',
        ),
      },
      'referrer-in-cluster': {
        description: 'The referrer belongs to a suspicious cluster whose ties are not critical.',
        likelihoodRatio: 10,
        severity: 'medium',
        basis: judgement(
          'A cluster of high ties can still be flatmates or a family; friends refer friends, so the referral needs a second finding.',
        ),
      },
      'shares-key': {
        description: 'The referrer shares an address, account or contact detail with the person referred.',
        likelihoodRatio: 8,
        severity: 'medium',
        basis: judgement(
          'Friends who live or work together refer each other (the listed false positive); households are already exempt.',
        ),
      },
    },
    defaultLevel: 'referrer-in-cluster',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      minSuspicion: z
        .number()
        .min(0)
        .max(100)
        .default(45)
        .describe(
          'Cluster suspicion (0-100) from which the referrer\u2019s cluster counts; 45 is one high-severity tie.',
        ),
    }),
    messages: {
      referrerInCluster:
        'This profile was referred by {{referrer}}, who belongs to a suspicious cluster of {{size}} profiles (suspicion {{suspicion}}/100). Fraudulent hires refer further fraudulent hires.',
      sharesKey:
        'This profile was referred by {{referrer}}, who shares its {{attributes}}. A referral between people who share such details is how one operator places several personas.',
    },
    requires: ['referredBy'],
    needs: ['links'],
    mitigates: ['identity-verification'],
    indicators: ['xp-referral-cluster'],
    falsePositives: [
      'Friends or relatives who live together and refer each other (the household exemption covers same-family homes).',
    ],
    mitigation:
      'Review the referrer\u2019s cluster first; verify both people live on video and confirm their home addresses independently.',
    references: cite('S23', 'S35'),
  },
  check(profile, context) {
    const links = context.links;
    const referrer = profile.referredBy;
    if (!links || !referrer) return context.skip('referredBy');
    const cluster = links.clusterOf(referrer);
    if (cluster && cluster.suspicion >= context.options.minSuspicion)
      return context.finding('referrerInCluster', {
        data: { referrer, size: cluster.size, suspicion: cluster.suspicion },
        path: 'referredBy',
        evidence: { clusterSeverity: cluster.severity, organizationCount: cluster.organizationCount },
        related: [referrer],
        clusterId: cluster.id,
        level: cluster.severity === 'critical' ? 'referrer-in-critical-cluster' : 'referrer-in-cluster',
      });
    const shared = LINK_ATTRIBUTES.flatMap((attribute) =>
      links
        .matchesFor(profile, attribute)
        .filter((match) => !match.household && match.profileIds.includes(referrer))
        .map(() => attribute),
    );
    if (shared.length === 0) return undefined;
    const labels = [...new Set(shared)].map(attributeLabel);
    const own = links.clusterOf(profile.id)?.id;
    return context.finding('sharesKey', {
      data: { referrer, attributes: labels.join(', ') },
      path: 'referredBy',
      evidence: { attributes: [...new Set(shared)] },
      related: [referrer],
      level: 'shares-key',
      ...(own !== undefined && { clusterId: own }),
    });
  },
});
