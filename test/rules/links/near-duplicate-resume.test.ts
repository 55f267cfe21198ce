import { nearDuplicateResume } from '../../../src/rules/links/near-duplicate-resume.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const text =
  'Senior full stack engineer with eight years of experience building scalable web applications in React Node and Go for fintech and logistics clients across North America and Europe with a focus on payments and data pipelines';
const links = indexOf([{ id: 'r1', name: { full: 'Ana Lima' }, resumeText: text }]);

new RuleTester({ defaults: { links } }).run('near-duplicate-resume', nearDuplicateResume, {
  valid: [
    {
      name: 'an unrelated résumé',
      profile: {
        id: 'x',
        resumeText:
          'Registered nurse and clinical educator who coordinated patient care teams in three regional hospitals and trained new graduates in emergency triage',
      },
    },
    { name: 'too short to compare', profile: { id: 'y', resumeText: 'React developer' } },
  ],
  invalid: [
    {
      profile: { id: 'r2', name: { full: 'Joe Day' }, resumeText: text.toUpperCase() },
      findings: [
        {
          messageId: 'shared',
          severity: 'medium',
          level: 'two-identities',
          path: 'resumeText',
          related: ['r1'],
          data: { key: 'near-identical résumé text', count: 2, others: 'r1', organizations: 0 },
          evidence: { similarity: 1 },
        },
      ],
    },
  ],
  skipped: [{ profile: { id: 's' }, missing: ['résumé text (resumeText)'] }],
});
