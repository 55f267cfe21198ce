import { compareCodeUnits } from '../_lib/sort-in-place.js';
import type { AnyRule } from '../engine/types.js';
import { activityRules } from './activity/index.js';
import { addressRules } from './address/index.js';
import { contactRules } from './contact/index.js';
import { hiringRules } from './hiring/index.js';
import { identityRules } from './identity/index.js';
import { linksRules } from './links/index.js';
import { networkRules } from './network/index.js';
import { payrollRules } from './payroll/index.js';
import { remoteAccessRules } from './remote-access/index.js';

/** Every built-in rule, sorted by id. */
export const allRules: readonly AnyRule[] = [
  ...identityRules,
  ...contactRules,
  ...addressRules,
  ...linksRules,
  ...networkRules,
  ...remoteAccessRules,
  ...activityRules,
  ...payrollRules,
  ...hiringRules,
].sort((a, b) => compareCodeUnits(a.id, b.id));
