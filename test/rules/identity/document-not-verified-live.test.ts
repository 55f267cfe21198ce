import { documentNotVerifiedLive } from '../../../src/rules/identity/document-not-verified-live.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const hire = (workArrangement: string, documents: unknown[]) => ({
  id: 'p1',
  employment: { workArrangement },
  documents,
});
const passport = (verification?: Record<string, unknown>) => ({ type: 'passport', verification });

new RuleTester().run('document-not-verified-live', documentNotVerifiedLive, {
  valid: [
    {
      name: 'clear for a remote hire verified on live video',
      profile: hire('remote', [passport({ status: 'passed', method: 'live-video' })]),
    },
    {
      name: 'clear for a remote hire verified in person after an automated check',
      profile: hire('remote', [
        passport({ status: 'passed', method: 'automated' }),
        { type: 'drivers-license', verification: { status: 'passed', method: 'in-person' } },
      ]),
    },
    {
      name: 'clear for an onsite hire with an automated check only',
      profile: hire('onsite', [passport({ status: 'passed', method: 'automated' })]),
    },
    { name: 'clear for a hybrid hire never checked', profile: hire('hybrid', [passport()]) },
  ],
  invalid: [
    {
      name: 'flags a remote hire whose documents were never checked',
      profile: hire('remote', [passport({ status: 'not-run' }), { type: 'drivers-license' }]),
      findings: [
        {
          messageId: 'notRun',
          level: 'not-verified',
          data: { count: 2 },
          path: 'documents',
          severity: 'low',
          evidence: { workArrangement: 'remote', documents: 2, passed: 0 },
        },
      ],
    },
    {
      name: 'flags a remote hire whose only check failed',
      profile: hire('remote', [passport({ status: 'failed', method: 'automated' })]),
      findings: [{ messageId: 'notRun', level: 'not-verified', data: { count: 1 } }],
    },
    {
      name: 'flags a remote hire checked only by an automated upload',
      profile: hire('remote', [passport({ status: 'passed', method: 'automated' })]),
      findings: [
        {
          messageId: 'automatedOnly',
          level: 'automated-only',
          path: 'documents',
          evidence: { methods: ['automated'] },
        },
      ],
    },
    {
      name: 'at an employer whose practice is automated checks, says so and weighs nothing',
      profile: {
        ...hire('remote', [passport({ status: 'passed', method: 'automated' })]),
        organizationId: 'org-docs',
      },
      organizations: { 'org-docs': { identityCheck: 'automated' } },
      findings: [
        {
          messageId: 'automatedPractice',
          level: 'employer-checks-automated',
          data: { employer: 'org-docs' },
          path: 'documents',
          evidence: { workArrangement: 'remote', methods: ['automated'], employerPractice: 'automated' },
        },
      ],
    },
    {
      name: 'at an employer that checks everyone live, an automated-only check stays a gap of its own',
      profile: hire('remote', [passport({ status: 'passed', method: 'automated' })]),
      organizations: { '*': { identityCheck: 'live' } },
      findings: [{ messageId: 'automatedOnly', level: 'automated-only' }],
    },
  ],
  skipped: [
    {
      name: 'skipped without the work arrangement',
      profile: { id: 'p1', documents: [passport()] },
      missing: ['employment.workArrangement'],
    },
    {
      name: 'skipped without documents',
      profile: { id: 'p1', employment: { workArrangement: 'remote' } },
      missing: ['documents'],
    },
    {
      name: 'skipped when a passed check does not say how it was done',
      profile: hire('remote', [passport({ status: 'passed' })]),
      missing: ['documents[].verification.method (how a passed check was done)'],
    },
  ],
});
