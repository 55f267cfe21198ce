import type { AnyRule } from '../../engine/types.js';
import { payrollAccountChanged } from './payroll-account-changed.js';
import { payrollAccountCountryMismatch } from './payroll-account-country-mismatch.js';
import { payrollHolderNameMismatch } from './payroll-holder-name-mismatch.js';
import { payrollNonbankPayout } from './payroll-nonbank-payout.js';

export {
  payrollAccountChanged,
  payrollAccountCountryMismatch,
  payrollHolderNameMismatch,
  payrollNonbankPayout,
};

/** The `payroll` category's rules. */
export const payrollRules: readonly AnyRule[] = [
  payrollAccountChanged,
  payrollAccountCountryMismatch,
  payrollHolderNameMismatch,
  payrollNonbankPayout,
];
