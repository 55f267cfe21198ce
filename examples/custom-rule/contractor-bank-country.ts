import { z } from 'zod';
// In your project: import { defineRule } from 'hirescreen';
import { defineRule } from '../../src/index.js';

/**
 * acme/contractor-bank-country: a contractor is paid into an account in a different country from the
 * one they say they live in. Both countries are the person's own statements (their claimed residence and
 * their payroll form), so the rule compares two statements, never where someone is "from".
 */
export const contractorBankCountry = defineRule({
  // Namespace your own rules (`acme/...`) so they never clash with built-in ids.
  id: 'acme/contractor-bank-country',
  meta: {
    description: 'A contractor is paid into an account in a different country from their claimed residence.',
    category: 'payroll',
    severity: 'medium',
    weight: 25,
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      allowedCountries: z
        .array(z.string().length(2))
        .default([])
        .describe(
          'Account countries accepted for anyone, e.g. where your payroll provider banks (ISO codes).',
        ),
      onlyContractors: z
        .boolean()
        .default(true)
        .describe('Check contractors only (employees use domestic payroll).'),
    }),
    messages: {
      differs:
        'Pay goes to a {{accountCountry}} account at {{institution}}, but the person says they live in {{claimedCountry}}. Payment to accounts abroad is how wages leave the hiring country in IT-worker schemes.',
    },
    requires: ['payroll.accounts', 'claimed.country'],
    mitigates: ['logistics-and-money'],
    falsePositives: [
      'A contractor who moved recently and kept a home-country account (ask for a current local account).',
      'Payment through an international payroll provider that banks in its own country (list it in allowedCountries).',
    ],
    mitigation:
      'Ask the contractor for an account in their country of residence, held in their own name, and confirm it with the bank.',
    references: [
      {
        title: 'North Korean IT Worker Threats to U.S. Businesses, PSA250723-4 (23 Jul 2025)',
        url: 'https://www.ic3.gov/PSA/2025/PSA250723-4',
        publisher: 'FBI IC3',
      },
    ],
  },
  check(profile, context) {
    if (context.options.onlyContractors && profile.kind !== 'contractor') return undefined;
    const claimed = profile.claimed?.country as string;
    const allowed = new Set(context.options.allowedCountries.map((code) => code.toUpperCase()));
    return (profile.payroll?.accounts ?? []).flatMap((account, index) => {
      if (!account.country || account.country === claimed || allowed.has(account.country)) return [];
      return [
        context.finding('differs', {
          data: {
            accountCountry: account.country,
            institution: account.institution ?? 'an unnamed institution',
            claimedCountry: claimed,
          },
          path: `payroll.accounts[${index}]`,
          evidence: { accountCountry: account.country, claimedCountry: claimed },
        }),
      ];
    });
  },
});
