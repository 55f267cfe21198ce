import { payrollNonbankPayout } from '../../../src/rules/payroll/payroll-nonbank-payout.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

function profile(institutionType: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    claimed: { country: 'US' },
    employment: { roleCountry: 'US' },
    payroll: { accounts: [{ accountNumber: 'PAYO-55501234', institution: 'Payoneer', institutionType }] },
    ...extra,
  };
}

new RuleTester().run('payroll-nonbank-payout', payrollNonbankPayout, {
  valid: [
    { name: 'clear for a bank account', profile: profile('bank') },
    { name: 'clear for a neobank account, which is a bank account', profile: profile('neobank') },
    {
      name: 'clear for a foreign contractor paid through a money transmitter where they live',
      profile: profile('money-service', { kind: 'contractor', claimed: { country: 'PH' } }),
    },
    {
      name: 'clear for a crypto payout at a crypto-native employer',
      profile: profile('crypto'),
      options: { cryptoNativeEmployer: true },
    },
    { name: 'clear when the account type is unknown', profile: profile('other') },
    {
      name: 'clear for a pay card from the payroll provider the employer declares',
      profile: profile('prepaid', { organizationId: 'org-acme' }),
      organizations: { 'org-acme': { payrollProviders: ['payoneer'] } },
    },
  ],
  invalid: [
    {
      name: 'flags a money-service payout for a domestic role',
      profile: profile('money-service'),
      findings: [
        {
          messageId: 'nonbank',
          level: 'money-service',
          data: {
            country: 'US',
            account: 'account ending 1234 at Payoneer',
            rail: 'a money-service business',
          },
          path: 'payroll.accounts[0].institutionType',
          severity: 'medium',
          evidence: { accountLast4: '1234', institution: 'Payoneer', institutionType: 'money-service' },
        },
      ],
    },
    {
      name: 'flags a prepaid card payout for a domestic role',
      profile: profile('prepaid'),
      findings: [
        {
          messageId: 'nonbank',
          level: 'prepaid-card',
          data: { country: 'US', account: 'account ending 1234 at Payoneer', rail: 'a prepaid card' },
        },
      ],
    },
    {
      name: 'flags a crypto payout outside crypto-native employers at the crypto-wallet level',
      profile: profile('crypto'),
      findings: [
        {
          messageId: 'crypto',
          level: 'crypto-wallet',
          data: {
            country: 'US',
            account: 'account ending 1234 at Payoneer',
            rail: 'a cryptocurrency wallet or exchange',
          },
          severity: 'medium',
        },
      ],
    },
    {
      name: 'uses the claimed country when the role country is unknown',
      profile: profile('money-service', { employment: {} }),
      findings: [
        {
          messageId: 'nonbank',
          level: 'money-service',
          data: {
            country: 'US',
            account: 'account ending 1234 at Payoneer',
            rail: 'a money-service business',
          },
        },
      ],
    },
    {
      name: 'uses the role country when the claimed country is unknown',
      profile: profile('money-service', { claimed: {}, employment: { roleCountry: 'GB' } }),
      findings: [
        {
          messageId: 'nonbank',
          level: 'money-service',
          data: {
            country: 'GB',
            account: 'account ending 1234 at Payoneer',
            rail: 'a money-service business',
          },
        },
      ],
    },
    {
      name: 'flags a transmitter payout when the employer declares another payroll provider',
      profile: profile('money-service'),
      organizations: { '*': { payrollProviders: ['ADP'] } },
      findings: [{ messageId: 'nonbank', level: 'money-service', severity: 'medium' }],
    },
  ],
  skipped: [
    {
      name: 'skips without payroll accounts',
      profile: { id: 'p2', claimed: { country: 'US' } },
      missing: ['payroll.accounts'],
    },
    {
      name: 'skips when neither the role nor the residence country is known',
      profile: { id: 'p3', payroll: { accounts: [{ institutionType: 'crypto' }] } },
      missing: ['employment.roleCountry or claimed.country'],
    },
  ],
});
