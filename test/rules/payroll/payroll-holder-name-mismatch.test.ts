import { payrollHolderNameMismatch } from '../../../src/rules/payroll/payroll-holder-name-mismatch.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { runRule } from '../../../src/testing/run-rule.js';

const person = { full: 'Jane Q. Doe', given: 'Jane', family: 'Doe' };

function profile(holderName: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    name: person,
    payroll: {
      accounts: [
        { accountNumber: '000123456789', holderName, institution: 'First Bank', institutionType: 'bank' },
      ],
    },
    ...extra,
  };
}

new RuleTester().run('payroll-holder-name-mismatch', payrollHolderNameMismatch, {
  valid: [
    { name: 'clear when the holder is the person', profile: profile('Jane Doe') },
    {
      name: 'clear when the holder is the same name romanised another way',
      profile: { ...profile('Muhammad Al Hassan'), name: { full: 'Mohammed Al-Hassan' } },
    },
    { name: 'clear when the holder is in capitals with the middle initial', profile: profile('DOE, JANE Q') },
    {
      name: 'clear for a joint account that lists the person first',
      profile: profile('Jane Doe and John Doe'),
    },
    {
      name: 'clear for a joint account that lists the person second',
      profile: profile('John Smith & Jane Doe'),
    },
    { name: 'clear for a joint account with a shared surname', profile: profile('John & Jane Doe') },
    { name: 'clear when no holder name was verified', profile: profile('') },
    {
      name: 'clear when the holder is a former surname listed as an alias',
      profile: { ...profile('Jane Miller'), name: { ...person, aliases: ['Jane Miller'] } },
    },
    {
      name: 'clear for a contractor paid into their own business account',
      profile: profile('Northwind Software LLC', { kind: 'contractor' }),
    },
  ],
  invalid: [
    {
      name: 'flags an account held by someone else and shows only the last four digits',
      profile: profile('Christina Chapman'),
      findings: [
        {
          messageId: 'differs',
          level: 'other-person',
          data: {
            account: 'account ending 6789 at First Bank',
            holder: 'Christina Chapman',
            legalName: 'Jane Q. Doe',
          },
          path: 'payroll.accounts[0].holderName',
          severity: 'high',
        },
      ],
    },
    {
      name: 'flags a joint account that does not include the person',
      profile: profile('Robert Roe and Mary Roe'),
      findings: [{ messageId: 'differs', level: 'other-person', path: 'payroll.accounts[0].holderName' }],
    },
    {
      name: 'flags an employee paid into a company account',
      profile: profile('Taggcar Inc', { kind: 'employee' }),
      findings: [
        {
          messageId: 'differs',
          level: 'business-holder',
          data: {
            account: 'account ending 6789 at First Bank',
            holder: 'Taggcar Inc',
            legalName: 'Jane Q. Doe',
          },
        },
      ],
    },
    {
      name: 'flags a contractor business account when the option is off',
      profile: profile('Northwind Software LLC', { kind: 'contractor' }),
      options: { allowContractorBusinessAccounts: false },
      findings: [{ messageId: 'differs', level: 'business-holder', path: 'payroll.accounts[0].holderName' }],
    },
    {
      name: 'flags only the second of two accounts',
      profile: {
        id: 'p2',
        name: person,
        payroll: {
          accounts: [{ holderName: 'Jane Doe' }, { holderName: 'Pat Smith', accountNumber: '9876' }],
        },
      },
      findings: [
        {
          messageId: 'differs',
          level: 'other-person',
          data: { account: 'payout account', holder: 'Pat Smith', legalName: 'Jane Q. Doe' },
          path: 'payroll.accounts[1].holderName',
        },
      ],
    },
    {
      name: 'flags the given name with another family name at the weak same-given-name level',
      profile: profile('Jane Smith'),
      findings: [
        {
          messageId: 'differs',
          level: 'same-given-name',
          severity: 'low',
          data: {
            account: 'account ending 6789 at First Bank',
            holder: 'Jane Smith',
            legalName: 'Jane Q. Doe',
          },
        },
      ],
    },
    {
      name: 'flags a joint account of the given name and a partner under another surname at the weak level',
      profile: profile('Jane and Tom Smith'),
      findings: [{ messageId: 'differs', level: 'same-given-name', severity: 'low' }],
    },
    {
      name: 'flags a family member with the same surname as another person',
      profile: profile('John Doe'),
      findings: [{ messageId: 'differs', level: 'other-person', severity: 'high' }],
    },
  ],
  skipped: [
    {
      name: 'skips without payroll accounts',
      profile: { id: 'p3', name: person },
      missing: ['payroll.accounts'],
    },
    {
      name: 'skips without a legal name',
      profile: { id: 'p4', payroll: { accounts: [{ holderName: 'Jane Doe' }] } },
      missing: ['name.full'],
    },
  ],
});

describe('payroll-holder-name-mismatch evidence', () => {
  it('never puts the full account number in a finding', () => {
    const result = runRule(payrollHolderNameMismatch, profile('Christina Chapman'));
    expect(JSON.stringify(result.findings)).not.toContain('123456789');
    expect(result.findings[0]?.evidence).toMatchObject({ accountLast4: '6789', institution: 'First Bank' });
  });
});
