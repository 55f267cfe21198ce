import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import type { LinkLookup, LinkMatch } from '../../links/lookup.js';
import type { Profile, Reference } from '../../schema/profile.js';
import { ownContactKeys, referenceContactKey, referenceLabel } from '../_lib/reference-contacts.js';
import { cite } from '../_lib/references.js';
import {
  REFERENCE_CONTACTS as CONTACTS,
  referenceProbe,
  type ReferenceContact,
} from './_lib/reference-probes.js';
import { judgement, linkEvidence, othersText } from './_lib/shared-key-rule.js';

type Contact = ReferenceContact;
const CONTACT_WORDS: Record<Contact, string> = { phone: 'phone number', email: 'e-mail address' };

/** How one reference contact is shared, strongest first: the order findings prefer. */
type Sharing = 'another-applicant' | 'another-applicants-reference' | 'same-employer-reference';
const STRENGTH: readonly Sharing[] = [
  'another-applicant',
  'another-applicants-reference',
  'same-employer-reference',
];

interface Shared {
  level: Sharing;
  contact: Contact;
  match: LinkMatch;
}

/** Whether the reference's contact is the candidate's own: reference-contact-weak reports that. */
function isOwn(profile: Profile, reference: Reference, contact: Contact): boolean {
  const key = referenceContactKey(profile, reference, contact);
  if (key === undefined) return false;
  const own = ownContactKeys(profile);
  return (contact === 'phone' ? own.phones : own.emails).has(key);
}

/** Other profiles whose own phone or e-mail is this reference's (see {@link referenceProbe}). */
function ownContactMatch(
  links: LinkLookup,
  profile: Profile,
  reference: Reference,
  index: number,
  contact: ReferenceContact,
): LinkMatch | undefined {
  const probe = referenceProbe(profile, reference, index, contact);
  if (!probe) return undefined;
  return links.matchesFor(probe, contact).find((match) => match.severity !== undefined);
}

/**
 * Other applicants who give the same contact for a reference. The index also keeps each reference
 * contact scoped to the employer the reference speaks for: when every other carrier of the contact
 * carries the scoped key too, all of them name the same employer for that reference, a former team.
 */
function referenceMatch(
  matches: readonly LinkMatch[],
  index: number,
  contact: Contact,
): { match: LinkMatch; sameEmployer: boolean } | undefined {
  if (matches.length === 0) return undefined;
  const path = `references[${index}].${contact}`;
  const match = matches.find((candidate) => candidate.path === path && candidate.severity !== undefined);
  if (!match) return undefined;
  const employerPath = `references[${index}].employer`;
  const scoped = matches.find((candidate) => candidate.path === employerPath);
  const carriers = (found: LinkMatch) => found.profileCount ?? found.profileIds.length;
  const sameEmployer =
    scoped !== undefined &&
    scoped.identityCount === match.identityCount &&
    carriers(scoped) === carriers(match);
  return { match, sameEmployer };
}

/** The strongest sharing of one reference's phone or e-mail, or undefined. */
function sharingOf(
  links: LinkLookup,
  profile: Profile,
  reference: Reference,
  index: number,
  byReference: Record<Contact, readonly LinkMatch[]>,
): Shared | undefined {
  const found: Shared[] = [];
  for (const contact of CONTACTS) {
    if (isOwn(profile, reference, contact)) continue;
    const own = ownContactMatch(links, profile, reference, index, contact);
    if (own) found.push({ level: 'another-applicant', contact, match: own });
    const shared = referenceMatch(byReference[contact], index, contact);
    if (shared)
      found.push({
        level: shared.sameEmployer ? 'same-employer-reference' : 'another-applicants-reference',
        contact,
        match: shared.match,
      });
  }
  found.sort((a, b) => STRENGTH.indexOf(a.level) - STRENGTH.indexOf(b.level));
  return found[0];
}

/**
 * A reference's phone or e-mail is another applicant's own, or other applicants give it for their
 * references at other employers. Front companies supplied workers with references who were the
 * scheme's own people [S29][S35], and one facilitator answers for many workers; a former manager who
 * vouches for several people from one old team is the look-alike, kept below review.
 */
export const referenceContactShared = defineRule({
  id: 'reference-contact-shared',
  meta: {
    description:
      'A reference\u2019s phone or e-mail is another applicant\u2019s own, or other applicants give it for references at other employers.',
    category: 'links',
    severity: 'high',
    weight: 45,
    // The reference is not independent: one observation with reference-contact-weak's, the stronger counts.
    group: 'reference-check',
    levels: {
      'another-applicant': {
        description:
          'The reference\u2019s phone number or e-mail address is another applicant\u2019s own contact. (The candidate\u2019s own contact in a reference is reference-contact-weak\u2019s candidate-contact level.)',
        likelihoodRatio: 40,
        severity: 'high',
        basis: judgement(
          'A reference who is another applicant is vouching from inside the same pool: farms have their candidates vouch for each other [S29]. Innocent causes (two applicants who worked together and name each other) are rare and quickly checked.',
        ),
      },
      'another-applicants-reference': {
        description:
          'Other applicants give the same phone number or e-mail address for a reference who, in at least one of their applications, speaks for a different employer.',
        likelihoodRatio: 25,
        severity: 'high',
        basis: judgement(
          'One contact answering for several employers is a facilitator, not a former manager [S29][S35]; a manager who changed jobs between two colleagues\u2019 applications is the innocent cause.',
        ),
      },
      'same-employer-reference': {
        description:
          'Other applicants give the same reference contact, and every one of them names the same employer for it: a former manager vouching for several people from one team.',
        likelihoodRatio: 1,
        severity: 'info',
        basis: judgement(
          'Managers routinely give references for several people who leave one team: shown for context and weighing nothing. At 1.5, on the 20k benchmark where most hires share a former manager with a colleague, legitimate profiles at review rose from 132 to 230 (0.7 % to 1.2 %), 139 of them with this finding.',
        ),
      },
    },
    defaultLevel: 'another-applicants-reference',
    presets: ['recommended'],
    status: 'experimental',
    messages: {
      anotherApplicant:
        'Reference {{reference}} gives the {{contact}} {{key}}, which is the own contact of another applicant ({{others}}). A reference who is another applicant is not an independent check.',
      anotherReference:
        'Reference {{reference}} gives the {{contact}} {{key}}, which {{others}} also give for a reference speaking for a different employer. One contact answering for several employers is a facilitator, not a former manager.',
      sameEmployer:
        'Reference {{reference}} gives the {{contact}} {{key}}, which {{others}} also give for a reference at the same employer: likely a former manager of several applicants.',
    },
    requires: ['references'],
    reads: [
      'references[].phone',
      'references[].email',
      'references[].employer',
      'phones[].number',
      'emails[].address',
      'claimed.country',
      'name.full',
      'organizationId',
    ],
    needs: ['links'],
    mitigates: ['identity-verification'],
    indicators: ['con-reference-weak', 'xp-shared-contact'],
    falsePositives: [
      'A former manager who is a reference for several people from one old team (same employer named): reported as context, weighing nothing.',
      'A manager who moved employers between two colleagues\u2019 applications, so the two name different employers.',
      'Two applicants who worked together and name each other as references.',
      'A shared switchboard number or HR mailbox given as a reference contact (allowlist it as a reference-phone or reference-email key).',
    ],
    mitigation:
      'Reach each reference through the employer\u2019s switchboard or website found independently, and ask the other applicants named how they know the reference.',
    references: cite('S29', 'S35', 'S4'),
  },
  check(profile, context) {
    const links = context.links;
    if (links === undefined) return undefined;
    const references = profile.references ?? [];
    if (!references.some((reference) => reference.phone || reference.email))
      return context.skip('reference phone numbers or e-mail addresses (references[].phone, .email)');
    const byReference: Record<Contact, readonly LinkMatch[]> = {
      phone: links.matchesFor(profile, 'reference-phone'),
      email: links.matchesFor(profile, 'reference-email'),
    };
    const clusterId = links.clusterOf(profile.id)?.id;
    const findings: FindingDraft[] = [];
    references.forEach((reference, index) => {
      const shared = sharingOf(links, profile, reference, index, byReference);
      if (!shared) return;
      const { match, contact, level } = shared;
      const others = match.profileIds.filter((id) => id !== profile.id);
      findings.push(
        context.finding(
          level === 'another-applicant'
            ? 'anotherApplicant'
            : level === 'another-applicants-reference'
              ? 'anotherReference'
              : 'sameEmployer',
          {
            data: {
              reference: referenceLabel(reference, index),
              contact: CONTACT_WORDS[contact],
              key: match.displayKey,
              others: othersText(others),
            },
            level,
            path: `references[${index}].${contact}`,
            evidence: linkEvidence(match),
            related: others,
            ...(clusterId !== undefined && { clusterId }),
          },
        ),
      );
    });
    return findings;
  },
});
