import { defineRule } from '../../engine/define-rule.js';
import { employerWords } from '../_lib/employer-words.js';
import { cite } from '../_lib/references.js';

const LIVE_METHODS = new Set(['in-person', 'live-video']);

/**
 * A fully remote hire whose identity documents were never checked, or only checked by an automated
 * upload flow. Public guidance asks for a live person to see the document and its holder, because
 * stolen and doctored documents pass upload-only checks.
 */
export const documentNotVerifiedLive = defineRule({
  id: 'document-not-verified-live',
  meta: {
    description:
      'A fully remote hire has no identity document verified by a person (in person or on live video).',
    category: 'identity',
    severity: 'low',
    weight: 10,
    levels: {
      'not-verified': {
        description: 'A fully remote hire has documents on file and none was verified.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'Many employers record the identity step outside the profile, and early candidates have not reached it: a gap in process more than evidence.',
        },
      },
      'automated-only': {
        description: 'A fully remote hire\u2019s documents passed only an automated upload check.',
        likelihoodRatio: 1.5,
        basis: {
          kind: 'judgement',
          note: 'Automated checks are the norm for remote hiring; they miss a live face but say nothing against the person.',
        },
      },
      'employer-checks-automated': {
        description:
          'A fully remote hire\u2019s documents passed only an automated check, at an employer that checks every remote hire that way (declared, or learned from its staff).',
        likelihoodRatio: 1,
        basis: {
          kind: 'judgement',
          note: 'Where automated checks are the employer\u2019s process for everyone, legitimate and fraudulent hires there look the same: shown so the gap in the process is fixed, weighing nothing.',
        },
      },
    },
    defaultLevel: 'not-verified',
    // Shares the hiring rule remote-hire-no-live-identity-check's group: one gap, counted once.
    group: 'live-identity',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      notRun:
        'No identity document was verified for this fully remote hire: {{count}} document(s) on file, none checked.',
      automatedOnly:
        'The identity documents of this fully remote hire were checked only by an automated upload check, never by a person in person or on live video.',
      automatedPractice:
        'The identity documents of this fully remote hire were checked only by an automated upload check, as is {{employer}}\u2019s practice for remote hires: a gap in the process rather than something about this person.',
    },
    requires: ['employment.workArrangement', 'documents'],
    mitigates: ['identity-verification'],
    indicators: ['idn-work-eligibility-gap'],
    falsePositives: [
      'A live check that took place but was not recorded on the profile (record its method).',
      'Early-stage candidates, before the organisation\u2019s identity step.',
    ],
    mitigation:
      'Verify the document with its holder on a live video call with the camera on, or in person or through a notary where lawful, before access or equipment is granted.',
    references: cite('S3', 'S20', 'S5'),
  },
  check(profile, context) {
    if (profile.employment?.workArrangement !== 'remote') return undefined;
    const documents = profile.documents ?? [];
    // Counted in one pass; the passed documents are listed only for a finding that names their methods.
    let passed = 0;
    let methodUnknown = false;
    for (const document of documents) {
      if (document.verification?.status !== 'passed') continue;
      if (LIVE_METHODS.has(document.verification.method ?? '')) return undefined;
      passed++;
      methodUnknown ||= document.verification.method === undefined;
    }
    if (passed === 0) {
      return context.finding('notRun', {
        data: { count: documents.length },
        path: 'documents',
        evidence: { workArrangement: 'remote', documents: documents.length, passed: 0 },
        level: 'not-verified',
      });
    }
    if (methodUnknown) return context.skip('documents[].verification.method (how a passed check was done)');
    const checked = documents.filter((document) => document.verification?.status === 'passed');
    const evidence = {
      workArrangement: 'remote',
      methods: checked.map((document) => document.verification?.method),
    };
    if (context.organization.identityCheckPractice() === 'automated') {
      return context.finding('automatedPractice', {
        data: { employer: employerWords(context.organization) },
        path: 'documents',
        level: 'employer-checks-automated',
        evidence: { ...evidence, employerPractice: 'automated' },
      });
    }
    return context.finding('automatedOnly', { path: 'documents', level: 'automated-only', evidence });
  },
});
