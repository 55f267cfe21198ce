import { cite } from '../_lib/references.js';
import { sharedKeyRule } from './_lib/shared-key-rule.js';

/** Same phone number (E.164) on different identities. */
export const sharedPhone = sharedKeyRule({
  id: 'shared-phone',
  attribute: 'phone',
  description: 'The phone number on this profile is also on file for other identities.',
  message:
    'The phone number {{key}} is also on file for other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). One operator often handles contact for several personas.',
  severity: 'high',
  weight: 45,
  group: 'shared-contact',
  presets: ['recommended'],
  status: 'stable',
  present: (profile) => (profile.phones ?? []).length > 0,
  missing: 'phone numbers (phones)',
  mitigates: ['identity-verification'],
  indicators: ['xp-shared-contact'],
  falsePositives: ['A shared family phone.', 'A staffing agency\u2019s contact number (allowlist it).'],
  mitigation:
    'Call each person on the number and verify identity live on video; ask why the number is shared.',
  references: cite('S4'),
});
