import { voipPhoneNumber } from '../../../src/rules/contact/voip-phone-number.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const phone = (entry: Record<string, unknown>, country = 'US') => ({
  id: 'p1',
  claimed: { country },
  phones: [entry],
});

new RuleTester().run('voip-phone-number', voipPhoneNumber, {
  valid: [
    {
      name: 'clear for a carrier mobile',
      profile: phone({ number: '(512) 555-0142', lineType: 'mobile', carrier: 'Verizon Wireless' }),
    },
    { name: 'clear for a landline', profile: phone({ number: '(512) 555-0143', lineType: 'landline' }) },
    {
      name: 'clear for fixed VoIP (a home line from a cable provider)',
      profile: phone({ number: '(512) 555-0144', lineType: 'fixed-voip', carrier: 'Comcast' }),
    },
    {
      name: 'trusts a carrier lookup over the numbering plan',
      profile: phone({ number: '+44 56 1234 5678', lineType: 'mobile' }, 'GB'),
    },
    {
      name: 'clear for a UK mobile judged by the numbering plan',
      profile: phone({ number: '+44 7911 123456' }, 'GB'),
    },
  ],
  invalid: [
    {
      name: 'flags a non-fixed VoIP line from the carrier lookup',
      profile: phone({ number: '(512) 555-0145', lineType: 'non-fixed-voip', carrier: 'Google Voice' }),
      findings: [
        {
          messageId: 'carrier',
          level: 'carrier-voip',
          data: { number: '(512) 555-0145', carrier: 'Google Voice' },
          path: 'phones[0].lineType',
          severity: 'low',
          evidence: { lineType: 'non-fixed-voip', source: 'carrier lookup' },
        },
      ],
    },
    {
      name: 'flags a VoIP line whose carrier is not named',
      profile: phone({ number: '(512) 555-0146', lineType: 'voip' }),
      findings: [
        {
          messageId: 'carrier',
          level: 'carrier-voip',
          data: { number: '(512) 555-0146', carrier: 'carrier not named' },
        },
      ],
    },
    {
      name: 'flags a UK 056 number from the numbering plan without a carrier lookup',
      profile: phone({ number: '+44 56 1234 5678' }, 'GB'),
      findings: [
        {
          messageId: 'numberingPlan',
          level: 'voip-range',
          data: { number: '+44 56 1234 5678', country: 'GB' },
          path: 'phones[0].number',
          evidence: { e164: '+445612345678', source: 'numbering-plan metadata' },
        },
      ],
    },
    {
      name: 'flags a French 09 number from the numbering plan',
      profile: phone({ number: '09 72 12 34 56' }, 'FR'),
      findings: [
        {
          messageId: 'numberingPlan',
          level: 'voip-range',
          data: { number: '09 72 12 34 56', country: 'FR' },
        },
      ],
    },
  ],
  skipped: [
    { name: 'skipped without phones', profile: { id: 'p1' }, missing: ['phones'] },
    {
      name: 'skipped for a US number without a carrier lookup (the numbering plan cannot tell)',
      profile: phone({ number: '(512) 555-0147' }),
      missing: ['phones[].lineType (a carrier lookup; numbering plans cannot tell VoIP for these numbers)'],
    },
  ],
});
