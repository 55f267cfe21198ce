import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { KNOWN_ENTITIES } from '../../intel/catalogs/known-entities.js';
import { knownEntityListSchema } from '../../intel/entities/list-schema.js';
import { EntityMatcher, type EntityMatch } from '../../intel/entities/match-entity.js';
import type { Profile } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { boundedCache } from '../../_lib/bounded-memo.js';

/** A profile field that can name a company or domain, in words for the finding. */
interface NamedField {
  /** The field's path, given the index of the array item it is in (if any). */
  path: (index: number) => string;
  role: string;
  asDomain: boolean;
}

const field = (path: NamedField['path'], role: string, asDomain = false): NamedField => ({
  path,
  role,
  asDomain,
});

const PAYEE = field((i) => `payroll.accounts[${i}].payeeEntity`, 'the payee of a pay account');
const HOLDER = field((i) => `payroll.accounts[${i}].holderName`, 'the holder of a pay account');
const AGENCY = field(() => 'employment.agency.name', 'the staffing agency');
const AGENCY_SITE = field(() => 'employment.agency.website', 'the staffing agency\u2019s website', true);
const EMPLOYER = field((i) => `employment.workHistory[${i}].employer`, 'a prior employer');
const EMPLOYER_SITE = field(
  (i) => `employment.workHistory[${i}].website`,
  'a prior employer\u2019s website',
  true,
);
const REFERENCE_EMPLOYER = field((i) => `references[${i}].employer`, 'the employer a reference speaks for');
const REFERENCE_SITE = field(
  (i) => `references[${i}].employerWebsite`,
  'a reference\u2019s employer website',
  true,
);
const REFERENCE_EMAIL = field((i) => `references[${i}].email`, 'a reference\u2019s e-mail domain', true);
const EMAIL = field((i) => `emails[${i}]`, 'the candidate\u2019s e-mail domain', true);

/**
 * Each company or domain a profile names, in profile order. Paths are built only for a match: building
 * every field's path and record for each screening, to find nothing in almost all of them, was a third
 * of what the rule allocated (issue 16).
 */
function eachNamed(profile: Profile, visit: (field: NamedField, index: number, text: string) => void): void {
  const accounts = profile.payroll?.accounts ?? [];
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i];
    if (account?.payeeEntity) visit(PAYEE, i, account.payeeEntity);
    if (account?.holderName) visit(HOLDER, i, account.holderName);
  }
  const agency = profile.employment?.agency;
  if (agency?.name) visit(AGENCY, 0, agency.name);
  if (agency?.website) visit(AGENCY_SITE, 0, agency.website);
  const jobs = profile.employment?.workHistory ?? [];
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    if (job?.employer) visit(EMPLOYER, i, job.employer);
    if (job?.website) visit(EMPLOYER_SITE, i, job.website);
  }
  const references = profile.references ?? [];
  for (let i = 0; i < references.length; i++) {
    const reference = references[i];
    if (reference?.employer) visit(REFERENCE_EMPLOYER, i, reference.employer);
    if (reference?.employerWebsite) visit(REFERENCE_SITE, i, reference.employerWebsite);
    if (reference?.email) visit(REFERENCE_EMAIL, i, reference.email);
  }
  const emails = profile.emails ?? [];
  for (let i = 0; i < emails.length; i++) {
    const email = emails[i];
    if (email?.address) visit(EMAIL, i, email.address);
  }
}

const STRENGTH_WORDS: Record<EntityMatch['strength'], string> = {
  domain: 'the same domain',
  exact: 'the same name',
  alias: 'a listed alias',
  transliteration: 'the same name in another spelling',
  close: 'a close spelling',
};

/**
 * A payee, staffing agency, prior employer or reference's employer is on a known-entity list: OFAC's SDN
 * list (loaded by the deployment, DPRK programmes by default) or hirescreen's catalog of companies named
 * in DOJ actions and security research as the scheme's paymasters and front companies. Paying a
 * sanctioned person is itself a violation, so a listed payee goes to a person at once.
 */
export const knownEntityMatch = defineRule({
  id: 'known-entity-match',
  meta: {
    description:
      'A payee, staffing agency, prior employer or reference\u2019s employer matches an entity on a sanctions list or named in an enforcement action.',
    category: 'hiring',
    severity: 'critical',
    weight: 70,
    levels: {
      listed: {
        description:
          'The name or domain is the listed entity\u2019s, one of its listed aliases, or the same name in another romanisation.',
        likelihoodRatio: 1_000,
        severity: 'critical',
        basis: {
          kind: 'source',
          note: 'Treasury and DOJ name these entities as DPRK IT-worker paymasters, employers and front companies [S11][S15][S29]; a match is a sanctions question for a person to settle before any payment, whatever else the profile shows.',
        },
      },
      'close-spelling': {
        description:
          'A company name of two or more words within a letter or two of a listed entity\u2019s, after legal forms and punctuation are set aside.',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'Front companies re-register under near names; an unrelated company can also be named like one, which the analyst rules out from the registration.',
        },
      },
    },
    defaultLevel: 'listed',
    presets: ['recommended'],
    status: 'experimental',
    options: z.object({
      lists: z
        .array(knownEntityListSchema)
        .default([])
        .describe(
          'Known-entity lists to screen against besides the built-in catalog, e.g. readOfacSdnCsv(...).list.',
        ),
      catalog: z
        .boolean()
        .default(true)
        .describe('Screen against hirescreen\u2019s catalog of entities named in enforcement actions.'),
    }),
    messages: {
      listed: '{{role}} ("{{named}}") matches "{{entry}}" on {{list}}{{asOf}} by {{strength}}. {{why}}',
    },
    // Any one of the payee, agency, employer history, references or e-mail is enough; `check` says which were missing.
    requires: [],
    reads: [
      'payroll.accounts[].payeeEntity',
      'payroll.accounts[].holderName',
      'employment.agency',
      'employment.workHistory[].employer',
      'employment.workHistory[].website',
      'references[].employer',
      'references[].employerWebsite',
      'references[].email',
      'emails[].address',
    ],
    mitigates: ['logistics-and-money', 'identity-verification'],
    indicators: ['xp-known-entity', 'pay-via-front-entity', 'hir-front-company-history'],
    falsePositives: [
      'An unrelated company with the same or a close name: compare the registration (state, number, officers) with the list entry.',
      'Common personal names never match an individual on a list by name alone; only a domain tied to them does.',
    ],
    mitigation:
      'Hold payment and any equipment shipment, check the match against the list entry (registration, address, officers), and if it stands, follow your sanctions compliance procedure and report to OFAC; verify the person\u2019s identity and employment history directly.',
    references: cite('S11', 'S15', 'S29', 'S1'),
  },
  sources(options) {
    return [...(options.catalog ? [KNOWN_ENTITIES] : []), ...options.lists].map(
      (list) =>
        `known-entity-match checked against ${list.name}${list.asOf ? ` as of ${list.asOf}` : ' (no as-of date)'}`,
    );
  },
  setup(options) {
    const matcher = new EntityMatcher([...(options.catalog ? [KNOWN_ENTITIES] : []), ...options.lists]);
    // A roster names the same employers and agencies over and over, and a name that is no entity's is
    // compared with every two-word entry (Jaro-Winkler), as many as the lists hold. Remembering each
    // text's answer took the names of a 10k scenario roster (33,949 names, 20,319 distinct) from 580
    // to 410 ms of CPU (issue 16). The answers are the matcher's own, shared read-only: nothing here
    // changes a match. A domain is a few map reads whatever the lists hold, cheaper than finding its
    // text in a map of 20,000 (the rule took 5.8 -> 4.8 % of a screening's CPU without that cache).
    const names = boundedCache<EntityMatch | undefined>(20_000, { freeze: false });
    const byName = (text: string) => matcher.matchName(text);
    return {
      matchName: (text: string) => names(text, byName),
      matchDomain: (text: string) => matcher.matchDomain(text),
    };
  },
  check(profile, context) {
    const matcher = context.state;
    const findings: FindingDraft[] = [];
    let named = 0;
    eachNamed(profile, (item, index, text) => {
      named++;
      const match = item.asDomain ? matcher.matchDomain(text) : matcher.matchName(text);
      if (!match) return;
      findings.push(
        context.finding('listed', {
          level: match.strength === 'close' ? 'close-spelling' : 'listed',
          data: {
            role: item.role.charAt(0).toUpperCase() + item.role.slice(1),
            named: text,
            entry: match.matchedName,
            list: match.list.name,
            asOf: match.list.asOf ? ` (as of ${match.list.asOf})` : '',
            strength: STRENGTH_WORDS[match.strength],
            why:
              match.list.kind === 'sanctions'
                ? 'Paying a sanctioned person or company is a sanctions violation.'
                : 'Entities named in enforcement actions paid, placed or gave references for DPRK IT workers.',
          },
          path: item.path(index),
          evidence: {
            list: match.list.name,
            listKind: match.list.kind,
            ...(match.list.asOf !== undefined && { listAsOf: match.list.asOf }),
            entryId: match.entity.id,
            entryName: match.entity.name,
            matchedName: match.matchedName,
            strength: match.strength,
            score: match.score,
            ...(match.entity.programs.length > 0 && { programs: match.entity.programs }),
            ...(match.entity.sources.length > 0 && { sources: match.entity.sources }),
          },
        }),
      );
    });
    if (named === 0)
      return context.skip('a payee, staffing agency, prior employer, reference or e-mail address');
    return findings;
  },
});
