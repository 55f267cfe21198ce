import type { AnyRule } from '../../engine/types.js';
import { nearDuplicateResume } from './near-duplicate-resume.js';
import { referenceContactShared } from './reference-contact-shared.js';
import { referredByFlaggedProfile } from './referred-by-flagged-profile.js';
import { reusedPhoto } from './reused-photo.js';
import { sharedBankAccount } from './shared-bank-account.js';
import { sharedDevice } from './shared-device.js';
import { sharedEmail } from './shared-email.js';
import { sharedHomeAddress } from './shared-home-address.js';
import { sharedLoginNetwork } from './shared-login-network.js';
import { sharedPhone } from './shared-phone.js';
import { sharedShippingAddress } from './shared-shipping-address.js';
import { ssnReused } from './ssn-reused.js';

export {
  nearDuplicateResume,
  referenceContactShared,
  referredByFlaggedProfile,
  reusedPhoto,
  sharedBankAccount,
  sharedDevice,
  sharedEmail,
  sharedHomeAddress,
  sharedLoginNetwork,
  sharedPhone,
  sharedShippingAddress,
  ssnReused,
};

/** The `links` category's rules. */
export const linksRules: readonly AnyRule[] = [
  sharedShippingAddress,
  sharedHomeAddress,
  sharedBankAccount,
  sharedPhone,
  sharedEmail,
  sharedDevice,
  sharedLoginNetwork,
  reusedPhoto,
  nearDuplicateResume,
  ssnReused,
  referenceContactShared,
  referredByFlaggedProfile,
];
