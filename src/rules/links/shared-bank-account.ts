import { cite } from '../_lib/references.js';
import { sharedKeyRule } from './_lib/shared-key-rule.js';

/** One account paid for several identities: Chapman collected many identities' wages [S7]. */
export const sharedBankAccount = sharedKeyRule({
  id: 'shared-bank-account',
  attribute: 'bank-account',
  description: 'The payroll account on this profile also receives pay for other identities.',
  message:
    'The payroll account {{key}} also receives pay for other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). Facilitators collect several workers\u2019 wages in one account.',
  severity: 'high',
  weight: 45,
  presets: ['recommended'],
  status: 'stable',
  present: (profile) =>
    (profile.payroll?.accounts ?? []).some((account) => account.accountNumber !== undefined),
  missing: 'payroll account number (payroll.accounts[].accountNumber)',
  mitigates: ['logistics-and-money'],
  indicators: ['xp-shared-payout'],
  falsePositives: ['Spouses paid into a joint account (verify with the account holder name).'],
  mitigation:
    'Hold payroll changes to the account, confirm the holder name with the bank\u2019s account verification, and verify each identity in person.',
  references: cite('S1', 'S7', 'S5'),
});
