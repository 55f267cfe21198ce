import { cite } from '../_lib/references.js';
import { identityCountLevels } from './_lib/identity-count-levels.js';
import { sharedContactMeta } from './_lib/shared-contact.js';
import { judgement, sharedKeyRule } from './_lib/shared-key-rule.js';

/** Same mailbox (after folding dots and +tags where the provider ignores them) on different identities. */
export const sharedEmail = sharedKeyRule({
  id: 'shared-email',
  attribute: 'email',
  meta: {
    description: 'The e-mail address on this profile is also on file for other identities.',
    messages: {
      shared:
        'The e-mail address {{key}} is also on file for other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). One operator often runs several personas from one mailbox.',
    },
    ...sharedContactMeta,
    falsePositives: [
      'A shared family mailbox.',
      'A recruiter\u2019s or agency\u2019s address entered by mistake.',
    ],
    mitigation: 'Ask each person to confirm their own address from a live session; verify identity on video.',
    references: cite('S4'),
  },
  levels: identityCountLevels(
    {
      severity: 'high',
      likelihoodRatio: 60,
      basis: judgement(
        'Three or more identities on one mailbox: a family mailbox rarely serves three employed people.',
      ),
      description: 'Three or more different identities give the mailbox.',
    },
    {
      severity: 'medium',
      likelihoodRatio: 10,
      basis: judgement(
        'Two identities on one mailbox: a shared family mailbox or an agency’s address entered by mistake are the listed false positives (xp-shared-contact).',
      ),
      description: 'Two different identities give the mailbox.',
    },
  ),
  present: (profile) => (profile.emails ?? []).length > 0,
  missing: 'e-mail addresses (emails)',
});
