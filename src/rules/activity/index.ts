import type { AnyRule } from '../../engine/types.js';

/** The `activity` category's rules. */
export const activityRules: readonly AnyRule[] = [];
