import { ssnStructurallyInvalid } from '../../../src/rules/identity/ssn-structurally-invalid.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const ssn = (value: string, type = 'us-ssn') => ({ id: 'p1', nationalIds: [{ type, value }] });

new RuleTester().run('ssn-structurally-invalid', ssnStructurallyInvalid, {
  valid: [
    { name: 'clear for a possible SSN with hyphens', profile: ssn('123-45-6789') },
    { name: 'clear for a possible SSN without separators', profile: ssn('524719384') },
    { name: 'clear for a possible SSN with spaces', profile: ssn('524 71 9384') },
    { name: 'clear for an ITIN (starts with 9) recorded as an ITIN', profile: ssn('912-70-1234', 'us-itin') },
    { name: 'clear for another country\u2019s number', profile: ssn('000-00-0000', 'other') },
  ],
  invalid: [
    {
      name: 'flags area 000 and shows only the last four digits',
      profile: ssn('000-12-3456'),
      findings: [
        {
          messageId: 'impossible',
          level: 'never-issued',
          data: { last4: '3456', problems: 'it starts with 000' },
          path: 'nationalIds[0].value',
          severity: 'high',
          evidence: { masked: '***-**-3456', problems: ['area-000'] },
        },
      ],
    },
    {
      name: 'flags area 666 with group 00',
      profile: ssn('666-00-1234'),
      findings: [
        {
          messageId: 'impossible',
          level: 'never-issued',
          data: { last4: '1234', problems: 'it starts with 666; its middle two digits are 00' },
          evidence: { problems: ['area-666', 'group-00'] },
        },
      ],
    },
    {
      name: 'flags area 900-999 on an SSN',
      profile: ssn('912701234'),
      findings: [
        {
          messageId: 'impossible',
          // Was high before evidence levels: a 9xx number alone is the shape of an ITIN in the SSN field.
          level: 'itin-range',
          severity: 'low',
          data: { last4: '1234', problems: 'it starts with 9 (900-999 are never issued as SSNs)' },
        },
      ],
    },
    {
      name: 'flags serial 0000',
      profile: ssn('123-45-0000'),
      findings: [
        {
          messageId: 'impossible',
          level: 'never-issued',
          data: { last4: '0000', problems: 'its last four digits are 0000' },
        },
      ],
    },
    {
      name: 'flags the publicly known Woolworth wallet number',
      profile: ssn('078-05-1120'),
      findings: [
        {
          messageId: 'impossible',
          level: 'never-issued',
          data: { last4: '1120', problems: 'it is a publicly known sample or voided number' },
          evidence: { masked: '***-**-1120' },
        },
      ],
    },
    {
      name: 'reports a malformed number at low weight, fully masked',
      profile: ssn('12-345-678'),
      findings: [
        {
          messageId: 'malformed',
          level: 'malformed',
          data: { masked: '***-**-****' },
          severity: 'low',
          evidence: { problems: ['malformed'] },
        },
      ],
    },
  ],
  skipped: [
    { name: 'skipped without national ids', profile: { id: 'p1' }, missing: ['nationalIds[].value'] },
    {
      name: 'skipped when no number is on file',
      profile: { id: 'p1', nationalIds: [{ type: 'us-ssn', verification: 'match' }] },
      missing: ['nationalIds[].value'],
    },
  ],
});
