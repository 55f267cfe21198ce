import type { AnyRule } from '../../engine/types.js';

/** The `network` category's rules. */
export const networkRules: readonly AnyRule[] = [];
