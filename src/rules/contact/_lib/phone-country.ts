import type { Profile } from '../../../schema/profile.js';

/**
 * The country to read a number in when it is written without '+': the claimed residence, else the
 * home address's country. Undefined when neither is known, so such numbers are read only if they
 * carry their own calling code.
 */
export function defaultPhoneCountry(profile: Profile): string | undefined {
  return (
    profile.claimed?.country ??
    profile.addresses?.find((address) => address.purpose === 'home' && address.country)?.country
  );
}
