// Where a legitimate candidate stands in the employer's hiring process when they are screened. An ATS
// screens every candidate, most of them before the identity step: after a recruiter's call, with a
// driving licence uploaded and not yet checked, or none asked for yet. Only hires have been through it.
import type { ProfileInput } from '../../src/schema/profile.js';
import { profileRng } from '../_lib/prng.js';

// A stream per profile, apart from the hire's own, so adding the stage moved no other draw.
const STAGE_STREAM = 80_000_000;
/** Legitimate candidates screened before their employer's identity step. */
const BEFORE_IDENTITY_STEP = 0.4;

/**
 * Puts a legitimate candidate before the identity step, for a share of candidates: their interview so
 * far did not verify identity, and their document is either not yet checked or not yet asked for.
 * Returns the tags of what applied.
 *
 * @example
 * const tags = hiringStage(candidateProfile);
 */
export function hiringStage(p: ProfileInput): string[] {
  if (p.kind !== 'candidate') return [];
  const rng = profileRng(p.id, STAGE_STREAM);
  if (!rng.chance(BEFORE_IDENTITY_STEP)) return [];
  const interview = p.interviews?.[0];
  if (interview) interview.identityVerifiedLive = false;
  if (rng.chance(0.5)) {
    delete p.documents;
    return ['before-identity-step', 'no-document-yet'];
  }
  const document = p.documents?.[0];
  if (document) document.verification = { status: 'not-run' };
  return ['before-identity-step', 'document-not-checked-yet'];
}
