import { defineRule } from '../../engine/define-rule.js';
import { sharedEmail } from '../../normalize/email.js';
import { cite } from '../_lib/references.js';
import { quoteSafely } from '../identity/_lib/quote.js';

/**
 * An e-mail address on file that no mail system could deliver to (no '@', doubled dots, an impossible
 * domain). The FBI asks employers to check applicants' addresses for typos and odd naming; a broken
 * address is usually a keying error, so the weight is low.
 */
export const emailMalformed = defineRule({
  id: 'email-malformed',
  meta: {
    description: 'An e-mail address on file is not a deliverable address.',
    category: 'contact',
    severity: 'low',
    weight: 8,
    group: 'contact-validity',
    levels: {
      undeliverable: {
        description: 'The address cannot receive mail: no @, doubled dots, an impossible domain.',
        likelihoodRatio: 1.5,
        basis: {
          kind: 'judgement',
          note: 'Almost always a keying or import typo; barely evidence on its own.',
        },
      },
    },
    defaultLevel: 'undeliverable',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      malformed:
        'The e-mail address "{{address}}" is not a valid address and cannot receive mail. Contact details that do not work cannot be used to verify the person.',
    },
    requires: ['emails'],
    mitigates: ['identity-verification'],
    indicators: ['con-email-identity-mismatch'],
    falsePositives: ['A typo when the address was entered or imported.'],
    mitigation: 'Ask the person for the address again and confirm it with a one-time code.',
    references: cite('S4', 'S1'),
  },
  check(profile, context) {
    return (profile.emails ?? []).flatMap((email, index) => {
      if (sharedEmail(email.address)?.valid) return [];
      return [
        context.finding('malformed', {
          level: 'undeliverable',
          data: { address: quoteSafely(email.address, profile) },
          path: `emails[${index}].address`,
        }),
      ];
    });
  },
});
