import { documentVerificationFailed } from '../../../src/rules/identity/document-verification-failed.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const doc = (verification: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: 'p1',
  documents: [{ type: 'drivers-license', issuingCountry: 'US', issuingRegion: 'TX', verification, ...extra }],
});

new RuleTester().run('document-verification-failed', documentVerificationFailed, {
  valid: [
    { name: 'clear when verification passed', profile: doc({ status: 'passed', method: 'live-video' }) },
    { name: 'clear when verification was not run', profile: doc({ status: 'not-run' }) },
  ],
  invalid: [
    {
      name: 'flags a check failed on live video as the stronger level',
      profile: doc({ status: 'failed', method: 'live-video' }),
      findings: [
        {
          messageId: 'failed',
          level: 'failed-in-person',
          severity: 'high',
          data: { document: 'driver\u2019s license (TX)', method: 'live-video' },
        },
      ],
    },
    {
      name: 'flags a failed automated check',
      profile: doc({ status: 'failed', method: 'automated', at: '2025-11-02T10:00:00Z' }),
      findings: [
        {
          messageId: 'failed',
          level: 'failed-automated',
          data: { document: 'driver\u2019s license (TX)', method: 'automated' },
          path: 'documents[0].verification',
          severity: 'high',
          evidence: { status: 'failed', method: 'automated', at: '2025-11-02T10:00:00Z' },
        },
      ],
    },
    {
      name: 'flags a failed check whose method is not recorded',
      profile: { id: 'p1', documents: [{ type: 'passport', verification: { status: 'failed' } }] },
      findings: [
        {
          messageId: 'failed',
          level: 'failed-automated',
          data: { document: 'passport', method: 'unspecified' },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped when no document has a verification result',
      profile: { id: 'p1', documents: [{ type: 'passport' }] },
      missing: ['documents[].verification'],
    },
  ],
});
