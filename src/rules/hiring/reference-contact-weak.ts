import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { domainOf } from '../../intel/entities/match-entity.js';
import { isFreeMailDomain, normalizeEmail } from '../../normalize/email.js';
import { ownContactKeys, referenceContactKey, referenceLabel } from '../_lib/reference-contacts.js';
import { cite } from '../_lib/references.js';

/**
 * A reference reaches the employer through the candidate's own phone or mailbox, or writes from free
 * webmail for an employer that has its own domain. Front companies gave workers references who were
 * the scheme's own people [S29][S35]; a reference who is the candidate is the plainest form of it.
 */
export const referenceContactWeak = defineRule({
  id: 'reference-contact-weak',
  meta: {
    description:
      'A reference shares the candidate\u2019s own phone or e-mail, or writes from free webmail for an employer with its own domain.',
    category: 'hiring',
    severity: 'medium',
    weight: 25,
    group: 'reference-check',
    levels: {
      'candidate-contact': {
        description: 'The reference\u2019s phone number or e-mail address is the candidate\u2019s own.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'A reference who answers on the candidate\u2019s own line or mailbox is the candidate; data entry (the candidate\u2019s details typed in the reference\u2019s row) is the innocent cause, quickly checked.',
        },
      },
      'webmail-for-company': {
        description:
          'The reference writes from free webmail although the employer they speak for has a website of its own.',
        likelihoodRatio: 1,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Front companies\u2019 references [S29]; but retired managers, people who have left the company and small firms without company mail do the same (listed false positives), and many real references answer from personal mail: shown, weighing nothing alone. On the 20k benchmark with references, ratio 3 took legitimate profiles at review from 132 to 147 (mode a) and ratio 1.5 still from 105 to 110 (mode c, one employer, no roster). It fires there on 334 farm and 661 legitimate profiles (ratio 24.6), but the scenario\u2019s farms all use webmail for front companies with websites, which real ones need not.',
        },
      },
    },
    defaultLevel: 'webmail-for-company',
    presets: ['recommended'],
    status: 'experimental',
    messages: {
      candidateContact:
        'Reference {{reference}} gives the candidate\u2019s own {{contact}}. A reference reached through the candidate is not an independent check.',
      webmail:
        'Reference {{reference}} speaks for {{employer}} ({{website}}) from a free webmail address at {{domain}}.',
    },
    requires: ['references'],
    mitigates: ['identity-verification'],
    indicators: ['con-reference-weak'],
    falsePositives: [
      'The candidate\u2019s details typed into the reference\u2019s row by mistake.',
      'Retired managers, people who have left the company, and small firms or start-ups without company mail.',
    ],
    mitigation:
      'Reach the reference through the employer\u2019s main switchboard or website found independently, not through details the candidate supplied.',
    references: cite('S32', 'S29', 'S35'),
  },
  check(profile, context) {
    const own = ownContactKeys(profile);
    const findings: FindingDraft[] = [];
    (profile.references ?? []).forEach((reference, index) => {
      const path = `references[${index}]`;
      const label = referenceLabel(reference, index);
      const phone = referenceContactKey(profile, reference, 'phone');
      const email = referenceContactKey(profile, reference, 'email');
      const shared =
        phone && own.phones.has(phone)
          ? 'phone number'
          : email && own.emails.has(email)
            ? 'e-mail address'
            : undefined;
      if (shared) {
        findings.push(
          context.finding('candidateContact', {
            level: 'candidate-contact',
            data: { reference: label, contact: shared },
            path: `${path}.${shared === 'phone number' ? 'phone' : 'email'}`,
            evidence: { contact: shared === 'phone number' ? 'phone' : 'email' },
          }),
        );
        return;
      }
      const mailbox = reference.email ? normalizeEmail(reference.email) : undefined;
      const website = reference.employerWebsite ? domainOf(reference.employerWebsite) : undefined;
      if (!mailbox?.valid || !website || !isFreeMailDomain(mailbox.domain) || isFreeMailDomain(website))
        return;
      findings.push(
        context.finding('webmail', {
          level: 'webmail-for-company',
          data: {
            reference: label,
            employer: reference.employer ? `"${reference.employer}"` : 'their employer',
            website,
            domain: mailbox.domain,
          },
          path: `${path}.email`,
          evidence: { mailDomain: mailbox.domain, employerDomain: website },
        }),
      );
    });
    return findings;
  },
});
