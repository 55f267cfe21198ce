import { cite } from '../_lib/references.js';
import { identityCountLevels } from './_lib/identity-count-levels.js';
import { judgement, sharedKeyRule } from './_lib/shared-key-rule.js';

/** The same photo (by hash) under different identities. */
export const reusedPhoto = sharedKeyRule({
  id: 'reused-photo',
  attribute: 'photo-hash',
  meta: {
    description: 'The photo on this profile is also used by other identities.',
    messages: {
      shared:
        'The photo on this profile ({{key}}) is also used by other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). The same face under different names suggests fabricated personas.',
    },
    severity: 'high',
    weight: 45,
    presets: ['recommended'],
    status: 'stable',
    mitigates: ['identity-verification'],
    indicators: ['xp-shared-face'],
    falsePositives: [
      'A placeholder or default avatar image.',
      'An honest person\u2019s stock photo also used by others.',
    ],
    mitigation: 'Compare the photos with each person on a live video call and check the identity documents.',
    references: cite('S2', 'S18'),
  },
  levels: identityCountLevels(
    {
      severity: 'high',
      likelihoodRatio: 60,
      basis: judgement(
        'Three or more names behind one photo: placeholder avatars are dropped by the index as hub keys, and twins are two.',
      ),
      description: 'Three or more different identities use the photo.',
    },
    {
      severity: 'medium',
      likelihoodRatio: 20,
      basis: judgement(
        'Two names behind one photo: an honest person’s stock photo or a twin is possible but uncommon; a second finding settles it.',
      ),
      description: 'Two different identities use the photo.',
    },
  ),
  present: (profile) => profile.photoHash !== undefined,
  missing: 'photo hash (photoHash)',
});
