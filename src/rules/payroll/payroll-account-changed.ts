import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { countOption, dayAllowanceOption } from '../_lib/option-schemas.js';
import type { PayrollAccount } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { sortInPlace } from '../../_lib/sort-in-place.js';
import { accountEvidence, accountLabel, DAY_MS, instant } from './_lib/accounts.js';

interface Dated {
  account: PayrollAccount;
  index: number;
  at: number;
}

function byTimeThenPosition(a: Dated, b: Dated): number {
  return a.at - b.at || a.index - b.index;
}

/**
 * The direct-deposit destination changed soon after the start date, or several times in a short
 * window. Secureworks saw fake contractors change bank details for pay repeatedly; FBI guidance (read
 * via a summary) says to flag employees who change banks often. Both windows are our defaults.
 */
export const payrollAccountChanged = defineRule({
  id: 'payroll-account-changed',
  meta: {
    description:
      'The payroll account was changed soon after the start date, or changed repeatedly within a short window.',
    category: 'payroll',
    severity: 'medium',
    weight: 25,
    group: 'payroll-changes',
    levels: {
      'early-change': {
        description: 'One change of account within daysAfterStart days of the start date.',
        likelihoodRatio: 4,
        basis: {
          kind: 'judgement',
          note: 'Facilitators redirect pay once the first run clears (Secureworks); new hires also switch to a bank near a new home or fix a first entry, so only a little likelier for fraud.',
        },
      },
      'repeated-changes': {
        description: 'More than maxChangesInWindow changes of account within windowDays days.',
        likelihoodRatio: 8,
        basis: {
          kind: 'judgement',
          note: 'FBI guidance (via a summary) says to flag frequent bank changes; two genuine switches in a quarter are uncommon but happen, so moderate.',
        },
      },
    },
    defaultLevel: 'repeated-changes',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      daysAfterStart: dayAllowanceOption(
        30,
        'A change of account within this many days after the start date is flagged (our default).',
      ),
      windowDays: countOption(
        90,
        'The window in which repeated changes are counted (docs/indicators.md pay-frequent-changes: 90 days).',
      ),
      maxChangesInWindow: countOption(
        1,
        'More changes than this within the window are flagged (2 or more in 90 days by default).',
      ),
    }),
    messages: {
      soonAfterStart:
        'The pay account was changed to the {{account}} on {{date}}, {{days}} days after the start date ({{startDate}}). Facilitators redirect pay once the first payroll run has cleared.',
      frequent:
        'The pay account was changed {{count}} times between {{from}} and {{to}} (within {{windowDays}} days). Frequent changes of bank details are a red flag for diverted wages.',
    },
    requires: ['payroll.accounts[].addedAt'],
    mitigates: ['logistics-and-money'],
    indicators: ['pay-frequent-changes'],
    falsePositives: [
      'A genuine switch of bank, for example to a bank near a new home after relocating for the job.',
      'An account-takeover victim whose details were changed by a fraudster (a different fraud, still worth a call).',
      'The first account entered after the start date (setting up pay is not a change).',
    ],
    mitigation:
      'Call the person on a number already on file (not one given in the change request) to confirm the change, and require re-verification of account ownership in their legal name.',
    references: cite('S27', 'S5', 'S28'),
  },
  check(profile, context) {
    const { daysAfterStart, windowDays, maxChangesInWindow } = context.options;
    const accounts = profile.payroll?.accounts ?? [];
    const dated = accounts.flatMap((account, index): Dated[] => {
      const at = instant(account.addedAt);
      return at === undefined ? [] : [{ account, index, at }];
    });
    // The earliest account is the initial setup; every later one is a change. Most profiles have one.
    if (dated.length < 2) return undefined;
    sortInPlace(dated, byTimeThenPosition);
    const changes = dated.slice(1);
    const findings = [];

    const start = instant(profile.employment?.startDate);
    if (start !== undefined) {
      const early = changes.find((c) => c.at >= start && c.at - start <= daysAfterStart * DAY_MS);
      if (early) {
        findings.push(
          context.finding('soonAfterStart', {
            data: {
              account: accountLabel(early.account),
              date: new Date(early.at).toISOString().slice(0, 10),
              days: Math.floor((early.at - start) / DAY_MS),
              startDate: profile.employment?.startDate ?? '',
            },
            path: `payroll.accounts[${early.index}].addedAt`,
            evidence: accountEvidence(early.account),
            level: 'early-change',
          }),
        );
      }
    }

    let best: Dated[] = [];
    for (const [i, first] of changes.entries()) {
      const inWindow = changes.slice(i).filter((c) => c.at - first.at <= windowDays * DAY_MS);
      if (inWindow.length > best.length) best = inWindow;
    }
    if (best.length > maxChangesInWindow) {
      const last = best.at(-1) as Dated;
      findings.push(
        context.finding('frequent', {
          data: {
            count: best.length,
            from: new Date((best[0] as Dated).at).toISOString().slice(0, 10),
            to: new Date(last.at).toISOString().slice(0, 10),
            windowDays,
          },
          path: `payroll.accounts[${last.index}].addedAt`,
          evidence: { changes: best.map((c) => accountEvidence(c.account)) },
          level: 'repeated-changes',
        }),
      );
    }
    return findings;
  },
});
