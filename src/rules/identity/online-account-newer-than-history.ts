import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { calendarDay, dayNumber, dayNumberOf } from './_lib/dates.js';
import { quoteSafely } from './_lib/quote.js';

/** Public launch dates: an account cannot predate its platform, so history before launch is not held against it. */
const PLATFORMS: Record<string, { label: string; launched: string }> = {
  github: { label: 'GitHub', launched: '2008-04-10' },
  linkedin: { label: 'LinkedIn', launched: '2003-05-05' },
};

const DAYS_PER_YEAR = 365.25;

/** The first readable start date of the work history; date strings order as text. */
function earliestStart(history: readonly { start?: string }[]): string | undefined {
  let earliest: string | undefined;
  for (const { start } of history) {
    if (start === undefined || calendarDay(start) === undefined) continue;
    if (earliest === undefined || start < earliest) earliest = start;
  }
  return earliest;
}

/**
 * A professional account (GitHub, LinkedIn) was opened recently and years after the career it is meant
 * to show began. SEAL and Mandiant describe personas with freshly made GitHub and LinkedIn accounts,
 * faked commit histories and invented testimonials; an account with years of its own history is not
 * what they describe, so only recently opened accounts count.
 */
export const onlineAccountNewerThanHistory = defineRule({
  id: 'online-account-newer-than-history',
  meta: {
    description:
      'A GitHub or LinkedIn account was opened recently, years after the listed work history began.',
    category: 'identity',
    severity: 'low',
    weight: 10,
    levels: {
      'new-account': {
        description:
          'A GitHub or LinkedIn account opened within the last few years, long after the career it shows began.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'Developers whose work lived in private repositories and people who re-created an account are common; a new account is weak alone.',
        },
      },
    },
    defaultLevel: 'new-account',
    group: 'fabricated-footprint',
    presets: ['strict'],
    status: 'experimental',
    options: z.object({
      maxGapYears: z
        .number()
        .positive()
        .default(5)
        .describe(
          'Years the account may lag the earliest listed job start (or the platform launch, if later) before it counts (our default; no source gives one).',
        ),
      recentYears: z
        .number()
        .positive()
        .default(3)
        .describe('Only accounts opened within this many years before the screening count.'),
    }),
    messages: {
      newer:
        'The {{platform}} account "{{handle}}" was opened on {{createdAt}}, {{years}} years after the work history begins ({{historyStart}}). A new account for a long career can be a persona built for the application.',
    },
    requires: ['onlinePresence[].createdAt', 'employment.workHistory'],
    mitigates: ['identity-verification'],
    indicators: ['hir-fabricated-footprint'],
    falsePositives: [
      'Private-first developers whose work lived in employers\u2019 private repositories.',
      'People who re-created an account (a lost login, a separate work account).',
      'Careers outside software for a GitHub account; people who avoid social networks for LinkedIn.',
    ],
    mitigation:
      'Ask about the account and earlier public work; verify the employment history with the employers directly.',
    references: cite('S35', 'S20'),
  },
  check(profile, context) {
    const earliest = earliestStart(profile.employment?.workHistory ?? []);
    if (earliest === undefined) return context.skip('employment.workHistory[].start');
    const today = dayNumberOf(context.now) ?? 0;
    const { maxGapYears, recentYears } = context.options;
    return (profile.onlinePresence ?? []).flatMap((account, index) => {
      const platform = PLATFORMS[account.platform.trim().toLowerCase()];
      const created = dayNumber(account.createdAt);
      if (!platform || created === undefined) return [];
      const historyStart = earliest > platform.launched ? earliest : platform.launched;
      const gapYears = (created - (dayNumber(historyStart) ?? created)) / DAYS_PER_YEAR;
      if (gapYears <= maxGapYears || (today - created) / DAYS_PER_YEAR > recentYears) return [];
      return [
        context.finding('newer', {
          data: {
            platform: platform.label,
            handle: account.handle ? quoteSafely(account.handle, profile) : '(no handle)',
            createdAt: (account.createdAt ?? '').slice(0, 10),
            years: Math.floor(gapYears),
            historyStart,
          },
          path: `onlinePresence[${index}].createdAt`,
          evidence: { gapYears: Math.round(gapYears * 10) / 10, historyStart },
          level: 'new-account',
        }),
      ];
    });
  },
});
