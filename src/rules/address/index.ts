import type { AnyRule } from '../../engine/types.js';
import { shippingAddressNotHome } from './shipping-address-not-home.js';

export { shippingAddressNotHome };

/** The `address` category's rules. */
export const addressRules: readonly AnyRule[] = [shippingAddressNotHome];
