import { remoteHireNoLiveIdentityCheck } from '../../../src/rules/hiring/remote-hire-no-live-identity-check.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const remote = { workArrangement: 'remote' };
const automatedId = { type: 'drivers-license', verification: { status: 'passed', method: 'automated' } };

new RuleTester().run('remote-hire-no-live-identity-check', remoteHireNoLiveIdentityCheck, {
  valid: [
    {
      name: 'clear when an interviewer verified identity live',
      profile: { id: 'p1', employment: remote, interviews: [{ mode: 'video', identityVerifiedLive: true }] },
    },
    {
      name: 'clear when a document was checked in person (an I-9 review by an authorised representative)',
      profile: {
        id: 'p1',
        employment: remote,
        documents: [{ type: 'passport', verification: { status: 'passed', method: 'in-person' } }],
      },
    },
    {
      name: 'clear when a document was checked on live video',
      profile: {
        id: 'p1',
        employment: remote,
        documents: [
          automatedId,
          { type: 'passport', verification: { status: 'passed', method: 'live-video' } },
        ],
      },
    },
    {
      name: 'clear when verified live at an employer that checks everyone live',
      profile: {
        id: 'p1',
        organizationId: 'org-acme',
        employment: remote,
        interviews: [{ mode: 'video', identityVerifiedLive: true }],
      },
      organizations: { 'org-acme': { identityCheck: 'live' } },
    },
    {
      name: 'clear for a hybrid role',
      profile: { id: 'p1', employment: { workArrangement: 'hybrid' }, documents: [automatedId] },
    },
    {
      name: 'clear for an on-site role',
      profile: {
        id: 'p1',
        employment: { workArrangement: 'onsite' },
        interviews: [{ mode: 'phone', identityVerifiedLive: false }],
      },
    },
  ],
  invalid: [
    {
      name: 'flags a remote hire checked only by automated document verification',
      profile: { id: 'p2', employment: remote, documents: [automatedId] },
      findings: [
        {
          messageId: 'none',
          data: { checks: '1 document checked only automatically' },
          path: 'employment.workArrangement',
          severity: 'low',
          level: 'no-live-check',
          evidence: { workArrangement: 'remote', interviews: 0, automatedDocumentChecks: 1 },
        },
      ],
    },
    {
      name: 'flags a remote hire whose interviews did not verify identity',
      profile: {
        id: 'p2',
        employment: remote,
        interviews: [{ mode: 'video', identityVerifiedLive: false }, { mode: 'phone' }],
        documents: [automatedId],
      },
      findings: [
        {
          messageId: 'none',
          data: { checks: '2 interviews on record and 1 document checked only automatically' },
          level: 'no-live-check',
        },
      ],
    },
    {
      name: 'flags a live-video document check that failed',
      profile: {
        id: 'p2',
        employment: remote,
        documents: [{ type: 'passport', verification: { status: 'failed', method: 'live-video' } }],
      },
      findings: [
        { messageId: 'none', data: { checks: 'identity checks on record' }, level: 'no-live-check' },
      ],
    },
    {
      name: 'at an employer that checks every remote hire live, a hire without a live check is a deviation (medium)',
      profile: {
        id: 'p4',
        organizationId: 'org-acme',
        employment: remote,
        interviews: [{ mode: 'video', identityVerifiedLive: false }],
      },
      organizations: { 'org-acme': { identityCheck: 'live' } },
      findings: [
        {
          messageId: 'skipped',
          data: { checks: '1 interview on record', employer: 'org-acme' },
          path: 'employment.workArrangement',
          severity: 'medium',
          level: 'skipped-employer-live-check',
          evidence: {
            workArrangement: 'remote',
            interviews: 1,
            automatedDocumentChecks: 0,
            employerPractice: 'live',
          },
        },
      ],
    },
    {
      name: 'at an employer that checks every remote hire live, a candidate without one may not have reached the step (low)',
      profile: {
        id: 'p7',
        kind: 'candidate',
        organizationId: 'org-acme',
        employment: remote,
        interviews: [{ mode: 'video', identityVerifiedLive: false }],
      },
      organizations: { 'org-acme': { identityCheck: 'live' } },
      findings: [
        {
          messageId: 'notYet',
          data: { checks: '1 interview on record', employer: 'org-acme' },
          path: 'employment.workArrangement',
          severity: 'low',
          level: 'candidate-before-live-check',
          evidence: {
            workArrangement: 'remote',
            interviews: 1,
            automatedDocumentChecks: 0,
            employerPractice: 'live',
          },
        },
      ],
    },
    {
      name: "a candidate at an employer that checks by documents alone: the employer's process, as for a hire",
      profile: { id: 'p8', kind: 'candidate', employment: remote, documents: [automatedId] },
      organizations: { '*': { identityCheck: 'automated' } },
      findings: [{ messageId: 'practice', level: 'employer-checks-automated' }],
    },
    {
      name: 'at an employer that checks identity by documents alone, the gap is its process and weighs nothing',
      profile: { id: 'p5', employment: remote, documents: [automatedId] },
      organizations: { '*': { identityCheck: 'automated' } },
      findings: [
        {
          messageId: 'practice',
          data: { checks: '1 document checked only automatically', employer: 'the employer' },
          severity: 'low',
          level: 'employer-checks-automated',
          evidence: {
            workArrangement: 'remote',
            interviews: 0,
            automatedDocumentChecks: 1,
            employerPractice: 'automated',
          },
        },
      ],
    },
    {
      name: "an employer's own practice wins over the one every employer shares",
      profile: { id: 'p6', organizationId: 'org-docs', employment: remote, documents: [automatedId] },
      organizations: { '*': { identityCheck: 'live' }, 'org-docs': { identityCheck: 'automated' } },
      findings: [{ messageId: 'practice', level: 'employer-checks-automated' }],
    },
  ],
  skipped: [
    {
      name: 'skips when the work arrangement is unknown',
      profile: { id: 'p3', documents: [automatedId] },
      missing: ['employment.workArrangement'],
    },
    {
      name: 'skips a remote hire with no identity check recorded at all',
      profile: { id: 'p3', employment: remote, interviews: [{ mode: 'video' }] },
      missing: ['interviews[].identityVerifiedLive or documents[].verification'],
    },
  ],
});
