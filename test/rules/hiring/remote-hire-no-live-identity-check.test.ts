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
