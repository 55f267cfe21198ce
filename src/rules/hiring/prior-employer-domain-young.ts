import { z } from 'zod';
import { domainGapField } from '../../engine/domain-facts.js';
import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { registrableDomain } from '../../intel/domains/registrable-domain.js';
import { isDomainGap } from '../../intel/domains/types.js';
import type { Profile } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { dayNumber } from '../identity/_lib/dates.js';

// The Gregorian year's mean month: a window in months is a calendar reader's notion, days are exact.
const DAYS_PER_MONTH = 30.436875;

/**
 * The day the candidate applied, as near as the profile tells: the first interview, else the start of
 * the employment screened, else the screening's as-of day.
 */
function applicationDay(profile: Profile, now: Date): { day: number; said: string } {
  let first: number | undefined;
  for (const interview of profile.interviews ?? []) {
    const day = dayNumber(interview.at);
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  if (first !== undefined) return { day: first, said: 'the first interview' };
  const start = dayNumber(profile.employment?.startDate);
  if (start !== undefined) return { day: start, said: 'the start of employment' };
  return { day: Math.floor(now.getTime() / 86_400_000), said: 'the screening' };
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * A prior employer's website was registered after the candidate says they began working there, or
 * shortly before the application. The front companies that gave DPRK IT workers their histories and
 * references ran websites registered for the purpose [S17][S6][S29]; an employer whose domain is
 * younger than the job held there did not have that domain when the job began.
 */
export const priorEmployerDomainYoung = defineRule({
  id: 'prior-employer-domain-young',
  meta: {
    description:
      'A prior employer\u2019s website domain was registered after the claimed job there began, or shortly before the application.',
    category: 'hiring',
    severity: 'medium',
    weight: 25,
    group: 'front-company-history',
    levels: {
      'after-start': {
        description:
          'The domain was registered after the claimed employment at the company began (beyond the grace period).',
        likelihoodRatio: 6,
        severity: 'medium',
        basis: {
          kind: 'judgement',
          note: 'Seized front-company domains were registered for the scheme [S17][S6]; an established employer has its domain before its staff start. Rebrands to a new domain, companies that moved from a parent\u2019s domain and lapsed domains re-registered by others explain some (listed false positives), so it is evidence for a person, not proof. The labelled benchmark measures 13.5 (266 of 402 farm profiles, 963 of 19,598 legitimate), on shares of rebrands and small firms that are ours; 6 stays below it.',
        },
      },
      recent: {
        description: 'The domain was registered within the configured months before the application.',
        likelihoodRatio: 2,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Start-ups and small firms often have young domains: on the labelled benchmark the level fired on 389 legitimate profiles and 24 farm profiles (3.1), on shares that are ours; weak alone.',
        },
      },
    },
    defaultLevel: 'after-start',
    presets: ['strict'],
    status: 'experimental',
    options: z.object({
      recentMonths: z
        .number()
        .positive()
        .default(12)
        .describe(
          'A domain registered within this many months before the application counts (our default; no source gives one).',
        ),
      maxAgeYears: z
        .number()
        .positive()
        .default(5)
        .describe(
          'A domain registered more than this many years before the application is established, whatever the job dates: careers that predate the web, and domains re-registered long ago (our default).',
        ),
      graceDays: z
        .number()
        .nonnegative()
        .default(60)
        .describe(
          'Days a domain may follow the claimed start of a job, for a firm that registers its domain after hiring its first staff (our default).',
        ),
    }),
    messages: {
      afterStart:
        '{{employer}}\u2019s website domain {{domain}} was registered on {{registered}}, {{days}} days after the claimed start there ({{start}}).',
      recent:
        '{{employer}}\u2019s website domain {{domain}} was registered on {{registered}}, within {{window}} months of {{applied}} ({{appliedOn}}).',
    },
    requires: ['employment.workHistory[].website'],
    reads: ['employment.workHistory[].start', 'interviews[].at', 'employment.startDate'],
    needs: ['domainIntel'],
    mitigates: ['identity-verification'],
    indicators: ['hir-front-company-history'],
    falsePositives: [
      'Start-ups and small firms, whose domains are as young as they are.',
      'A rebrand or a merger that moved the company to a new domain after the candidate joined.',
      'A personal consultancy or sole trader\u2019s site, registered when the work had already begun.',
      'A defunct employer whose lapsed domain someone else has since registered.',
    ],
    mitigation:
      'Confirm the employer exists apart from its website (company registry, filings, a switchboard found independently) and verify the employment with it directly.',
    references: cite('S17', 'S6', 'S29'),
  },
  check(profile, context) {
    const { recentMonths, graceDays, maxAgeYears } = context.options;
    const applied = applicationDay(profile, context.now);
    const findings: FindingDraft[] = [];
    const gaps: string[] = [];
    let judged = 0;
    (profile.employment?.workHistory ?? []).forEach((job, i) => {
      const domain = job.website === undefined ? undefined : registrableDomain(job.website);
      if (domain === undefined) return;
      const answer = context.domains.get(domain);
      if (answer === undefined || isDomainGap(answer)) {
        if (answer !== undefined) gaps.push(domainGapField(answer));
        return;
      }
      const registered = dayNumber(answer.registered);
      if (registered === undefined) {
        gaps.push(`registration date of ${domain} (${answer.source}: no registration date given)`);
        return;
      }
      judged += 1;
      const before = applied.day - registered;
      if (before > maxAgeYears * 12 * DAYS_PER_MONTH) return;
      const common = {
        employer: `"${job.employer}"`,
        domain,
        registered: isoDay(registered),
      };
      const evidence = {
        employerDomain: domain,
        domainRegistered: isoDay(registered),
        source: answer.source,
        ...(answer.asOf !== undefined && { domainLookedUp: answer.asOf }),
      };
      const path = `employment.workHistory[${i}].website`;
      const start = dayNumber(job.start);
      if (start !== undefined && registered - start > graceDays) {
        findings.push(
          context.finding('afterStart', {
            level: 'after-start',
            data: { ...common, days: registered - start, start: isoDay(start) },
            path,
            evidence: { ...evidence, start: isoDay(start) },
          }),
        );
        return;
      }
      // A domain registered after the application is younger still, so it counts too.
      if (before <= recentMonths * DAYS_PER_MONTH) {
        findings.push(
          context.finding('recent', {
            level: 'recent',
            data: {
              ...common,
              window: recentMonths,
              applied: applied.said,
              appliedOn: isoDay(applied.day),
            },
            path,
            evidence: { ...evidence, applied: isoDay(applied.day) },
          }),
        );
      }
    });
    if (judged === 0 && gaps.length > 0) return context.skip(...gaps);
    return findings;
  },
});
