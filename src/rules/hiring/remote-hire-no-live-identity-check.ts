import { defineRule } from '../../engine/define-rule.js';
import { identityCheckOf } from '../../schema/identity-check.js';
import { employerWords } from '../_lib/employer-words.js';
import { cite } from '../_lib/references.js';

/**
 * A fully remote hire whose identity no person ever checked live. Mandiant and the FBI advise
 * verifying identity with a live person (in person or on camera) for remote roles, more than once;
 * automated document checks alone are what stolen and borrowed identities pass.
 */
export const remoteHireNoLiveIdentityCheck = defineRule({
  id: 'remote-hire-no-live-identity-check',
  meta: {
    description:
      'A fully remote hire has no live identity verification: no interview verified identity live and no document was checked in person or on live video.',
    category: 'hiring',
    severity: 'low',
    weight: 25,
    group: 'live-identity',
    levels: {
      'no-live-check': {
        description:
          'A fully remote hire with identity checks on record, none of them live (in person or on live video).',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'A missing control, not an observed act: many employers hire remotely on automated document checks alone [S20][S5], so most remote hires without a live check are legitimate. Weak context that makes other findings matter more.',
        },
      },
      'skipped-employer-live-check': {
        description:
          'The employer checks every remote hire\u2019s identity live (declared, or learned from its staff), and this hire\u2019s checks on record include no live one.',
        likelihoodRatio: 4,
        severity: 'medium',
        basis: {
          kind: 'judgement',
          note: 'A deviation from the employer\u2019s own process, not a missing control: the person was not seen, or the check was skipped. The FBI describes North Korean IT workers avoiding cameras and live verification [S5][S20]. How often legitimate hires miss a standard live check (an agency-run interview, a check postponed past the start date) is not published. The benchmark assumes 4 % and so measures about 8 for this level; at 8 it sent more legitimate slips to review than it gained (20k, mode a: 138 to 146 legitimate reviews, no recall gained), at 4 every mode had fewer legitimate reviews and no fraudulent profile left review, at 2 mode c lost one.',
        },
      },
      'candidate-before-live-check': {
        description:
          'A candidate, not yet hired, at an employer that checks every remote hire\u2019s identity live: no live check on record yet.',
        likelihoodRatio: 1.5,
        basis: {
          kind: 'judgement',
          note: 'A candidate may simply not have reached the employer\u2019s identity step: an applicant tracking system screens candidates after a recruiter\u2019s call, long before it. So a missing live check says little until the person is hired; avoiding one that was asked for is what the FBI describes [S5][S20], and the interview rules see a camera kept off. The benchmark screens two in five legitimate candidates before the identity step and measures 1.2 (5.5 % of fraudulent and 4.6 % of legitimate profiles); at the hire\u2019s ratio of 4 two legitimate candidates reached review on it (20k, mode c), at 1.5 and 2 the figures were the same, at 2.5 more legitimate profiles reached review.',
        },
      },
      'employer-checks-automated': {
        description:
          'The employer checks remote hires\u2019 identity by automated document checks alone (declared, or learned from its staff): the gap is its process, not this person.',
        likelihoodRatio: 1,
        basis: {
          kind: 'judgement',
          note: 'When every remote hire of the employer goes without a live check, a hire without one says nothing about that hire (legitimate and fraudulent hires there look the same); shown so the process gap is fixed, weighing nothing.',
        },
      },
    },
    defaultLevel: 'no-live-check',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      none: 'This fully remote hire has {{checks}}, but no one verified the person\u2019s identity live (in person or on a live video call). Stolen and borrowed identities pass document checks that no person watches.',
      skipped:
        'This fully remote hire has {{checks}}, but no one verified the person\u2019s identity live, although {{employer}} checks every remote hire\u2019s identity live. A hire nobody has seen is how stolen and borrowed identities get through.',
      notYet:
        'This candidate has {{checks}}, but no one has verified the person\u2019s identity live yet, and {{employer}} checks every remote hire\u2019s identity live: make sure that happens, camera on and document in hand, before an offer.',
      practice:
        'This fully remote hire has {{checks}} and no live identity check, as is {{employer}}\u2019s practice for remote hires: a gap in the process rather than something about this person. Stolen and borrowed identities pass document checks that no person watches.',
    },
    requires: ['employment.workArrangement'],
    reads: ['kind', 'interviews[].identityVerifiedLive', 'documents[].verification'],
    mitigates: ['identity-verification'],
    indicators: ['hir-liveness-fail', 'hir-person-swap'],
    falsePositives: [
      'Identity was checked live outside the systems that feed this profile (an in-person I-9 review by an authorised representative): record it on the document\u2019s verification.',
      'A hybrid or on-site role (not flagged: the person will be seen in person).',
    ],
    mitigation:
      'Before the start date, hold a live video call with the camera on in which the person shows the identity document next to their face and answers unscripted prompts; where lawful, verify in person or through a notary.',
    references: cite('S20', 'S5', 'S1', 'S35'),
  },
  check(profile, context) {
    if (profile.employment?.workArrangement !== 'remote') return undefined;
    const check = identityCheckOf(profile);
    if (check === 'live') return undefined;
    if (check === 'none')
      return context.skip('interviews[].identityVerifiedLive or documents[].verification');
    const automated = (profile.documents ?? []).filter((d) => d.verification?.status === 'passed').length;
    const interviews = (profile.interviews ?? []).length;
    const parts = [
      interviews > 0 ? `${interviews} interview${interviews === 1 ? '' : 's'} on record` : undefined,
      automated > 0
        ? `${automated} document${automated === 1 ? '' : 's'} checked only automatically`
        : undefined,
    ].filter(Boolean);
    const checks = parts.length > 0 ? parts.join(' and ') : 'identity checks on record';
    const evidence = { workArrangement: 'remote', interviews, automatedDocumentChecks: automated };
    const practice = context.organization.identityCheckPractice();
    if (practice === undefined)
      return context.finding('none', { data: { checks }, path: 'employment.workArrangement', evidence });
    // Only a hire can have skipped the employer's step; a candidate may not have reached it yet.
    const candidate = profile.kind === 'candidate';
    const [message, level] =
      practice === 'automated'
        ? (['practice', 'employer-checks-automated'] as const)
        : candidate
          ? (['notYet', 'candidate-before-live-check'] as const)
          : (['skipped', 'skipped-employer-live-check'] as const);
    return context.finding(message, {
      level,
      data: { checks, employer: employerWords(context.organization) },
      path: 'employment.workArrangement',
      evidence: { ...evidence, employerPractice: practice },
    });
  },
});
