export { allRules } from './all.js';
export { shippingAddressNotHome } from './address/shipping-address-not-home.js';
export { interviewCameraOff } from './hiring/interview-camera-off.js';
export { documentNameMismatch } from './identity/document-name-mismatch.js';
