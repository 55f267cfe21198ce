import type { AnyRule } from '../../engine/types.js';

/** The `payroll` category's rules. */
export const payrollRules: readonly AnyRule[] = [];
