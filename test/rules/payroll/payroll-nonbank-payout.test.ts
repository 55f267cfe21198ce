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
  ],
  invalid: [
    {
      name: 'flags a money-service payout for a domestic role',
      profile: profile('money-service'),
      findings: [
        {
          messageId: 'nonbank',
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
          data: { country: 'US', account: 'account ending 1234 at Payoneer', rail: 'a prepaid card' },
        },
      ],
    },
    {
      name: 'flags a crypto payout as high outside crypto-native employers',
      profile: profile('crypto'),
      findings: [
        {
          messageId: 'crypto',
          data: {
            country: 'US',
            account: 'account ending 1234 at Payoneer',
            rail: 'a cryptocurrency wallet or exchange',
          },
          severity: 'high',
        },
      ],
    },
    {
      name: 'uses the claimed country when the role country is unknown',
      profile: profile('money-service', { employment: {} }),
      findings: [
        {
          messageId: 'nonbank',
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
          data: {
            country: 'GB',
            account: 'account ending 1234 at Payoneer',
            rail: 'a money-service business',
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
      name: 'skips when neither the role nor the residence country is known',
      profile: { id: 'p3', payroll: { accounts: [{ institutionType: 'crypto' }] } },
      missing: ['employment.roleCountry or claimed.country'],
    },
  ],
});
