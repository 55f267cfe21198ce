import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import type { PayrollAccount } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { accountEvidence, accountLabel, residenceAndRole } from './_lib/accounts.js';

/**
 * Pay lands in a bank outside the country the person says they live in (and, for a domestic role,
 * outside the role's country). The 2022 advisory names frequent transfers to PRC bank accounts; the
 * St. Louis and January-2025 cases remitted wages to Chinese accounts.
 */
export const payrollAccountCountryMismatch = defineRule({
  id: 'payroll-account-country-mismatch',
  meta: {
    description:
      'The payroll account is in a country other than the claimed country of residence or the role.',
    category: 'payroll',
    severity: 'high',
    weight: 40,
    group: 'payroll-destination',
    levels: {
      'abroad-from-stated-residence': {
        description:
          'The account is in a country other than the one the person says they live in (and other than the role\u2019s).',
        likelihoodRatio: 60,
        basis: {
          kind: 'judgement',
          note: 'Both are the person\u2019s own statements: someone who really lives abroad claims that country and is paid there, so pay to a third country contradicts what they told us. The 2022 advisory and the St. Louis and January-2025 cases route wages to PRC accounts; an expatriate\u2019s home account is the rare innocent case. Strong.',
        },
      },
      'abroad-from-role': {
        description: 'No residence is stated, and the account is in a country other than the role\u2019s.',
        likelihoodRatio: 8,
        severity: 'medium',
        basis: {
          kind: 'judgement',
          note: 'Without a stated residence the account may simply be where the person lives (a foreign hire whose residence was not recorded); moderate.',
        },
      },
    },
    defaultLevel: 'abroad-from-stated-residence',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      differs:
        'Pay goes to the {{account}} in {{accountCountry}}, but the person says they live in {{claimedCountry}} and the role is in {{roleCountry}}. Wages for DPRK IT workers were routed to foreign accounts.',
    },
    requires: ['payroll.accounts'],
    mitigates: ['logistics-and-money'],
    indicators: ['pay-foreign-destination'],
    falsePositives: [
      'A foreign contractor paid in their own country of residence (role and residence differ: clear by design).',
      'An expatriate\u2019s home-country account, for a role that is not a domestic payroll position.',
    ],
    mitigation:
      'Confirm where the person lives on a live call and pay a domestic employee only into a domestic account in their legal name; escalate foreign destinations to finance and compliance.',
    references: cite('S1', 'S11', 'S28'),
  },
  check(profile, context) {
    const { residence, role } = residenceAndRole(profile);
    if (!residence && !role) return context.skip('claimed.country or employment.roleCountry');
    // A foreign contractor may be paid where they live or where the role is; a domestic hire only at home.
    const accounts = profile.payroll?.accounts ?? [];
    let findings: FindingDraft[] | undefined;
    for (let index = 0; index < accounts.length; index++) {
      const account = accounts[index] as PayrollAccount;
      if (!account.country || account.country === residence || account.country === role) continue;
      (findings ??= []).push(
        context.finding('differs', {
          data: {
            account: accountLabel(account),
            accountCountry: account.country,
            claimedCountry: residence ?? 'an unstated country',
            roleCountry: role ?? 'an unstated country',
          },
          path: `payroll.accounts[${index}].country`,
          level: residence ? 'abroad-from-stated-residence' : 'abroad-from-role',
          evidence: {
            ...accountEvidence(account),
            ...(residence ? { claimedCountry: residence } : {}),
            ...(role ? { roleCountry: role } : {}),
          },
        }),
      );
    }
    return findings;
  },
});
