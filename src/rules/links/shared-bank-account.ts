import { cite } from '../_lib/references.js';
import { valueAt } from './_lib/at-path.js';
import { judgement, linkLevel, sharedKeyRule } from './_lib/shared-key-rule.js';

/** One account paid for several identities: Chapman collected many identities' wages [S7]. */
export const sharedBankAccount = sharedKeyRule({
  id: 'shared-bank-account',
  attribute: 'bank-account',
  meta: {
    description: 'The payroll account on this profile also receives pay for other identities.',
    messages: {
      shared:
        'The payroll account {{key}} also receives pay for other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). Facilitators collect several workers\u2019 wages in one account.',
    },
    severity: 'high',
    weight: 45,
    presets: ['recommended'],
    status: 'stable',
    mitigates: ['logistics-and-money'],
    indicators: ['xp-shared-payout'],
    falsePositives: ['Spouses paid into a joint account (verify with the account holder name).'],
    mitigation:
      'Hold payroll changes to the account, confirm the holder name with the bank\u2019s account verification, and verify each identity in person.',
    references: cite('S1', 'S7', 'S5'),
  },
  levels: [
    linkLevel(
      'joint-account',
      'low',
      2,
      judgement(
        'Two or three people at one home paid into one account: spouses’ joint accounts are the listed false positive (xp-shared-payout).',
      ),
      'People who all live at one home are paid into the account.',
      (match) => match.severity === 'low',
    ),
    linkLevel(
      'many-payees',
      'critical',
      1_000,
      judgement(
        'Five or more identities’ wages into one account is how facilitators collected pay (Chapman [S7]); no household case reaches it.',
      ),
      'Five or more different identities are paid into the account.',
      (match) => match.severity === 'critical',
    ),
    linkLevel(
      'different-homes',
      'high',
      60,
      judgement(
        'Wages of two to four identities who live apart paid into one account: rarely innocent outside a pay-card pool, which the employer can declare as its payroll provider.',
      ),
      'Two to four different identities who live at different homes are paid into the account.',
      () => true,
    ),
  ],
  present: (profile) =>
    (profile.payroll?.accounts ?? []).some((account) => account.accountNumber !== undefined),
  // A pay-card programme the employer pays through can pool staff under one account reference.
  ownedByOrganization: (profile, match, organization) => {
    const institution = (valueAt(profile, match.path) as { institution?: string } | undefined)?.institution;
    return institution !== undefined && organization.isPayrollProvider(institution);
  },
  missing: 'payroll account number (payroll.accounts[].accountNumber)',
});
