import type { AnyRule } from '../../engine/types.js';
import { disposableEmailDomain } from './disposable-email-domain.js';
import { emailMalformed } from './email-malformed.js';
import { emailUnrelatedToName } from './email-unrelated-to-name.js';
import { phoneCountryMismatch } from './phone-country-mismatch.js';
import { phoneNumberInvalid } from './phone-number-invalid.js';
import { voipPhoneNumber } from './voip-phone-number.js';

export {
  disposableEmailDomain,
  emailMalformed,
  emailUnrelatedToName,
  phoneCountryMismatch,
  phoneNumberInvalid,
  voipPhoneNumber,
};

/** The `contact` category's rules. */
export const contactRules: readonly AnyRule[] = [
  disposableEmailDomain,
  emailMalformed,
  emailUnrelatedToName,
  phoneCountryMismatch,
  phoneNumberInvalid,
  voipPhoneNumber,
];
