import type { AnyRule } from '../../engine/types.js';

/** The `contact` category's rules. */
export const contactRules: readonly AnyRule[] = [];
