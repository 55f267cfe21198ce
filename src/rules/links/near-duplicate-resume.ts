import { cite } from '../_lib/references.js';
import { sharedKeyRule } from './_lib/shared-key-rule.js';

/**
 * Near-identical résumé text across identities: estimated Jaccard similarity of word 3-shingles
 * ≥ 0.9 (docs/indicators.md xp-shared-template, a default threshold), by MinHash with LSH banding.
 */
export const nearDuplicateResume = sharedKeyRule({
  id: 'near-duplicate-resume',
  attribute: 'resume',
  description: 'The résumé text is nearly identical to other identities\u2019 résumés.',
  message:
    'The résumé text is nearly identical to the résumés of {{others}} ({{count}} identities in total, {{organizations}} organisation(s)). The same author writing for several personas reuses one template.',
  severity: 'medium',
  weight: 25,
  presets: ['recommended'],
  status: 'stable',
  present: (profile) => (profile.resumeText ?? '').trim().length > 0,
  missing: 'résumé text (resumeText)',
  mitigates: ['identity-verification'],
  indicators: ['xp-shared-template'],
  falsePositives: [
    'Public résumé templates filled in with little change.',
    'Bootcamp cohorts sharing one model résumé.',
  ],
  mitigation: 'Ask each candidate about specific projects and employers on their résumé in a live interview.',
  references: cite('S1', 'S20'),
});
