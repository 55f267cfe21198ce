import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { cite } from '../_lib/references.js';
import { dayNumber, dayNumberOf, isoDay } from './_lib/dates.js';
import { documentLabel } from './_lib/document.js';

/**
 * A document submitted as proof of identity had expired by the screening date. Form I-9 accepts only
 * unexpired documents; an expired one is also what a stolen-document kit often holds.
 */
export const documentExpired = defineRule({
  id: 'document-expired',
  meta: {
    description: 'An identity document on file had expired by the screening date.',
    category: 'identity',
    severity: 'low',
    weight: 10,
    levels: {
      expired: {
        description: 'An identity document on file had expired by the screening date.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'Renewals in progress and old documents kept on file after a newer one was verified are common; an expired document says little about who holds it.',
        },
      },
    },
    defaultLevel: 'expired',
    group: 'document-authenticity',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      graceDays: z
        .number()
        .int()
        .min(0)
        .max(3650)
        .default(0)
        .describe('Days after the expiry date during which the document still counts as current.'),
    }),
    messages: {
      expired:
        'The {{document}} expired on {{expiresOn}}, before this screening ({{asOf}}). An expired document is not acceptable proof of identity or work eligibility.',
    },
    requires: ['documents[].expiresOn'],
    mitigates: ['identity-verification'],
    indicators: ['idn-doc-anomalies', 'idn-work-eligibility-gap'],
    falsePositives: [
      'A renewal in progress (the person has the receipt for the renewed document).',
      'An old document kept on file after a newer one was verified.',
    ],
    mitigation: 'Ask for a current document and verify it with its holder on a live video call or in person.',
    references: cite('S5', 'S3'),
  },
  check(profile, context) {
    const today = dayNumberOf(context.now);
    if (today === undefined) return undefined;
    const documents = profile.documents ?? [];
    let findings: FindingDraft[] | undefined;
    for (let index = 0; index < documents.length; index++) {
      const document = documents[index] as (typeof documents)[number];
      const expires = dayNumber(document.expiresOn);
      if (expires === undefined || expires + context.options.graceDays >= today) continue;
      (findings ??= []).push(
        context.finding('expired', {
          data: {
            document: documentLabel(document),
            expiresOn: document.expiresOn ?? '',
            asOf: isoDay(context.now),
          },
          path: `documents[${index}].expiresOn`,
          evidence: { expiresOn: document.expiresOn, daysExpired: today - expires },
          level: 'expired',
        }),
      );
    }
    return findings;
  },
});
