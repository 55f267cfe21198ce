import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { documentLabel } from './_lib/document.js';

/**
 * An identity-verification check of a document failed (tampering suspected, template artefacts, data
 * that does not read back). The FBI tells employers to inspect IDs for errors and the 2022 advisory
 * describes forged and doctored documents.
 */
/** Methods where a person saw the document and its holder. */
const LIVE = new Set(['in-person', 'live-video']);

export const documentVerificationFailed = defineRule({
  id: 'document-verification-failed',
  meta: {
    description: 'Verification of an identity document failed.',
    category: 'identity',
    severity: 'high',
    weight: 40,
    levels: {
      'failed-in-person': {
        description: 'A document failed verification by a person, in person or on live video.',
        likelihoodRatio: 100,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'A person looking at the original document and its holder rarely fails an honest one; glare and worn cards are the automated check\u2019s false rejects.',
        },
      },
      'failed-automated': {
        description: 'A document failed an automated (or unrecorded) verification check.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'Vendors\u2019 false rejects (glare, worn or bent cards, new formats) exist but are a small share of honest checks and are usually redone before a failure is recorded.',
        },
      },
    },
    defaultLevel: 'failed-automated',
    group: 'document-authenticity',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      failed:
        'Verification of the {{document}} failed ({{method}} check). A document that fails verification may be forged, altered or someone else\u2019s.',
    },
    requires: ['documents[].verification'],
    mitigates: ['identity-verification'],
    indicators: ['idn-doc-anomalies'],
    falsePositives: [
      'Automated false rejects: glare, a worn or bent card, a poor photo of the document.',
      'A document issued recently in a format the verification vendor does not know yet.',
    ],
    mitigation:
      'Repeat the check with the original document on a live video call or in person; compare the face with the person and the data with the profile before any offer or access.',
    references: cite('S5', 'S1', 'S18'),
  },
  check(profile, context) {
    return (profile.documents ?? []).flatMap((document, index) => {
      const verification = document.verification;
      if (verification?.status !== 'failed') return [];
      return [
        context.finding('failed', {
          data: { document: documentLabel(document), method: verification.method ?? 'unspecified' },
          path: `documents[${index}].verification`,
          level: LIVE.has(verification.method ?? '') ? 'failed-in-person' : 'failed-automated',
          evidence: {
            status: 'failed',
            method: verification.method ?? 'unknown',
            at: verification.at ?? 'unknown',
          },
        }),
      ];
    });
  },
});
