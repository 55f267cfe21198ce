import type { AnyRule } from '../../engine/types.js';

/** The `remote-access` category's rules. */
export const remoteAccessRules: readonly AnyRule[] = [];
