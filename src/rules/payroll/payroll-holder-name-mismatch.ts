import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { compareNames, nameTokens } from '../../normalize/name.js';
import type { NameLike } from '../../normalize/name.js';
import type { PayrollAccount } from '../../schema/profile.js';
import { sameNameSpelledDifferently } from '../_lib/name-form.js';
import { cite } from '../_lib/references.js';
import { accountEvidence, accountLabel } from './_lib/accounts.js';

// "Jane Doe and John Doe", "Jane Doe & John Doe", "Jane Doe / John Doe", "Jane or John Doe".
const JOINT_SEPARATOR = /\s+(?:and|or|und|et|y)\s+|\s*[&+/;]\s*/i;
const BUSINESS_SUFFIX =
  /\b(?:llc|l\.l\.c|inc|incorporated|ltd|limited|corp|corporation|company|gmbh|plc|llp|pllc|lp|pty|sarl|bv)\.?$/i;

/** The individual names on a holder line; "Jane & John Doe" gives both "Jane Doe" and "John Doe". */
export function holderNames(holder: string): string[] {
  // Most lines hold one name: no split, no trimmed copies of parts.
  if (!JOINT_SEPARATOR.test(holder)) {
    const name = holder.trim();
    return name ? [name] : [];
  }
  const parts = holder
    .split(JOINT_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  // Most lines hold one name; only joint lines need the shared surname.
  if (parts.length < 2) return parts;
  const surname = parts.at(-1)?.split(/\s+/).at(-1);
  return parts.map((part) => (!/\s/.test(part) && surname ? `${part} ${surname}` : part));
}

/**
 * The highest similarity of `name` to a name on the holder line, or undefined when one of them
 * matches (the holder includes the person).
 */
function bestHolderSimilarity(name: NameLike, holder: string): number | undefined {
  let best = 0;
  for (const part of holderNames(holder)) {
    const comparison = compareNames(name, part);
    if (comparison.match) return undefined;
    // One name romanised two ways ("Mohammed Al-Hassan" / "Muhammad Al Hassan") is the same person;
    // the comparison is of written forms only, as the document-name rule's.
    if (name.full !== undefined && sameNameSpelledDifferently(name.full, part)) return undefined;
    best = Math.max(best, comparison.score);
  }
  return best;
}

type HolderLevel = 'other-person' | 'business-holder' | 'same-given-name';

/** The person's given name, folded: the `given` field, else the first token of the full name. */
function givenToken(name: NameLike): string | undefined {
  return nameTokens(name.given ?? name.full)[0];
}

/**
 * What the holder line is, for a mismatch: a business, the person's given name with another family name
 * (a marriage or a joint account the bank lists under one surname), or someone else altogether.
 */
function holderLevel(name: NameLike, holder: string): HolderLevel {
  if (BUSINESS_SUFFIX.test(holder)) return 'business-holder';
  const given = givenToken(name);
  if (given === undefined) return 'other-person';
  const sameGiven = holderNames(holder).some((part) => {
    const tokens = nameTokens(part);
    return tokens.length > 1 && tokens[0] === given;
  });
  return sameGiven ? 'same-given-name' : 'other-person';
}

/**
 * Pay goes into an account held by someone else. Chapman took direct deposits for many identities into
 * her own accounts (DOJ); exchange accounts were opened in alias names (N.D. Ga.). The holder name comes
 * from account verification; joint accounts that include the person are clear.
 */
export const payrollHolderNameMismatch = defineRule({
  id: 'payroll-holder-name-mismatch',
  meta: {
    description: 'The payroll account is held in a name other than the person\u2019s legal name.',
    category: 'payroll',
    severity: 'high',
    weight: 40,
    // The legal name against a name written on another record: a name-format difference trips both rules.
    group: 'name-consistency',
    levels: {
      'other-person': {
        description:
          'The holder is another person: neither the given nor the family name is the person\u2019s.',
        likelihoodRatio: 30,
        basis: {
          kind: 'benchmark',
          note: 'Labelled benchmark: 16 % of fraudulent vs 0.3 % of legitimate profiles (joint accounts listed under a partner\u2019s name, names written differently at the bank); 30 needs one further finding to reach review. Payroll pays into an account the person verifies in their own name; wages landing in a stranger\u2019s account is how Chapman and the N.D. Ga. scheme collected pay, and the innocent look-alike (a partner\u2019s sole account) is rare. Strong: reaches review alone.',
        },
      },
      'business-holder': {
        description:
          'The holder is a business (LLC, Inc, Ltd ...) and the person is an employee, or contractor business accounts are not allowed.',
        likelihoodRatio: 60,
        basis: {
          kind: 'judgement',
          note: 'An employee\u2019s wages paid to a company account means someone else controls the pay; front companies received wages in the DOJ cases. Rarely innocent for a W-2 employee.',
        },
      },
      'same-given-name': {
        description:
          'The holder has the person\u2019s given name with another family name: a marriage or name change not yet on file, or a joint account listed under the partner\u2019s surname.',
        likelihoodRatio: 2,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Surname changes at marriage are common and bank records lag HR records; weak on its own.',
        },
      },
    },
    defaultLevel: 'other-person',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      allowContractorBusinessAccounts: z
        .boolean()
        .default(true)
        .describe(
          'Treat a business-held account (LLC, Inc, Ltd ...) as expected for a contractor, who may invoice through their own company.',
        ),
    }),
    messages: {
      differs:
        'Pay goes to the {{account}}, held by "{{holder}}", which does not match the legal name "{{legalName}}". Pay routed to someone else\u2019s account is how facilitators collect wages for stolen identities.',
    },
    requires: ['payroll.accounts'],
    mitigates: ['logistics-and-money'],
    indicators: ['pay-holder-mismatch'],
    falsePositives: [
      'A joint account whose holders include the person (listed as "Jane Doe and John Doe"): clear by design.',
      'A genuine sole contractor paid into the account of their own business (option allowContractorBusinessAccounts).',
      'A recent marriage or name change not yet on the bank record (add the former name as an alias).',
    ],
    mitigation:
      'Ask for a bank letter or a voided cheque in the person\u2019s legal name, confirm it on a live call, and do not release pay to a third party\u2019s account.',
    references: cite('S7', 'S13', 'S5', 'S28'),
  },
  check(profile, context) {
    const name = profile.name;
    if (!name) return context.skip('name.full');
    const isContractor = profile.kind === 'contractor';
    const accounts = profile.payroll?.accounts ?? [];
    let findings: FindingDraft[] | undefined;
    for (let index = 0; index < accounts.length; index++) {
      const account = accounts[index] as PayrollAccount;
      const holder = account.holderName?.trim();
      if (!holder) continue;
      if (context.options.allowContractorBusinessAccounts && isContractor && BUSINESS_SUFFIX.test(holder))
        continue;
      const best = bestHolderSimilarity(name, holder);
      if (best === undefined) continue;
      (findings ??= []).push(
        context.finding('differs', {
          data: { account: accountLabel(account), holder, legalName: name.full },
          path: `payroll.accounts[${index}].holderName`,
          evidence: { ...accountEvidence(account), similarity: Math.round(best * 100) / 100 },
          level: holderLevel(name, holder),
        }),
      );
    }
    return findings;
  },
});
