import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { accountEvidence, accountLabel, residenceAndRole } from './_lib/accounts.js';

const RAIL_WORDS = {
  'money-service': 'a money-service business',
  crypto: 'a cryptocurrency wallet or exchange',
  prepaid: 'a prepaid card',
} as const;

type Rail = keyof typeof RAIL_WORDS;

function isRail(type: string | undefined): type is Rail {
  return type === 'money-service' || type === 'crypto' || type === 'prepaid';
}

/**
 * Salary for a domestic role paid out through a money transmitter, a prepaid card or crypto instead of
 * a bank account. GTIG names Wise and Payoneer, DOJ traced wages paid in USDC and USDT, and the Didenko
 * case ran proxy accounts at U.S. money transmitters. A foreign contractor paid this way is ordinary.
 */
export const payrollNonbankPayout = defineRule({
  id: 'payroll-nonbank-payout',
  meta: {
    description:
      'Pay for a domestic role goes to a money-service business, a prepaid card or a cryptocurrency account instead of a bank.',
    category: 'payroll',
    severity: 'medium',
    weight: 25,
    group: 'payroll-channel',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      cryptoNativeEmployer: z
        .boolean()
        .default(false)
        .describe(
          'The employer pays in cryptocurrency by policy, so a crypto payout says nothing about the person.',
        ),
    }),
    messages: {
      nonbank:
        'Pay for a role in {{country}} goes to the {{account}}, {{rail}}, instead of a bank account. Money transmitters and prepaid cards are how wages were moved on for DPRK IT workers.',
      crypto:
        'Pay for a role in {{country}} goes to the {{account}}, {{rail}}. Wages paid in stablecoins were laundered to North Korea through chain-hopping.',
    },
    requires: ['payroll.accounts'],
    mitigates: ['logistics-and-money'],
    indicators: ['pay-crypto', 'pay-fintech-intermediary'],
    falsePositives: [
      'A legitimate foreign contractor paid through Wise or Payoneer (the person lives outside the role\u2019s country: clear by design).',
      'A crypto-native employer that pays in USDC by policy (option cryptoNativeEmployer).',
      'A neobank account, which is a bank account (not flagged).',
    ],
    mitigation:
      'Pay domestic employees only into a bank account in their legal name in the role\u2019s country; ask finance to review any request for a wallet, transmitter or card payout.',
    references: cite('S1', 'S14', 'S21', 'S35'),
  },
  check(profile, context) {
    const { residence, role, international } = residenceAndRole(profile);
    const country = role ?? residence;
    if (!country) return context.skip('employment.roleCountry or claimed.country');
    if (international) return undefined;
    return (profile.payroll?.accounts ?? []).flatMap((account, index) => {
      const type = account.institutionType;
      if (!isRail(type)) return [];
      const path = `payroll.accounts[${index}].institutionType`;
      const data = { country, account: accountLabel(account), rail: RAIL_WORDS[type] };
      const evidence = accountEvidence(account);
      if (type === 'crypto') {
        if (context.options.cryptoNativeEmployer) return [];
        return [context.finding('crypto', { data, path, evidence, severity: 'high', weight: 40 })];
      }
      return [context.finding('nonbank', { data, path, evidence })];
    });
  },
});
