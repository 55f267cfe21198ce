import { defineRule } from '../../engine/define-rule.js';
import { maskSsn, ssnStructuralProblems, type SsnProblem } from '../../normalize/ssn.js';
import { cite } from '../_lib/references.js';

const WORDS: Record<Exclude<SsnProblem, 'malformed'>, string> = {
  'area-000': 'it starts with 000',
  'area-666': 'it starts with 666',
  'area-9xx': 'it starts with 9 (900-999 are never issued as SSNs)',
  'group-00': 'its middle two digits are 00',
  'serial-0000': 'its last four digits are 0000',
  'known-invalid': 'it is a publicly known sample or voided number',
};

/**
 * An SSN on file that the Social Security Administration could never have issued. A made-up or
 * mistyped number cannot be the person's; DOJ cases describe workers supplying false identity data
 * to employers and to DHS.
 */
export const ssnStructurallyInvalid = defineRule({
  id: 'ssn-structurally-invalid',
  meta: {
    description: 'A Social Security number on file could never have been issued.',
    category: 'identity',
    severity: 'high',
    weight: 40,
    levels: {
      'never-issued': {
        description:
          'The number has a part SSA never issues (area 000 or 666, group 00, serial 0000, or a published invalid number).',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'A single mistyped digit rarely lands on a never-issued part; an ITIN in an SSN field is reported separately.',
        },
      },
      'itin-range': {
        description: 'The number starts with 9: an ITIN or another number recorded as an SSN.',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'ITINs (9xx) recorded in the SSN field are a known HR data problem; it needs the card to tell.',
        },
      },
      malformed: {
        description: 'The value is not a nine-digit number.',
        likelihoodRatio: 1.5,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Formatting and keying errors; nothing can be checked.',
        },
      },
    },
    defaultLevel: 'never-issued',
    group: 'ssn-validity',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      impossible:
        'The Social Security number ending {{last4}} cannot have been issued: {{problems}}. A number that was never issued cannot belong to the person.',
      malformed:
        'The Social Security number on file is not a nine-digit number ({{masked}}); it cannot be checked.',
    },
    requires: ['nationalIds[].value'],
    mitigates: ['identity-verification'],
    indicators: ['idn-doc-anomalies', 'idn-work-eligibility-gap'],
    falsePositives: [
      'A keying error in the HR system (compare with the Social Security card or the W-4).',
      'An ITIN or another number recorded as an SSN (ITINs start with 9).',
    ],
    mitigation:
      'Ask for the Social Security card on a live video call, correct a keying error with the evidence, and run E-Verify or SSA\u2019s verification service before the first payroll.',
    references: cite('S8', 'S3', 'S1'),
  },
  check(profile, context) {
    return (profile.nationalIds ?? []).flatMap((id, index) => {
      if (id.type !== 'us-ssn' || !id.value) return [];
      const problems = ssnStructuralProblems(id.value);
      if (problems.length === 0) return [];
      const path = `nationalIds[${index}].value`;
      if (problems.includes('malformed')) {
        return [
          context.finding('malformed', {
            data: { masked: maskSsn(id.value) },
            path,
            weight: 8,
            evidence: { problems },
            level: 'malformed',
          }),
        ];
      }
      const masked = maskSsn(id.value);
      return [
        context.finding('impossible', {
          data: {
            last4: masked.slice(-4),
            problems: problems
              .map((problem) => WORDS[problem as Exclude<SsnProblem, 'malformed'>])
              .join('; '),
          },
          path,
          evidence: { masked, problems },
          // A 9xx area alone is the shape of an ITIN; any other impossible part is a never-issued number.
          level: problems.every((problem) => problem === 'area-9xx') ? 'itin-range' : 'never-issued',
        }),
      ];
    });
  },
});
