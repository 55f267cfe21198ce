import { defineRule } from '../../engine/define-rule.js';
import type { FindingDetails } from '../../engine/types.js';
import type { LinkAttribute, LinkLookup, LinkMatch } from '../../links/lookup.js';
import type { NationalId, Profile } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { judgement, linkEvidence, othersWithElsewhereText } from './_lib/shared-key-rule.js';

/** A national id that is a US SSN with a value. */
function isSsn(id: NationalId): boolean {
  return id.type === 'us-ssn' && !!id.value;
}

/** The attributes one person keeps across jobs: the same ones at two employers mean one person. */
const PERSONAL: readonly LinkAttribute[] = ['phone', 'email', 'home-address', 'bank-account'];

/**
 * One SSN on several profiles. Under different names it is a stolen or shared identity. Under one name
 * at several organisations it is either one person holding two jobs, who keeps one phone, mailbox, home
 * and account (an HR question), or an identity lent to several workers, each with their own contact
 * details and account (Chapman: 68 identities at 309 companies [S7]). One name at one organisation is a
 * duplicate record and is not flagged.
 */
export const ssnReused = defineRule({
  id: 'ssn-reused',
  meta: {
    description:
      'The SSN on this profile is also on other profiles, under another name or at another organisation.',
    category: 'links',
    severity: 'high',
    weight: 45,
    // One SSN at several employers and overlapping full-time jobs in the history are one observation,
    // several jobs at once: the stronger counts. A stolen identity's levels are far stronger than either.
    group: 'concurrent-employment',
    levels: {
      'different-names': {
        description: 'The SSN is on file under two or more different names.',
        likelihoodRatio: 1_000,
        severity: 'critical',
        basis: judgement(
          'One SSN under several names is a stolen or borrowed identity unless a name change was not recorded, which the analyst confirms quickly.',
        ),
      },
      'different-details': {
        description:
          'The SSN is on file under one name at several organisations, and none of the other records shares this one\u2019s phone, e-mail, home address or payroll account.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: judgement(
          'A lent identity is worked by different people, each with their own contact details and account; a person holding two jobs keeps theirs.',
        ),
      },
      'other-holder-in-farm-cluster': {
        description:
          'The SSN is on file under one name at several organisations, and another record holding it is in the corroborated core of a cluster at several organisations that this record is not part of: two or more of the same people share where laptops go (a shipping address or a device) and a residential line or pay account, a laptop farm.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: judgement(
          'An identity whose other job sits in a laptop farm is in the scheme\u2019s hands, whoever applies with it next: a stolen identity is held at 2.6 employers on average in the public cases [S7]. An over-employed person\u2019s other job is not in a farm-shaped cluster unless that cluster is wrong, which the analyst checks first.',
        ),
      },
      'details-unknown': {
        description:
          'The SSN is on file under one name at several organisations, and this profile has no phone, e-mail, home address or payroll account to compare.',
        likelihoodRatio: 8,
        severity: 'medium',
        basis: judgement('Without personal details to compare, a second job and a lent identity look alike.'),
      },
      'same-person-several-jobs': {
        description:
          'The SSN is on file under one name at several organisations, and each other record shares a phone, e-mail, home address or payroll account with this one: one person holding several jobs.',
        likelihoodRatio: 4,
        severity: 'low',
        basis: {
          kind: 'benchmark',
          note: 'Labelled benchmark: 85 % of fraudulent vs 3.4 % of legitimate profiles (ratio 25), because a stolen identity is held at several employers (2.6 on average in the public cases) by one worker who keeps the same details. Kept weak: over-employment by one consistent person is an HR and conflict-of-interest question, not evidence of a fraudulent identity, and must never reach review alone.',
        },
      },
    },
    defaultLevel: 'details-unknown',
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
      'A person legitimately holding two jobs (same name, several organisations): reported weak when the records share contact details.',
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
    // Only another name or another organisation is a finding; one name at one organisation is a duplicate.
    const flagged = links
      .matchesFor(profile, 'ssn')
      .filter((match) => match.nameCount >= 2 || match.organizationCount >= 2);
    if (flagged.length === 0) return undefined;
    const clusterId = links.clusterOf(profile.id)?.id;
    return flagged.map((match) => {
      const evidence = { ...linkEvidence(match), nameCount: match.nameCount };
      const common: FindingDetails = { path: match.path, evidence, related: match.profileIds };
      if (clusterId !== undefined) common.clusterId = clusterId;
      const others = othersWithElsewhereText(match);
      if (match.nameCount >= 2)
        return context.finding('differentNames', {
          data: { key: match.displayKey, others, names: match.nameCount },
          ...common,
          level: 'different-names',
          weight: 70,
        });
      return context.finding('severalOrganizations', {
        data: { key: match.displayKey, others, organizations: match.organizationCount },
        ...common,
        level: sameNameLevel(profile, match, links, clusterId),
      });
    });
  },
});

/** Whether the other records of one name share this profile's personal details (one person) or none. */
function sameNameLevel(
  profile: Profile,
  ssn: LinkMatch,
  links: LinkLookup,
  ownClusterId: string | undefined,
): string {
  if (otherHolderInFarmCluster(ssn, links, ownClusterId)) return 'other-holder-in-farm-cluster';
  if (!hasPersonalDetails(profile)) return 'details-unknown';
  const shared = PERSONAL.map((attribute) => links.matchesFor(profile, attribute));
  const sharesWithEach = ssn.profileIds.every((other) =>
    shared.some((matches) => matches.some((match) => match.profileIds.includes(other))),
  );
  return sharesWithEach ? 'same-person-several-jobs' : 'different-details';
}

/**
 * Whether another holder of the SSN is in the corroborated core of a cluster spanning organisations that this profile
 * is not in: the identity's other job is at a farm. Clusters come from the link index's ties alone, never
 * from other screenings' decisions, so the evidence does not feed on itself.
 */
function otherHolderInFarmCluster(ssn: LinkMatch, links: LinkLookup, own: string | undefined): boolean {
  return ssn.profileIds.some((other) => {
    const cluster = links.clusterOf(other);
    return (
      cluster !== undefined && cluster.id !== own && cluster.corroborated && cluster.organizationCount >= 2
    );
  });
}

function hasPersonalDetails(profile: Profile): boolean {
  return (
    (profile.phones ?? []).length > 0 ||
    (profile.emails ?? []).length > 0 ||
    (profile.addresses ?? []).some((address) => address.purpose === 'home') ||
    (profile.payroll?.accounts ?? []).some((account) => account.accountNumber !== undefined)
  );
}
