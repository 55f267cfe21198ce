import type { AnyRule } from '../../engine/types.js';

/** The `links` category's rules. */
export const linksRules: readonly AnyRule[] = [];
