import { defineRule } from '../../engine/define-rule.js';
import { metadataCanIdentifyVoip, normalizePhone, phoneLineTypeFromMetadata } from '../../normalize/phone.js';
import { cite } from '../_lib/references.js';
import { defaultPhoneCountry } from './_lib/phone-country.js';
import { quoteSafely } from '../identity/_lib/quote.js';

/** Line types a carrier lookup reports for internet numbers not tied to a service address. */
const NOMADIC_VOIP = new Set(['voip', 'non-fixed-voip']);

/**
 * A phone number is a non-fixed VoIP line (app or web numbers anyone can register from anywhere)
 * rather than a carrier mobile or landline. Mandiant lists VoIP numbers as a signal. The line type
 * comes from a carrier lookup (`phones[].lineType`) when there is one; otherwise from the numbering
 * plan, which marks VoIP ranges only in some countries (UK 056, France 09, Japan 050, ...: see
 * VOIP_METADATA_REGIONS). It never does for US numbers, which need a carrier lookup.
 */
export const voipPhoneNumber = defineRule({
  id: 'voip-phone-number',
  meta: {
    description: 'A phone number on file is a non-fixed VoIP line rather than a carrier mobile or landline.',
    category: 'contact',
    severity: 'low',
    weight: 10,
    group: 'voip-phone',
    levels: {
      'carrier-voip': {
        description: 'A carrier lookup reports a non-fixed VoIP line.',
        likelihoodRatio: 4,
        basis: {
          kind: 'benchmark',
          note: 'Labelled benchmark: 34 % of fraudulent vs 5 % of legitimate profiles (ratio 6.8); set between that and the earlier judgement of 3. Mandiant lists VoIP numbers as a signal, but many legitimate people use Google Voice or app numbers; weak on its own.',
        },
      },
      'voip-range': {
        description: 'The numbering plan puts the number in a VoIP range (no carrier lookup).',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'The range says the line can be VoIP, not that it is an app number anyone can register; weaker than a carrier lookup.',
        },
      },
    },
    defaultLevel: 'carrier-voip',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      carrier:
        'The phone number "{{number}}" is a VoIP line ({{carrier}}), per the carrier lookup. Internet numbers can be registered from anywhere and say nothing about where the person is.',
      numberingPlan:
        'The phone number "{{number}}" is in a range reserved for VoIP services in {{country}}. Internet numbers can be registered from anywhere and say nothing about where the person is.',
    },
    requires: ['phones'],
    mitigates: ['identity-verification'],
    indicators: ['con-voip-phone'],
    falsePositives: [
      'Many people legitimately use VoIP numbers (Google Voice for privacy, app numbers while travelling).',
      'Fixed VoIP from a cable or fibre provider is a home line and is not flagged.',
    ],
    mitigation:
      'Weigh it only together with other signals; ask for a carrier mobile number and confirm it with a one-time code on a live call.',
    references: cite('S20'),
  },
  check(profile, context) {
    const country = defaultPhoneCountry(profile);
    let decided = 0;
    const findings = (profile.phones ?? []).flatMap((phone, index) => {
      const path = `phones[${index}]`;
      if (phone.lineType !== undefined && phone.lineType !== 'unknown') {
        decided += 1;
        if (!NOMADIC_VOIP.has(phone.lineType)) return [];
        return [
          context.finding('carrier', {
            level: 'carrier-voip',
            data: {
              number: quoteSafely(phone.number, profile),
              carrier: phone.carrier ?? 'carrier not named',
            },
            path: `${path}.lineType`,
            evidence: { lineType: phone.lineType, source: 'carrier lookup' },
          }),
        ];
      }
      const parsed = normalizePhone(phone.number, country);
      if (!parsed?.valid || !metadataCanIdentifyVoip(parsed.country ?? parsed.callingCode)) return [];
      decided += 1;
      if (phoneLineTypeFromMetadata(parsed) !== 'voip') return [];
      return [
        context.finding('numberingPlan', {
          level: 'voip-range',
          data: {
            number: quoteSafely(phone.number, profile),
            country: parsed.country ?? `+${parsed.callingCode}`,
          },
          path: `${path}.number`,
          evidence: { e164: quoteSafely(parsed.e164, profile), source: 'numbering-plan metadata' },
        }),
      ];
    });
    if (decided === 0)
      return context.skip(
        'phones[].lineType (a carrier lookup; numbering plans cannot tell VoIP for these numbers)',
      );
    return findings;
  },
});
