import type { AnyRule } from '../../engine/types.js';
import { interviewCameraOff } from './interview-camera-off.js';
import { knownEntityMatch } from './known-entity-match.js';
import { priorEmployerDomainYoung } from './prior-employer-domain-young.js';
import { referenceContactWeak } from './reference-contact-weak.js';
import { remoteHireNoLiveIdentityCheck } from './remote-hire-no-live-identity-check.js';
import { shippingAddressChangedBeforeShipment } from './shipping-address-changed-before-shipment.js';
import { shippingToMailDrop } from './shipping-to-mail-drop.js';

export {
  interviewCameraOff,
  knownEntityMatch,
  priorEmployerDomainYoung,
  referenceContactWeak,
  remoteHireNoLiveIdentityCheck,
  shippingAddressChangedBeforeShipment,
  shippingToMailDrop,
};

/** The `hiring` category's rules. */
export const hiringRules: readonly AnyRule[] = [
  interviewCameraOff,
  knownEntityMatch,
  priorEmployerDomainYoung,
  referenceContactWeak,
  remoteHireNoLiveIdentityCheck,
  shippingAddressChangedBeforeShipment,
  shippingToMailDrop,
];
