import { ssnVerificationFailed } from '../../../src/rules/identity/ssn-verification-failed.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const ssn = (verification: string, value: string | undefined = '524-71-9384', type = 'us-ssn') => ({
  id: 'p1',
  nationalIds: [{ type, value, verification }],
});

new RuleTester().run('ssn-verification-failed', ssnVerificationFailed, {
  valid: [
    { name: 'clear for a match', profile: ssn('match') },
    { name: 'clear when not yet verified', profile: ssn('unverified') },
    { name: 'clear for a non-US number', profile: ssn('mismatch', 'X123456', 'other') },
  ],
  invalid: [
    {
      name: 'flags a mismatch at high severity with the last four digits only',
      profile: ssn('mismatch'),
      findings: [
        {
          messageId: 'mismatch',
          level: 'no-match',
          data: { last4: '9384' },
          path: 'nationalIds[0].verification',
          severity: 'high',
          evidence: { result: 'mismatch', masked: '***-**-9384' },
        },
      ],
    },
    {
      name: 'flags a deceased holder as critical',
      profile: ssn('deceased'),
      findings: [
        {
          messageId: 'deceased',
          level: 'deceased-holder',
          data: { last4: '9384' },
          path: 'nationalIds[0].verification',
          severity: 'critical',
          evidence: { result: 'deceased', masked: '***-**-9384' },
        },
      ],
    },
    {
      name: 'flags a result even when the number itself is not on file',
      profile: { id: 'p1', nationalIds: [{ type: 'us-ssn', verification: 'mismatch' }] },
      findings: [{ messageId: 'mismatch', level: 'no-match', data: { last4: '(number not on file)' } }],
    },
  ],
  skipped: [
    {
      name: 'skipped when no verification result is recorded',
      profile: { id: 'p1', nationalIds: [{ type: 'us-ssn', value: '524-71-9384' }] },
      missing: ['nationalIds[].verification'],
    },
  ],
});
