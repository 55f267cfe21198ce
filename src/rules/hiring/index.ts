import type { AnyRule } from '../../engine/types.js';
import { interviewCameraOff } from './interview-camera-off.js';
import { remoteHireNoLiveIdentityCheck } from './remote-hire-no-live-identity-check.js';
import { shippingAddressChangedBeforeShipment } from './shipping-address-changed-before-shipment.js';
import { shippingToMailDrop } from './shipping-to-mail-drop.js';

export {
  interviewCameraOff,
  remoteHireNoLiveIdentityCheck,
  shippingAddressChangedBeforeShipment,
  shippingToMailDrop,
};

/** The `hiring` category's rules. */
export const hiringRules: readonly AnyRule[] = [
  interviewCameraOff,
  remoteHireNoLiveIdentityCheck,
  shippingAddressChangedBeforeShipment,
  shippingToMailDrop,
];
