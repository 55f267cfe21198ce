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
    levels: {
      'money-service': {
        description: 'A money-service business (Wise, Payoneer, PayPal ...) instead of a bank.',
        likelihoodRatio: 6,
        basis: {
          kind: 'benchmark',
          note: 'Labelled benchmark: 13 % vs 0.7 % (ratio 18); set between that and the earlier judgement of 6. GTIG names Wise and Payoneer and the Didenko case ran proxy accounts at U.S. transmitters; some domestic staff still prefer a transmitter\u2019s account, so moderate.',
        },
      },
      'prepaid-card': {
        description: 'A prepaid card not issued by the employer\u2019s payroll provider.',
        likelihoodRatio: 5,
        basis: {
          kind: 'judgement',
          note: 'Unbanked staff are paid on cards, mostly through the employer\u2019s own pay-card programme (declared as a payroll provider, no finding); a card from elsewhere is moderate.',
        },
      },
      'crypto-wallet': {
        description:
          'A cryptocurrency wallet or exchange account, at an employer that does not pay in crypto.',
        likelihoodRatio: 20,
        basis: {
          kind: 'judgement',
          note: 'DOJ traced wages paid in USDC and USDT and laundered to the DPRK; few domestic employees ask a non-crypto employer for crypto pay, but payroll services that convert to crypto exist, so it stays below review alone.',
        },
      },
    },
    defaultLevel: 'money-service',
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
      'The employer\u2019s own payroll provider or pay-card programme: declare it in the organisation context (payrollProviders).',
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
      // The employer's own pay-card programme or payroll provider is how it pays, not how a worker hides pay.
      if (account.institution && context.organization.isPayrollProvider(account.institution)) return [];
      const path = `payroll.accounts[${index}].institutionType`;
      const data = { country, account: accountLabel(account), rail: RAIL_WORDS[type] };
      const evidence = accountEvidence(account);
      if (type === 'crypto') {
        if (context.options.cryptoNativeEmployer) return [];
        return [context.finding('crypto', { data, path, evidence, weight: 40, level: 'crypto-wallet' })];
      }
      const level = type === 'prepaid' ? 'prepaid-card' : 'money-service';
      return [context.finding('nonbank', { data, path, evidence, level })];
    });
  },
});
