import { defineRule } from '../../engine/define-rule.js';
import type { Profile } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';

const LIVE_METHODS = new Set(['in-person', 'live-video']);

function verifiedLive(profile: Profile): boolean {
  return (
    (profile.interviews ?? []).some((interview) => interview.identityVerifiedLive === true) ||
    (profile.documents ?? []).some(
      (document) =>
        document.verification?.status === 'passed' &&
        document.verification.method !== undefined &&
        LIVE_METHODS.has(document.verification.method),
    )
  );
}

/** Whether the profile records any identity check at all, live or not. */
function anyCheckRecorded(profile: Profile): boolean {
  return (
    (profile.interviews ?? []).some((interview) => interview.identityVerifiedLive !== undefined) ||
    (profile.documents ?? []).some((document) => document.verification !== undefined)
  );
}

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
    },
    defaultLevel: 'no-live-check',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      none: 'This fully remote hire has {{checks}}, but no one verified the person\u2019s identity live (in person or on a live video call). Stolen and borrowed identities pass document checks that no person watches.',
    },
    requires: ['employment.workArrangement'],
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
    if (verifiedLive(profile)) return undefined;
    if (!anyCheckRecorded(profile))
      return context.skip('interviews[].identityVerifiedLive or documents[].verification');
    const automated = (profile.documents ?? []).filter((d) => d.verification?.status === 'passed').length;
    const interviews = (profile.interviews ?? []).length;
    const parts = [
      interviews > 0 ? `${interviews} interview${interviews === 1 ? '' : 's'} on record` : undefined,
      automated > 0
        ? `${automated} document${automated === 1 ? '' : 's'} checked only automatically`
        : undefined,
    ].filter(Boolean);
    return context.finding('none', {
      data: { checks: parts.length > 0 ? parts.join(' and ') : 'identity checks on record' },
      path: 'employment.workArrangement',
      evidence: { workArrangement: 'remote', interviews, automatedDocumentChecks: automated },
    });
  },
});
