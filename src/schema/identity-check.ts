import type { Profile } from './profile.js';

const LIVE_METHODS = new Set(['in-person', 'live-video']);

/**
 * What a profile records about checking the person's identity: `live` when an interviewer verified it
 * live or a document check passed in person or on live video, `not-live` when checks are on record but
 * none of them live, `none` when nothing about identity checks was recorded.
 *
 * @example
 * identityCheckOf({ id: 'p1', interviews: [{ identityVerifiedLive: true }] }); // 'live'
 */
export function identityCheckOf(profile: Profile): 'live' | 'not-live' | 'none' {
  const interviews = profile.interviews ?? [];
  const documents = profile.documents ?? [];
  const live =
    interviews.some((interview) => interview.identityVerifiedLive === true) ||
    documents.some(
      (document) =>
        document.verification?.status === 'passed' &&
        document.verification.method !== undefined &&
        LIVE_METHODS.has(document.verification.method),
    );
  if (live) return 'live';
  const recorded =
    interviews.some((interview) => interview.identityVerifiedLive !== undefined) ||
    documents.some((document) => document.verification !== undefined);
  return recorded ? 'not-live' : 'none';
}
