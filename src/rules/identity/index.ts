import type { AnyRule } from '../../engine/types.js';
import { documentNameMismatch } from './document-name-mismatch.js';

export { documentNameMismatch };

/** The `identity` category's rules. */
export const identityRules: readonly AnyRule[] = [documentNameMismatch];
