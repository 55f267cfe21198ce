import { cite } from '../_lib/references.js';
import { identityCountLevels } from './_lib/identity-count-levels.js';
import { sharedKeyRule } from './_lib/shared-key-rule.js';

/**
 * Near-identical résumé text across identities: estimated Jaccard similarity of word 3-shingles
 * ≥ 0.9 (docs/indicators.md xp-shared-template, a default threshold), by MinHash with LSH banding.
 */
export const nearDuplicateResume = sharedKeyRule({
  id: 'near-duplicate-resume',
  attribute: 'resume',
  meta: {
    description: 'The résumé text is nearly identical to other identities\u2019 résumés.',
    messages: {
      shared:
        'The résumé text is nearly identical to the résumés of {{others}} ({{count}} identities in total, {{organizations}} organisation(s)). The same author writing for several personas reuses one template.',
    },
    severity: 'medium',
    weight: 25,
    presets: ['recommended'],
    status: 'stable',
    mitigates: ['identity-verification'],
    indicators: ['xp-shared-template'],
    falsePositives: [
      'Public résumé templates filled in with little change.',
      'Bootcamp cohorts sharing one model résumé.',
    ],
    mitigation:
      'Ask each candidate about specific projects and employers on their résumé in a live interview.',
    references: cite('S1', 'S20'),
  },
  levels: identityCountLevels(
    {
      severity: 'medium',
      likelihoodRatio: 15,
      basis: {
        kind: 'benchmark',
        note: 'Labelled benchmark: 10 % of fraudulent and no legitimate profiles, as public reporting describes one résumé tailored for many identities; kept moderate because a bootcamp cohort\u2019s model résumé or a public template does this too (xp-shared-template).',
      },
      description: 'Three or more different identities have near-identical résumé text.',
    },
    {
      severity: 'medium',
      likelihoodRatio: 8,
      basis: {
        kind: 'benchmark',
        note: 'Labelled benchmark: 8.5 % of fraudulent and no legitimate profiles; kept moderate because a public template filled in with little change is common.',
      },
      description: 'Two different identities have near-identical résumé text.',
    },
  ),
  present: (profile) => (profile.resumeText ?? '').trim().length > 0,
  missing: 'résumé text (resumeText)',
});
