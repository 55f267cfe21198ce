import { cite } from '../_lib/references.js';
import { identityCountLevels } from './_lib/identity-count-levels.js';
import { sharedContactMeta } from './_lib/shared-contact.js';
import { judgement, sharedKeyRule } from './_lib/shared-key-rule.js';

/** Same phone number (E.164) on different identities. */
export const sharedPhone = sharedKeyRule({
  id: 'shared-phone',
  attribute: 'phone',
  meta: {
    description: 'The phone number on this profile is also on file for other identities.',
    messages: {
      shared:
        'The phone number {{key}} is also on file for other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). One operator often handles contact for several personas.',
    },
    ...sharedContactMeta,
    falsePositives: ['A shared family phone.', 'A staffing agency\u2019s contact number (allowlist it).'],
    mitigation:
      'Call each person on the number and verify identity live on video; ask why the number is shared.',
    references: cite('S4'),
  },
  levels: identityCountLevels(
    {
      severity: 'high',
      likelihoodRatio: 60,
      basis: judgement(
        'Three or more identities on one number: a family phone rarely serves three employed people, and agency numbers are allowlisted.',
      ),
      description: 'Three or more different identities give the number.',
    },
    {
      severity: 'medium',
      likelihoodRatio: 10,
      basis: judgement(
        'Two identities on one number: a shared family phone or a recruiter’s number entered by mistake are the listed false positives (xp-shared-contact), so it needs corroboration.',
      ),
      description: 'Two different identities give the number.',
    },
  ),
  present: (profile) => (profile.phones ?? []).length > 0,
  missing: 'phone numbers (phones)',
});
