import { payrollAccountCountryMismatch } from '../../../src/rules/payroll/payroll-account-country-mismatch.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

function profile(accountCountry: string | undefined, claimed?: string, role?: string) {
  return {
    id: 'p1',
    ...(claimed ? { claimed: { country: claimed } } : {}),
    ...(role ? { employment: { roleCountry: role } } : {}),
    payroll: {
      accounts: [
        {
          accountNumber: '62220210001111',
          institution: 'Example Bank',
          ...(accountCountry ? { country: accountCountry } : {}),
        },
      ],
    },
  };
}

new RuleTester().run('payroll-account-country-mismatch', payrollAccountCountryMismatch, {
  valid: [
    { name: 'clear when the account is in the claimed and role country', profile: profile('US', 'US', 'US') },
    { name: 'clear for a foreign contractor paid where they live', profile: profile('DE', 'DE', 'US') },
    { name: 'clear for a foreign contractor paid in the role country', profile: profile('US', 'DE', 'US') },
    { name: 'clear when the account country is unknown', profile: profile(undefined, 'US', 'US') },
    { name: 'accepts lower-case country codes', profile: profile('us', 'US') },
  ],
  invalid: [
    {
      name: 'flags an account abroad for a domestic hire',
      profile: profile('CN', 'US', 'US'),
      findings: [
        {
          messageId: 'differs',
          level: 'abroad-from-stated-residence',
          data: {
            account: 'account ending 1111 at Example Bank',
            accountCountry: 'CN',
            claimedCountry: 'US',
            roleCountry: 'US',
          },
          path: 'payroll.accounts[0].country',
          severity: 'high',
          evidence: {
            accountLast4: '1111',
            institution: 'Example Bank',
            accountCountry: 'CN',
            claimedCountry: 'US',
            roleCountry: 'US',
          },
        },
      ],
    },
    {
      name: 'flags an account in a third country for a foreign contractor',
      profile: profile('CN', 'DE', 'US'),
      findings: [
        { messageId: 'differs', level: 'abroad-from-stated-residence', path: 'payroll.accounts[0].country' },
      ],
    },
    {
      name: 'flags against the claimed country alone',
      profile: profile('GB', 'US'),
      findings: [
        {
          messageId: 'differs',
          level: 'abroad-from-stated-residence',
          data: {
            account: 'account ending 1111 at Example Bank',
            accountCountry: 'GB',
            claimedCountry: 'US',
            roleCountry: 'an unstated country',
          },
        },
      ],
    },
    {
      name: 'flags an account abroad against the role alone at the moderate level',
      profile: profile('CN', undefined, 'US'),
      findings: [
        {
          messageId: 'differs',
          level: 'abroad-from-role',
          severity: 'medium',
          data: {
            account: 'account ending 1111 at Example Bank',
            accountCountry: 'CN',
            claimedCountry: 'an unstated country',
            roleCountry: 'US',
          },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skips without payroll accounts',
      profile: { id: 'p2', claimed: { country: 'US' } },
      missing: ['payroll.accounts'],
    },
    {
      name: 'skips when neither the residence nor the role country is known',
      profile: profile('CN'),
      missing: ['claimed.country or employment.roleCountry'],
    },
  ],
});
