import { defineRule } from '../../engine/define-rule.js';
import type { FindingDetails, FindingDraft } from '../../engine/types.js';
import type { LinkMatch } from '../../links/lookup.js';
import type { NationalId } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { linkEvidence, othersText } from './_lib/shared-key-rule.js';

/** A national id that is a US SSN with a value. */
function isSsn(id: NationalId): boolean {
  return id.type === 'us-ssn' && !!id.value;
}

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
    if (!profile.nationalIds?.some(isSsn)) return context.skip('SSN (nationalIds with type "us-ssn")');
    // The index reports every profile sharing the SSN; only another name or another organisation is a
    // finding, so nothing is built (not even the cluster look-up) for the rest.
    const matches = links.matchesFor(profile, 'ssn');
    let findings: FindingDraft[] | undefined;
    let clusterId: string | undefined;
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i] as LinkMatch;
      const differentNames = match.nameCount >= 2;
      if (!differentNames && match.organizationCount < 2) continue;
      if (!findings) clusterId = links.clusterOf(profile.id)?.id;
      const evidence = linkEvidence(match);
      evidence.nameCount = match.nameCount;
      const common: FindingDetails = { path: match.path, evidence, related: match.profileIds };
      if (clusterId !== undefined) common.clusterId = clusterId;
      const others = othersText(match.profileIds);
      const finding = differentNames
        ? context.finding('differentNames', {
            data: { key: match.displayKey, others, names: match.nameCount },
            ...common,
            severity: 'critical',
            weight: 70,
          })
        : context.finding('severalOrganizations', {
            data: { key: match.displayKey, others, organizations: match.organizationCount },
            ...common,
          });
      if (findings) findings.push(finding);
      else findings = [finding];
    }
    return findings;
  },
});
