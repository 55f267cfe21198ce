import type { AnyRule } from '../../engine/types.js';
import { anonymizedLoginShare } from './anonymized-login-share.js';
import { hiringTouchpointAnonymizer } from './hiring-touchpoint-anonymizer.js';
import { impossibleTravel } from './impossible-travel.js';
import { loginCountryMismatch } from './login-country-mismatch.js';
import { loginFarFromHome } from './login-far-from-home.js';
import { namedVpnEgress } from './named-vpn-egress.js';

export {
  anonymizedLoginShare,
  hiringTouchpointAnonymizer,
  impossibleTravel,
  loginCountryMismatch,
  loginFarFromHome,
  namedVpnEgress,
};

/** The `network` category's rules. */
export const networkRules: readonly AnyRule[] = [
  anonymizedLoginShare,
  namedVpnEgress,
  hiringTouchpointAnonymizer,
  loginCountryMismatch,
  loginFarFromHome,
  impossibleTravel,
];
