import type { AnyRule } from '../../engine/types.js';
import { alwaysOnActivity } from './always-on-activity.js';
import { timezoneSkew } from './timezone-skew.js';

export { alwaysOnActivity, timezoneSkew };

/** The `activity` category's rules. */
export const activityRules: readonly AnyRule[] = [timezoneSkew, alwaysOnActivity];
