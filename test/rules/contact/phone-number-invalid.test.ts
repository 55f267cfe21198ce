import { phoneNumberInvalid } from '../../../src/rules/contact/phone-number-invalid.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const phones = (country: string | undefined, ...numbers: string[]) => ({
  id: 'p1',
  ...(country ? { claimed: { country } } : {}),
  phones: numbers.map((number) => ({ number })),
});
const US = ' (read as a US number unless it has a country code)';

new RuleTester().run('phone-number-invalid', phoneNumberInvalid, {
  valid: [
    { name: 'clear for a US number in national format', profile: phones('US', '(512) 555-0142') },
    { name: 'clear for a US number in E.164', profile: phones('US', '+14155552671') },
    { name: 'clear for a kept out-of-state US number', profile: phones('US', '+1 212 736 5000') },
    { name: 'clear for a foreign number with its country code', profile: phones('US', '+44 20 7946 0958') },
    {
      name: 'reads a number without a country code in the home address\u2019s country',
      profile: {
        id: 'p1',
        addresses: [{ purpose: 'home', country: 'GB' }],
        phones: [{ number: '020 7946 0958' }],
      },
    },
  ],
  invalid: [
    {
      name: 'flags a US number in an unassigned range (area code starting with 1)',
      profile: phones('US', '+1 123 456 7890'),
      findings: [
        {
          messageId: 'invalid',
          level: 'unassigned-range',
          data: { number: '+1 123 456 7890', where: US },
          path: 'phones[0].number',
          severity: 'low',
          evidence: { parsed: '+11234567890', possible: true },
        },
      ],
    },
    {
      name: 'flags a number with a digit missing',
      profile: phones('US', '+1 415 555 267'),
      findings: [
        {
          messageId: 'impossible',
          level: 'malformed-number',
          data: { number: '+1 415 555 267', where: US },
          evidence: { possible: false },
        },
      ],
    },
    {
      name: 'flags text that is not a phone number',
      profile: phones(undefined, 'call me on Telegram'),
      findings: [
        {
          messageId: 'impossible',
          level: 'malformed-number',
          data: { number: 'call me on Telegram', where: '' },
          evidence: { parsed: 'not a phone number', possible: false },
        },
      ],
    },
    {
      name: 'masks an SSN typed into the phone field, whatever its separators',
      profile: { ...phones('US', '524/71/9384'), nationalIds: [{ type: 'us-ssn', value: '524-71-9384' }] },
      findings: [
        {
          messageId: 'impossible',
          level: 'malformed-number',
          data: { number: '****9384', where: US },
          evidence: { parsed: '****9384', possible: false },
        },
      ],
    },
    {
      name: 'flags only the bad number of two',
      profile: phones('US', '(512) 555-0142', '12345'),
      findings: [{ messageId: 'impossible', level: 'malformed-number', path: 'phones[1].number' }],
    },
  ],
  skipped: [{ name: 'skipped without phones', profile: { id: 'p1' }, missing: ['phones'] }],
});
