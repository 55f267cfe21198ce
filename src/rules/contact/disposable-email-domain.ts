import { defineRule } from '../../engine/define-rule.js';
import { isDisposableEmailDomain, sharedEmail } from '../../normalize/email.js';
import { cite } from '../_lib/references.js';
import { quoteSafely } from '../identity/_lib/quote.js';

/**
 * An e-mail address at a throwaway-mailbox service (per the maintained `disposable-email-domains`
 * list). A candidate who means to be reached for months rarely applies from a mailbox built to
 * vanish; personas are cheap to make and cheaper to discard.
 */
export const disposableEmailDomain = defineRule({
  id: 'disposable-email-domain',
  meta: {
    description: 'An e-mail address on file is at a disposable (throwaway) mailbox domain.',
    category: 'contact',
    severity: 'medium',
    weight: 20,
    group: 'email-quality',
    levels: {
      'disposable-domain': {
        description: 'The domain is on the maintained disposable-mailbox list.',
        likelihoodRatio: 5,
        basis: {
          kind: 'judgement',
          note: 'Few candidates who mean to be reached for months apply from a throwaway mailbox, but forwarding-alias services and listing mistakes are innocent look-alikes; moderate.',
        },
      },
    },
    defaultLevel: 'disposable-domain',
    presets: ['strict'],
    status: 'experimental',
    messages: {
      disposable:
        'The e-mail address "{{address}}" is at {{domain}}, a throwaway-mailbox service. Such mailboxes are made to be discarded and tie the person to nothing.',
    },
    requires: ['emails'],
    mitigates: ['identity-verification'],
    indicators: ['con-email-identity-mismatch'],
    falsePositives: [
      'Privacy-minded applicants who use forwarding aliases (some alias services appear on the list).',
      'A domain listed by mistake on the community-maintained list.',
    ],
    mitigation: 'Ask for a lasting personal address and confirm it with a one-time code.',
    references: cite('S4', 'S20'),
  },
  check(profile, context) {
    return (profile.emails ?? []).flatMap((email, index) => {
      const parsed = sharedEmail(email.address);
      if (!parsed?.valid || !isDisposableEmailDomain(parsed.domain)) return [];
      return [
        context.finding('disposable', {
          level: 'disposable-domain',
          data: { address: quoteSafely(parsed.address, profile), domain: parsed.domain },
          path: `emails[${index}].address`,
          evidence: { domain: parsed.domain, list: 'disposable-email-domains' },
        }),
      ];
    });
  },
});
