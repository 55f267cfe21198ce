// What you see when a case is wrong. A real test file just calls `new RuleTester().run(...)`; this one
// hands RuleTester a tiny runner that records the failure instead, so we can show and check it.
import { profile, RuleTester, type ItFunction } from '../../src/testing/index.js';
import { contractorBankCountry } from './contractor-bank-country.js';

function failureMessage(run: (tester: RuleTester) => void): string {
  const failures: string[] = [];
  const it: ItFunction = (_name, body) => {
    try {
      body();
    } catch (error) {
      failures.push((error as Error).message);
    }
  };
  run(new RuleTester({ describe: (_name, body) => body(), it }));
  return failures.join('\n\n');
}

it('shows expected and actual findings side by side when a case is wrong', () => {
  const message = failureMessage((tester) =>
    tester.run('acme/contractor-bank-country', contractorBankCountry, {
      invalid: [
        {
          name: 'a deliberately wrong case',
          profile: profile({
            kind: 'contractor',
            payroll: { accounts: [{ country: 'SG', institution: 'Harbour Bank' }] },
          }),
          // Wrong on purpose: the account is in SG, and it is the first account, not the second.
          findings: [
            {
              messageId: 'differs',
              data: { accountCountry: 'DE', institution: 'Harbour Bank', claimedCountry: 'US' },
              path: 'payroll.accounts[1]',
            },
          ],
        },
      ],
    }),
  );
  expect(message).toContain(
    'acme/contractor-bank-country, invalid case "a deliberately wrong case": finding 1 differs',
  );
  const table = message.split('\n').slice(2, 9);
  expect(table).toEqual([
    '  finding 1: differs',
    '      field                expected               actual',
    '      messageId            "differs"              "differs"',
    '    ✗ data.accountCountry  "DE"                   "SG"',
    '      data.institution     "Harbour Bank"         "Harbour Bank"',
    '      data.claimedCountry  "US"                   "US"',
    '    ✗ path                 "payroll.accounts[1]"  "payroll.accounts[0]"',
  ]);
});

it('names a mistyped message id and a bad option before running the rule', () => {
  const message = failureMessage((tester) =>
    tester.run('acme/contractor-bank-country', contractorBankCountry, {
      invalid: [
        {
          profile: profile({ kind: 'contractor', payroll: { accounts: [{ country: 'SG' }] } }),
          options: { allowedCountries: ['Germany'] },
          findings: [{ messageId: 'differ' }],
        },
      ],
    }),
  );
  expect(message).toContain('options.allowedCountries[0]: Too big');
  expect(message).toContain('findings[0].messageId: unknown message id "differ"; did you mean "differs"?');
});
