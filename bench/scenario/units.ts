// The units a roster is made of: laptop farms (fraud, farm.ts) and legitimate units (legitimate.ts).
import { farm } from './farm.js';
import { legitimate } from './legitimate.js';

export type { GeneratorState, Unit } from './state.js';

export const units = { farm, legitimate };
