import type { AnyRule } from '../../engine/types.js';
import { interviewCameraOff } from './interview-camera-off.js';

export { interviewCameraOff };

/** The `hiring` category's rules. */
export const hiringRules: readonly AnyRule[] = [interviewCameraOff];
