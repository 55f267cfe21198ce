import { defineRule } from '../../engine/define-rule.js';
import { maskSsn } from '../../normalize/ssn.js';
import { cite } from '../_lib/references.js';

/**
 * A Social Security number check came back as not matching the name and birth date, or as belonging
 * to a deceased person. Stolen US identities are the scheme's raw material (DOJ: 80+ identities in the
 * June 2025 actions, 68 in the Chapman case); a deceased-holder result means the identity cannot be
 * the person's, so it is critical.
 */
export const ssnVerificationFailed = defineRule({
  id: 'ssn-verification-failed',
  meta: {
    description:
      'An SSN verification result says the number does not match the person, or belongs to someone deceased.',
    category: 'identity',
    severity: 'high',
    weight: 45,
    levels: {
      'no-match': {
        description: 'SSA\u2019s check says the number does not match the name and date of birth.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'Unreported name changes and keying errors cause honest no-matches, but they are a small share of checks and are resolved with SSA; a stolen identity\u2019s details rarely match all three.',
        },
      },
      'deceased-holder': {
        description: 'SSA records the number\u2019s holder as deceased.',
        likelihoodRatio: 1000,
        severity: 'critical',
        basis: {
          kind: 'judgement',
          note: 'The identity cannot be the person\u2019s; SSA records wrongly marked deceased are rare.',
        },
      },
    },
    defaultLevel: 'no-match',
    group: 'ssn-verification',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      mismatch:
        'The Social Security number ending {{last4}} did not match the name and date of birth in the verification check. The identity may be borrowed or stolen.',
      deceased:
        'The Social Security number ending {{last4}} belongs to a person recorded as deceased. The identity cannot be this person\u2019s.',
    },
    requires: ['nationalIds[].verification'],
    mitigates: ['identity-verification'],
    indicators: ['idn-owner-reports-unknown-job', 'idn-work-eligibility-gap'],
    falsePositives: [
      'A name change (marriage) not yet reported to SSA, or a keying error in the name or birth date.',
      'A tentative non-confirmation that the person resolves with SSA.',
      'Rarely, an SSA record wrongly marked deceased.',
    ],
    mitigation:
      'Freeze onboarding and access; give the person the chance to resolve the result with SSA, and verify the identity document with its holder on a live video call or in person.',
    references: cite('S6', 'S7', 'S8', 'S3'),
  },
  check(profile, context) {
    return (profile.nationalIds ?? []).flatMap((id, index) => {
      if (id.type !== 'us-ssn') return [];
      const result = id.verification;
      if (result !== 'mismatch' && result !== 'deceased') return [];
      const masked = id.value ? maskSsn(id.value) : 'not on file';
      const data = { last4: id.value ? masked.slice(-4) : '(number not on file)' };
      const path = `nationalIds[${index}].verification`;
      return [
        result === 'deceased'
          ? context.finding('deceased', {
              data,
              path,
              weight: 70,
              evidence: { result, masked },
              level: 'deceased-holder',
            })
          : context.finding('mismatch', { data, path, evidence: { result, masked }, level: 'no-match' }),
      ];
    });
  },
});
