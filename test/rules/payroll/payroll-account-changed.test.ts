import { payrollAccountChanged } from '../../../src/rules/payroll/payroll-account-changed.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

function account(addedAt: string, last4: string) {
  return { accountNumber: `0000${last4}${last4}`, institution: 'First Bank', addedAt };
}

function profile(accounts: unknown[], startDate = '2025-06-02') {
  return { id: 'p1', employment: { startDate }, payroll: { accounts } };
}

new RuleTester().run('payroll-account-changed', payrollAccountChanged, {
  valid: [
    {
      name: 'clear for the first account set up after the start date',
      profile: profile([account('2025-06-05T10:00:00Z', '1111')]),
    },
    {
      name: 'clear for one change long after the start date',
      profile: profile([account('2025-05-20T10:00:00Z', '1111'), account('2025-11-01T10:00:00Z', '2222')]),
    },
    {
      name: 'clear for two changes more than 90 days apart (a genuine bank switch, then a move)',
      profile: profile([
        account('2025-05-20T10:00:00Z', '1111'),
        account('2025-08-01T10:00:00Z', '2222'),
        account('2025-12-01T10:00:00Z', '3333'),
      ]),
    },
    {
      name: 'clear for a change before the start date',
      profile: profile([account('2025-05-01T10:00:00Z', '1111'), account('2025-05-25T10:00:00Z', '2222')]),
    },
  ],
  invalid: [
    {
      name: 'flags a change ten days after the start date',
      profile: profile([account('2025-05-20T10:00:00Z', '1111'), account('2025-06-12T09:00:00Z', '2222')]),
      findings: [
        {
          messageId: 'soonAfterStart',
          level: 'early-change',
          data: {
            account: 'account ending 2222 at First Bank',
            date: '2025-06-12',
            days: 10,
            startDate: '2025-06-02',
          },
          path: 'payroll.accounts[1].addedAt',
          severity: 'medium',
        },
      ],
    },
    {
      name: 'flags a change within a shorter configured window',
      profile: profile([account('2025-05-20T10:00:00Z', '1111'), account('2025-06-06T09:00:00Z', '2222')]),
      options: { daysAfterStart: 7 },
      findings: [
        {
          messageId: 'soonAfterStart',
          level: 'early-change',
          data: {
            account: 'account ending 2222 at First Bank',
            date: '2025-06-06',
            days: 4,
            startDate: '2025-06-02',
          },
        },
      ],
    },
    {
      name: 'flags two changes within 90 days, listed out of order',
      profile: profile([
        account('2025-10-20T10:00:00Z', '3333'),
        account('2025-05-20T10:00:00Z', '1111'),
        account('2025-09-01T10:00:00Z', '2222'),
      ]),
      findings: [
        {
          messageId: 'frequent',
          level: 'repeated-changes',
          data: { count: 2, from: '2025-09-01', to: '2025-10-20', windowDays: 90 },
          path: 'payroll.accounts[0].addedAt',
          evidence: {
            changes: [
              { accountLast4: '2222', institution: 'First Bank' },
              { accountLast4: '3333', institution: 'First Bank' },
            ],
          },
        },
      ],
    },
    {
      name: 'flags both a quick change after the start and repeated changes',
      profile: profile([
        account('2025-05-20T10:00:00Z', '1111'),
        account('2025-06-10T10:00:00Z', '2222'),
        account('2025-07-01T10:00:00Z', '3333'),
      ]),
      findings: [
        { messageId: 'soonAfterStart', level: 'early-change', path: 'payroll.accounts[1].addedAt' },
        {
          messageId: 'frequent',
          level: 'repeated-changes',
          data: { count: 2, from: '2025-06-10', to: '2025-07-01', windowDays: 90 },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skips when no account has a date',
      profile: { id: 'p2', payroll: { accounts: [{ accountNumber: '12345678' }] } },
      missing: ['payroll.accounts[].addedAt'],
    },
  ],
});
