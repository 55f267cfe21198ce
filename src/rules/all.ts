import type { AnyRule } from '../engine/types.js';
import { shippingAddressNotHome } from './address/shipping-address-not-home.js';
import { interviewCameraOff } from './hiring/interview-camera-off.js';
import { documentNameMismatch } from './identity/document-name-mismatch.js';

/** Every built-in rule, sorted by id. */
export const allRules: readonly AnyRule[] = [
  shippingAddressNotHome,
  interviewCameraOff,
  documentNameMismatch,
].sort((a, b) => (a.id < b.id ? -1 : 1));
