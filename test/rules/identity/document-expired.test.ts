import { documentExpired } from '../../../src/rules/identity/document-expired.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const doc = (expiresOn: string) => ({
  id: 'p1',
  documents: [{ type: 'passport', issuingCountry: 'US', expiresOn }],
});
const now = '2026-01-15T12:00:00Z';

new RuleTester({ defaults: { now } }).run('document-expired', documentExpired, {
  valid: [
    { name: 'clear for a current document', profile: doc('2030-05-01') },
    { name: 'clear on the expiry day itself', profile: doc('2026-01-15') },
    { name: 'clear within the grace period', profile: doc('2026-01-01'), options: { graceDays: 30 } },
  ],
  invalid: [
    {
      name: 'flags a document that expired before the screening date',
      profile: doc('2026-01-14'),
      findings: [
        {
          messageId: 'expired',
          level: 'expired',
          data: { document: 'passport (US)', expiresOn: '2026-01-14', asOf: '2026-01-15' },
          path: 'documents[0].expiresOn',
          severity: 'low',
          evidence: { daysExpired: 1 },
        },
      ],
    },
    {
      name: 'uses the screening date, not the clock',
      profile: doc('2025-06-30'),
      now: '2025-07-01T00:00:00Z',
      findings: [
        {
          messageId: 'expired',
          level: 'expired',
          data: { document: 'passport (US)', expiresOn: '2025-06-30', asOf: '2025-07-01' },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without expiry dates',
      profile: { id: 'p1', documents: [{ type: 'passport' }] },
      missing: ['documents[].expiresOn'],
    },
  ],
});
