import { defineRule } from '../../engine/define-rule.js';
import { normalizePhone } from '../../normalize/phone.js';
import { cite } from '../_lib/references.js';
import { quoteSafely } from '../identity/_lib/quote.js';

/**
 * A phone number belongs to a different country than the one the person says they live in. Both are
 * the person's own statements; the rule compares them and never the person's origin. Only the
 * country counts: a US number kept from another state is ordinary and never a finding.
 */
export const phoneCountryMismatch = defineRule({
  id: 'phone-country-mismatch',
  meta: {
    description: 'A phone number\u2019s country differs from the claimed country of residence.',
    category: 'contact',
    severity: 'low',
    weight: 8,
    group: 'location-consistency',
    levels: {
      'foreign-number': {
        description:
          'A valid number with an explicit country code of another country than the claimed residence.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'Recent movers and people who keep an old number are common; weak.',
        },
      },
    },
    defaultLevel: 'foreign-number',
    presets: ['strict'],
    status: 'experimental',
    messages: {
      differs:
        'The phone number "{{number}}" is a {{phoneCountry}} number, but the person says they live in {{claimedCountry}}.',
    },
    requires: ['claimed.country', 'phones'],
    mitigates: ['identity-verification'],
    indicators: ['con-phone-region-mismatch'],
    falsePositives: [
      'A recent move, or a number kept from a previous country of residence.',
      'Cross-border commuters and people near a border (Canada and the US share +1).',
    ],
    mitigation:
      'Ask about the number; weigh it only with other location signals (login countries, shipping address).',
    references: cite('S1', 'S2'),
  },
  check(profile, context) {
    const claimedCountry = profile.claimed?.country;
    if (!claimedCountry) return undefined;
    return (profile.phones ?? []).flatMap((phone, index) => {
      // Numbers without '+' are read in the claimed country, so only explicit country codes can differ.
      const parsed = normalizePhone(phone.number, claimedCountry);
      if (!parsed?.valid || parsed.country === undefined || parsed.country === claimedCountry) return [];
      return [
        context.finding('differs', {
          level: 'foreign-number',
          data: { number: quoteSafely(phone.number, profile), phoneCountry: parsed.country, claimedCountry },
          path: `phones[${index}].number`,
          evidence: { e164: quoteSafely(parsed.e164, profile), phoneCountry: parsed.country, claimedCountry },
        }),
      ];
    });
  },
});
