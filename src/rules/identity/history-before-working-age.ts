import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';
import { calendarDay, fullYearsBetween } from './_lib/dates.js';
import { quoteSafely } from './_lib/quote.js';

/**
 * The stated date of birth and the stated history cannot both be true: a listed job starts, or a
 * listed graduation happens, before the person was old enough. A stolen identity comes with the
 * victim's birth date, and a persona's invented career often does not fit it.
 *
 * This is a consistency check between two statements the candidate made, not age screening: the
 * rule never scores how old anyone is, reports no age, and its outcome is the same for a person of
 * any age whose dates agree. Its only threshold is a floor under which no ordinary résumé entry
 * falls (US federal law sets 14 as the minimum age for most non-farm jobs and 16 for most jobs
 * without hour limits, 29 CFR 570.2; a degree or diploma before 16 is exceptional).
 */
export const historyBeforeWorkingAge = defineRule({
  id: 'history-before-working-age',
  meta: {
    description: 'A listed job or graduation falls before the stated date of birth makes it plausible.',
    category: 'identity',
    severity: 'medium',
    weight: 20,
    levels: {
      'before-working-age': {
        description: 'A job start or graduation falls before the minimum age the stated birth date allows.',
        likelihoodRatio: 8,
        basis: {
          kind: 'judgement',
          note: 'Year typos and genuine early starts (a family business, an early degree) are the innocent causes; a fabricated persona\u2019s birth date and history often disagree.',
        },
      },
    },
    defaultLevel: 'before-working-age',
    group: 'history-consistency',
    presets: ['strict'],
    status: 'experimental',
    options: z.object({
      minimumAge: z
        .number()
        .int()
        .min(10)
        .max(18)
        .default(16)
        .describe(
          'Age (whole years) below which a listed job start or graduation is inconsistent with the date of birth.',
        ),
    }),
    messages: {
      job: 'The work history lists {{employer}} from {{start}}, which the stated date of birth ({{dateOfBirth}}) puts before age {{minimumAge}}. The birth date and the history do not tell one story.',
      graduation:
        'The education history lists a graduation from {{institution}} in {{year}}, which the stated date of birth ({{dateOfBirth}}) puts before age {{minimumAge}}. The birth date and the history do not tell one story.',
    },
    requires: ['dateOfBirth', 'employment'],
    mitigates: ['identity-verification'],
    indicators: ['idn-doc-anomalies', 'hir-resume-anomalies'],
    falsePositives: [
      'A genuine early start: a family business, child acting, an exceptionally early degree.',
      'A typo in a year (ask the person; a corrected date is not a finding).',
    ],
    mitigation:
      'Ask the person about the dates on a live call and verify the job or degree with the employer or school directly; check the birth date against the verified identity document.',
    references: cite('S1', 'S35', 'S20'),
  },
  check(profile, context) {
    const birth = calendarDay(profile.dateOfBirth);
    if (!birth) return undefined;
    const { minimumAge } = context.options;
    const dateOfBirth = profile.dateOfBirth ?? '';
    const findings = [];
    for (const [index, job] of (profile.employment?.workHistory ?? []).entries()) {
      const start = calendarDay(job.start);
      if (!start || fullYearsBetween(birth, start) >= minimumAge) continue;
      findings.push(
        context.finding('job', {
          data: {
            employer: quoteSafely(job.employer, profile),
            start: job.start ?? '',
            dateOfBirth,
            minimumAge,
          },
          path: `employment.workHistory[${index}].start`,
          evidence: { start: job.start, dateOfBirth },
          level: 'before-working-age',
        }),
      );
    }
    for (const [index, school] of (profile.employment?.education ?? []).entries()) {
      const year = school.graduationYear;
      // Only the year is known: compare with the age reached by the end of that year, so a
      // graduation counts as early only when it is early on every reading.
      if (year === undefined || year - birth.year >= minimumAge) continue;
      findings.push(
        context.finding('graduation', {
          data: { institution: quoteSafely(school.institution, profile), year, dateOfBirth, minimumAge },
          path: `employment.education[${index}].graduationYear`,
          evidence: { graduationYear: year, dateOfBirth },
          level: 'before-working-age',
        }),
      );
    }
    return findings;
  },
});
