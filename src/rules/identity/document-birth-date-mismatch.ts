import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { cite } from '../_lib/references.js';
import { calendarDay } from './_lib/dates.js';
import { documentLabel } from './_lib/document.js';

/**
 * The date of birth printed on a document is not the one on the profile. Two records of one person
 * disagreeing on a birth date is a documented sign of a doctored or borrowed document. A date whose
 * day and month are swapped is reported separately and weighs less: it is usually a keying error
 * between day-first and month-first formats.
 */
export const documentBirthDateMismatch = defineRule({
  id: 'document-birth-date-mismatch',
  meta: {
    description: 'The date of birth on an identity document differs from the one on the profile.',
    category: 'identity',
    severity: 'high',
    weight: 35,
    levels: {
      'different-date': {
        description:
          'The document prints a different birth date from the profile\u2019s, other than a day-month swap.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'One person\u2019s records agree on a birth date; outside a day-month swap, a different date is a keying or OCR slip or a document that is not the person\u2019s, and slips are rare once the date is read from the document.',
        },
      },
      'day-month-swapped': {
        description: 'Day and month are swapped between the document and the profile.',
        likelihoodRatio: 1.5,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'A swap between US and international date formats is a keying error almost every time.',
        },
      },
    },
    defaultLevel: 'different-date',
    // Its own group (the id): a birth date is a different fact from an address.
    presets: ['recommended'],
    status: 'stable',
    messages: {
      differs:
        'The {{document}} gives the date of birth {{documentDate}}, but the profile says {{profileDate}}. Records of one person should agree on a birth date.',
      swapped:
        'The {{document}} gives the date of birth {{documentDate}} and the profile {{profileDate}}: day and month are swapped, which is usually a keying error between date formats.',
    },
    requires: ['dateOfBirth', 'documents[].dateOfBirth'],
    mitigates: ['identity-verification'],
    indicators: ['idn-doc-anomalies'],
    falsePositives: [
      'A keying error on the profile (day and month swapped are reported separately, at low weight).',
      'OCR misreading of the document.',
    ],
    mitigation:
      'Read the date from the original document on a live video call; correct a keying error with the evidence, otherwise treat the document as not belonging to the person.',
    references: cite('S5', 'S1'),
  },
  check(profile, context) {
    const stated = calendarDay(profile.dateOfBirth);
    if (!stated) return undefined;
    const documents = profile.documents ?? [];
    let findings: FindingDraft[] | undefined;
    for (let index = 0; index < documents.length; index++) {
      const document = documents[index] as (typeof documents)[number];
      // Most documents print the profile's own date: equal text needs no reading.
      if (document.dateOfBirth === profile.dateOfBirth) continue;
      const printed = calendarDay(document.dateOfBirth);
      if (!printed) continue;
      const swapped =
        printed.year === stated.year && printed.month === stated.day && printed.day === stated.month;
      const data = {
        document: documentLabel(document),
        documentDate: document.dateOfBirth ?? '',
        profileDate: profile.dateOfBirth ?? '',
      };
      const path = `documents[${index}].dateOfBirth`;
      (findings ??= []).push(
        swapped
          ? context.finding('swapped', {
              data,
              path,
              weight: 8,
              evidence: { swapped: true },
              level: 'day-month-swapped',
            })
          : context.finding('differs', { data, path, evidence: { swapped: false }, level: 'different-date' }),
      );
    }
    return findings;
  },
});
