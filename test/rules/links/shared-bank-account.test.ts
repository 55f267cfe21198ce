import { sharedBankAccount } from '../../../src/rules/links/shared-bank-account.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const account = (accountNumber: string) => ({ accounts: [{ routingNumber: '021000021', accountNumber }] });
const links = indexOf([
  { id: 'b1', name: { full: 'Ana Lima' }, organizationId: 'o1', payroll: account('000123456789') },
  { id: 'b2', name: { full: 'Joe Day' }, organizationId: 'o2', payroll: account('0001-2345-6789') },
]);

new RuleTester({ defaults: { links } }).run('shared-bank-account', sharedBankAccount, {
  valid: [
    {
      name: 'an account held at the employer\u2019s pay-card provider',
      profile: {
        id: 'b4',
        name: { full: 'Ivy Gray' },
        organizationId: 'o3',
        payroll: { accounts: [{ ...account('000123456789').accounts[0], institution: 'PayCard Plus' }] },
      },
      organizations: { o3: { payrollProviders: ['Paycard plus'] } },
    },
    { name: 'an account nobody else uses', profile: { id: 'x', payroll: account('999888777') } },
    {
      name: 'the same account number at another bank',
      profile: {
        id: 'y',
        payroll: { accounts: [{ routingNumber: '111000025', accountNumber: '000123456789' }] },
      },
    },
  ],
  invalid: [
    {
      name: 'a third identity paid into the account at an employer paying through another provider',
      profile: {
        id: 'b5',
        name: { full: 'Ivy Gray' },
        organizationId: 'o3',
        payroll: { accounts: [{ ...account('000123456789').accounts[0], institution: 'First Bank' }] },
      },
      organizations: { o3: { payrollProviders: ['PayCard Plus'] } },
      findings: [{ messageId: 'shared', severity: 'high', level: 'different-homes', related: ['b1', 'b2'] }],
    },
    {
      profile: {
        id: 'b3',
        name: { full: 'Lee Fox' },
        organizationId: 'o3',
        payroll: account('000123456789'),
      },
      findings: [
        {
          messageId: 'shared',
          severity: 'high',
          level: 'different-homes',
          path: 'payroll.accounts[0]',
          related: ['b1', 'b2'],
          data: { key: '****6789', count: 3, others: 'b1, b2', organizations: 3 },
        },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's', payroll: { accounts: [{ institution: 'Bank' }] } },
      missing: ['payroll account number (payroll.accounts[].accountNumber)'],
    },
  ],
});

it('never shows the full account number in a message', () => {
  const text = JSON.stringify(
    links.matchesFor({ id: 'z', payroll: account('000123456789') }, 'bank-account'),
  );
  expect(text).not.toContain('123456789');
});
