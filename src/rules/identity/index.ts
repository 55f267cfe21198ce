import type { AnyRule } from '../../engine/types.js';
import { concurrentFullTimeJobs } from './concurrent-full-time-jobs.js';
import { documentAddressMismatch } from './document-address-mismatch.js';
import { documentBirthDateMismatch } from './document-birth-date-mismatch.js';
import { documentExpired } from './document-expired.js';
import { documentNameMismatch } from './document-name-mismatch.js';
import { documentNotVerifiedLive } from './document-not-verified-live.js';
import { documentVerificationFailed } from './document-verification-failed.js';
import { historyBeforeWorkingAge } from './history-before-working-age.js';
import { onlineAccountNewerThanHistory } from './online-account-newer-than-history.js';
import { ssnStructurallyInvalid } from './ssn-structurally-invalid.js';
import { ssnVerificationFailed } from './ssn-verification-failed.js';

export {
  concurrentFullTimeJobs,
  documentAddressMismatch,
  documentBirthDateMismatch,
  documentExpired,
  documentNameMismatch,
  documentNotVerifiedLive,
  documentVerificationFailed,
  historyBeforeWorkingAge,
  onlineAccountNewerThanHistory,
  ssnStructurallyInvalid,
  ssnVerificationFailed,
};

/** The `identity` category's rules. */
export const identityRules: readonly AnyRule[] = [
  concurrentFullTimeJobs,
  documentAddressMismatch,
  documentBirthDateMismatch,
  documentExpired,
  documentNameMismatch,
  documentNotVerifiedLive,
  documentVerificationFailed,
  historyBeforeWorkingAge,
  onlineAccountNewerThanHistory,
  ssnStructurallyInvalid,
  ssnVerificationFailed,
];
