import { defineRule } from '../../engine/define-rule.js';
import { normalizePhone } from '../../normalize/phone.js';
import { cite } from '../_lib/references.js';
import { defaultPhoneCountry } from './_lib/phone-country.js';
import { quoteSafely } from '../identity/_lib/quote.js';

/**
 * A phone number on file that no network could ring: not a number at all, the wrong length, or in a
 * range that was never assigned (checked against libphonenumber's numbering-plan metadata). Contact
 * data that does not hold together is one of the inconsistencies public guidance asks employers to
 * look for; a typo is the usual innocent cause, so the weight is low.
 */
export const phoneNumberInvalid = defineRule({
  id: 'phone-number-invalid',
  meta: {
    description: 'A phone number on file is impossible or not a valid number in its numbering plan.',
    category: 'contact',
    severity: 'low',
    weight: 8,
    group: 'contact-validity',
    levels: {
      'malformed-number': {
        description: 'The number has the wrong length or form for any numbering plan.',
        likelihoodRatio: 1.5,
        basis: { kind: 'judgement', note: 'Usually a typo when the number was entered; barely evidence.' },
      },
      'unassigned-range': {
        description: 'The number has the right length but is in a range never assigned.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'A typo in one digit or a number written without its country code does the same; weak.',
        },
      },
    },
    defaultLevel: 'unassigned-range',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      impossible:
        'The phone number "{{number}}" cannot be a real number{{where}}: it has the wrong length or form.',
      invalid:
        'The phone number "{{number}}" has the right length but is not in an assigned range{{where}}; no one can be reached on it.',
    },
    requires: ['phones'],
    mitigates: ['identity-verification'],
    indicators: ['idn-name-inconsistent', 'con-phone-region-mismatch'],
    falsePositives: [
      'A typo when the number was entered.',
      'A number in a range newer than the library\u2019s numbering-plan metadata (update libphonenumber-js).',
      'A number written without its country code for a country other than the claimed one.',
    ],
    mitigation:
      'Call the number, or ask the person to confirm it with a one-time code, before relying on it.',
    references: cite('S1', 'S2'),
  },
  check(profile, context) {
    const country = defaultPhoneCountry(profile);
    const where = country ? ` (read as a ${country} number unless it has a country code)` : '';
    return (profile.phones ?? []).flatMap((phone, index) => {
      const parsed = normalizePhone(phone.number, country);
      if (parsed?.valid) return [];
      const messageId = parsed?.possible ? 'invalid' : 'impossible';
      return [
        context.finding(messageId, {
          level: messageId === 'invalid' ? 'unassigned-range' : 'malformed-number',
          data: { number: quoteSafely(phone.number, profile), where },
          path: `phones[${index}].number`,
          evidence: {
            parsed: parsed ? quoteSafely(parsed.e164, profile) : 'not a phone number',
            possible: parsed?.possible ?? false,
          },
        }),
      ];
    });
  },
});
