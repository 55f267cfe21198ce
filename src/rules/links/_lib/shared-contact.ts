import type { SharedKeyMeta } from './shared-key-rule.js';

/**
 * What the two `shared-contact` rules (e-mail, phone) have in common: one observation, a contact point
 * several identities give, so one group, one weight and one indicator.
 */
export const sharedContactMeta = {
  severity: 'high',
  weight: 45,
  group: 'shared-contact',
  presets: ['recommended'],
  status: 'stable',
  mitigates: ['identity-verification'],
  indicators: ['xp-shared-contact'],
} as const satisfies Partial<SharedKeyMeta<string>>;
