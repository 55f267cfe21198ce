import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { linkEvidence, othersText } from './_lib/shared-key-rule.js';

/**
 * One SSN on several profiles. Under different names it is a stolen or shared identity; under one
 * name at several organisations it is one identity lent to several jobs (Chapman: 68 identities at 309
 * companies [S7]). One name at one organisation
 * is a duplicate record and is not flagged.
 */
export const ssnReused = defineRule({
  id: 'ssn-reused',
  meta: {
    description:
      'The SSN on this profile is also on other profiles, under another name or at another organisation.',
    category: 'links',
    severity: 'high',
    weight: 45,
    presets: ['recommended'],
    status: 'stable',
    messages: {
      differentNames:
        'The SSN {{key}} is also on file under a different name ({{others}}): {{names}} different names use it. One SSN under several names indicates a stolen or borrowed identity.',
      severalOrganizations:
        'The SSN {{key}} is also on file at {{organizations}} organisations under the same name ({{others}}). One identity working several jobs at once is how lent identities are used.',
    },
    requires: ['nationalIds'],
    needs: ['links'],
    mitigates: ['identity-verification'],
    indicators: ['idn-owner-reports-unknown-job'],
    falsePositives: [
      'A legal name change (marriage) recorded on one profile but not the other.',
      'A person legitimately holding two part-time jobs (same name, several organisations).',
      'Data-entry error in one digit of an SSN.',
    ],
    mitigation:
      'Run SSA/E-Verify verification for each profile listed and verify the person live on video with the identity document.',
    references: cite('S7', 'S3'),
  },
  check(profile, context) {
    const links = context.links;
    if (!links) return context.skip('link index');
    if (!(profile.nationalIds ?? []).some((id) => id.type === 'us-ssn' && id.value))
      return context.skip('SSN (nationalIds with type "us-ssn")');
    const matches = links.matchesFor(profile, 'ssn');
    if (matches.length === 0) return [];
    const clusterId = links.clusterOf(profile.id)?.id;
    return matches.flatMap((match) => {
      const common = {
        path: match.path,
        evidence: { ...linkEvidence(match), nameCount: match.nameCount },
        related: match.profileIds,
        ...(clusterId !== undefined && { clusterId }),
      };
      const others = othersText(match.profileIds);
      if (match.nameCount >= 2)
        return [
          context.finding('differentNames', {
            data: { key: match.displayKey, others, names: match.nameCount },
            ...common,
            severity: 'critical',
            weight: 70,
          }),
        ];
      if (match.organizationCount >= 2)
        return [
          context.finding('severalOrganizations', {
            data: { key: match.displayKey, others, organizations: match.organizationCount },
            ...common,
          }),
        ];
      return [];
    });
  },
});
