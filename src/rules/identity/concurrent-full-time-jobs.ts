import { z } from 'zod';
import type { Profile } from '../../schema/profile.js';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { sortInPlace } from '../../_lib/sort-in-place.js';
import { dayNumber, dayNumberOf } from './_lib/dates.js';
import { quoteSafely } from './_lib/quote.js';

interface Span {
  index: number;
  employer: string;
  start: number;
  end: number;
}

type Job = NonNullable<NonNullable<Profile['employment']>['workHistory']>[number];

const statesFullTime = (job: Job) => job.fullTime !== undefined;

function byStartThenPosition(a: Span, b: Span): number {
  return a.start - b.start || a.index - b.index;
}

/**
 * Two full-time jobs in the work history overlap for months. One identity holding several full-time
 * remote jobs at once is how the scheme multiplies revenue (CrowdStrike: often three or four at a
 * time; the Vong case: 13 companies). A few weeks of overlap is a normal handover.
 */
/** Six months: past any notice period or handover, an overlap is two jobs held at once. */
const LONG_OVERLAP_DAYS = 183;

export const concurrentFullTimeJobs = defineRule({
  id: 'concurrent-full-time-jobs',
  meta: {
    description: 'Full-time jobs in the work history overlap for longer than a handover.',
    category: 'identity',
    severity: 'medium',
    weight: 20,
    levels: {
      'overlap-months': {
        description: 'Two full-time jobs overlap for two to six months.',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Notice periods, a contract that ran on and dates rounded to the month on a résumé explain many overlaps of a few months.',
        },
      },
      'overlap-over-six-months': {
        description: 'Two full-time jobs overlap for six months or more.',
        likelihoodRatio: 6,
        basis: {
          kind: 'benchmark',
          note: 'Lowered so that two of the commonest look-alikes together stay below review: naive combination overcounts look-alikes that co-occur in a varied workforce, while the scheme\u2019s corroborating signals are far stronger. Labelled benchmark: 39 % vs 2.4 % (ratio 16); set between that and the earlier judgement of 8. Moonlighting with the employers\u2019 consent and part-time jobs marked full-time are the innocent causes; the scheme holds several jobs for long stretches (3-4 at once [S26]).',
        },
      },
    },
    defaultLevel: 'overlap-over-six-months',
    group: 'concurrent-employment',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      minOverlapDays: z
        .number()
        .int()
        .min(1)
        .default(60)
        .describe(
          'Days two full-time jobs must overlap to count; shorter overlaps are notice periods and handovers (our default; no source gives one).',
        ),
    }),
    messages: {
      overlap:
        'The full-time jobs at {{first}} and {{second}} overlap for {{days}} days. Holding several full-time remote jobs at once under one identity is a documented pattern of the scheme.',
    },
    requires: ['employment.workHistory'],
    mitigates: ['identity-verification'],
    indicators: ['beh-concurrent-employment'],
    falsePositives: [
      'Legitimate moonlighting where the employers allow it.',
      'A job marked full-time that was in fact part-time or a short contract.',
      'Dates rounded to the month on a résumé.',
    ],
    mitigation:
      'Verify the dates with both employers directly (not through numbers the candidate supplied) and ask the person about the overlap.',
    references: cite('S26', 'S20', 'S35'),
  },
  check(profile, context) {
    const history = profile.employment?.workHistory ?? [];
    if (!history.some(statesFullTime)) return context.skip('employment.workHistory[].fullTime');
    const today = dayNumberOf(context.now) ?? 0;
    const spans: Span[] = [];
    for (let index = 0; index < history.length; index++) {
      const job = history[index] as Job;
      const start = dayNumber(job.start);
      if (job.fullTime !== true || start === undefined) continue;
      const end = Math.min(dayNumber(job.end) ?? today, today);
      if (end > start) spans.push({ index, employer: job.employer, start, end });
    }
    // Work histories are short and usually listed in order: sorted by insertion, without a copy.
    sortInPlace(spans, byStartThenPosition);
    const findings = [];
    for (let i = 0; i < spans.length; i += 1) {
      const a = spans[i] as Span;
      for (let j = i + 1; j < spans.length; j += 1) {
        const b = spans[j] as Span;
        if (b.start >= a.end) break;
        const days = Math.min(a.end, b.end) - b.start;
        if (days < context.options.minOverlapDays) continue;
        findings.push(
          context.finding('overlap', {
            data: { first: quoteSafely(a.employer, profile), second: quoteSafely(b.employer, profile), days },
            path: `employment.workHistory[${b.index}]`,
            evidence: { entries: [a.index, b.index], overlapDays: days },
            level: days >= LONG_OVERLAP_DAYS ? 'overlap-over-six-months' : 'overlap-months',
          }),
        );
      }
    }
    return findings;
  },
});
