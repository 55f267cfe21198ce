import type { PayrollAccount, Profile } from '../../../schema/profile.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The last four characters of an account number, the most a finding may show of it. */
export function lastFour(accountNumber: string | undefined): string | undefined {
  const compact = accountNumber?.replace(/[^0-9A-Za-z]/g, '');
  return compact && compact.length > 4 ? compact.slice(-4) : undefined;
}

/**
 * How an analyst recognises an account in a finding without seeing its number: "account ending 6789
 * at First Bank". A number of four characters or fewer is not shown at all.
 */
export function accountLabel(account: PayrollAccount): string {
  const tail = lastFour(account.accountNumber);
  const what = tail ? `account ending ${tail}` : 'payout account';
  return account.institution ? `${what} at ${account.institution}` : what;
}

/** Masked facts about an account for a finding's evidence. */
export function accountEvidence(account: PayrollAccount): Record<string, unknown> {
  const tail = lastFour(account.accountNumber);
  return {
    ...(tail ? { accountLast4: tail } : {}),
    ...(account.institution ? { institution: account.institution } : {}),
    ...(account.institutionType ? { institutionType: account.institutionType } : {}),
    ...(account.country ? { accountCountry: account.country } : {}),
  };
}

/** Milliseconds since the epoch, or undefined for an absent or unreadable timestamp. */
export function instant(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Where the person says they live and where the role is based. A role is international when both are
 * known and differ (a foreign contractor): paying such a person abroad is ordinary.
 */
export function residenceAndRole(profile: Profile): {
  residence: string | undefined;
  role: string | undefined;
  international: boolean;
} {
  const residence = profile.claimed?.country;
  const role = profile.employment?.roleCountry;
  return { residence, role, international: !!residence && !!role && residence !== role };
}
