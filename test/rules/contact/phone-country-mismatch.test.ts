import { phoneCountryMismatch } from '../../../src/rules/contact/phone-country-mismatch.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const person = (country: string, region: string, ...numbers: string[]) => ({
  id: 'p1',
  claimed: { country, region },
  phones: numbers.map((number) => ({ number })),
});

new RuleTester().run('phone-country-mismatch', phoneCountryMismatch, {
  valid: [
    { name: 'clear for a local number', profile: person('US', 'TX', '(512) 555-0142') },
    {
      name: 'clear for a kept out-of-state US number (New York number, lives in Texas)',
      profile: person('US', 'TX', '+1 212 736 5000'),
    },
    {
      name: 'clear for a kept out-of-state number in national format',
      profile: person('US', 'OR', '(303) 555-0100'),
    },
    {
      name: 'clear for a number without a country code (read in the claimed country)',
      profile: person('GB', 'ENG', '020 7946 0958'),
    },
    {
      name: 'clear for an invalid number (another rule reports it)',
      profile: person('US', 'TX', '+1 123 456 7890'),
    },
  ],
  invalid: [
    {
      name: 'flags a foreign number for a claimed US resident',
      profile: person('US', 'TX', '(512) 555-0142', '+886 2 2311 1234'),
      findings: [
        {
          messageId: 'differs',
          level: 'foreign-number',
          data: { number: '+886 2 2311 1234', phoneCountry: 'TW', claimedCountry: 'US' },
          path: 'phones[1].number',
          severity: 'low',
          evidence: { e164: '+886223111234' },
        },
      ],
    },
    {
      name: 'flags a Canadian number for a claimed US resident (+1 is shared, the country is not)',
      profile: person('US', 'WA', '+1 416 979 1234'),
      findings: [
        {
          messageId: 'differs',
          level: 'foreign-number',
          data: { number: '+1 416 979 1234', phoneCountry: 'CA', claimedCountry: 'US' },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a claimed country',
      profile: { id: 'p1', phones: [{ number: '+886 2 2311 1234' }] },
      missing: ['claimed.country'],
    },
    {
      name: 'skipped without phones',
      profile: { id: 'p1', claimed: { country: 'US' } },
      missing: ['phones'],
    },
  ],
});
