// In your project:
//   import { RuleTester, profile } from 'hirescreen/testing';
import { profile, RuleTester } from '../../src/testing/index.js';
import { contractorBankCountry } from './contractor-bank-country.js';

// A contractor who says they live in the US; each case changes only what it is about.
const contractor = (accounts: { country?: string; institution?: string }[]) =>
  profile({ kind: 'contractor', claimed: { country: 'US' }, payroll: { accounts } });

new RuleTester().run('acme/contractor-bank-country', contractorBankCountry, {
  valid: [
    { name: 'paid at home', profile: contractor([{ country: 'US', institution: 'First Bank' }]) },
    {
      name: 'an account country the company allows',
      profile: contractor([{ country: 'GB', institution: 'Payroll Partner Ltd' }]),
      options: { allowedCountries: ['GB'] },
    },
    {
      name: 'an employee, who is paid through domestic payroll',
      profile: profile({ kind: 'employee', payroll: { accounts: [{ country: 'SG' }] } }),
    },
    { name: 'an account without a country', profile: contractor([{ institution: 'First Bank' }]) },
  ],
  invalid: [
    {
      name: 'paid into an account abroad',
      profile: contractor([
        { country: 'US', institution: 'First Bank' },
        { country: 'SG', institution: 'Harbour Bank' },
      ]),
      findings: [
        {
          messageId: 'differs',
          data: { accountCountry: 'SG', institution: 'Harbour Bank', claimedCountry: 'US' },
          path: 'payroll.accounts[1]',
          evidence: { accountCountry: 'SG' },
        },
      ],
    },
    {
      name: 'checks employees too when asked',
      profile: profile({ kind: 'employee', payroll: { accounts: [{ country: 'SG' }] } }),
      options: { onlyContractors: false },
      findings: [
        {
          messageId: 'differs',
          data: { accountCountry: 'SG', institution: 'an unnamed institution', claimedCountry: 'US' },
          path: 'payroll.accounts[0]',
        },
      ],
    },
  ],
  skipped: [
    { name: 'no payroll yet', profile: profile({ kind: 'contractor' }), missing: ['payroll.accounts'] },
    {
      name: 'no claimed country',
      profile: profile({
        kind: 'contractor',
        claimed: undefined,
        payroll: { accounts: [{ country: 'SG' }] },
      }),
      missing: ['claimed.country'],
    },
  ],
  todo: ['treats a crypto wallet as an account abroad'],
});
