import { cite } from '../_lib/references.js';
import { ADDRESS_CORROBORATION, ADDRESS_LEVELS } from './_lib/address-levels.js';
import { sharedKeyRule } from './_lib/shared-key-rule.js';

/**
 * Different identities give one home address (or one's home is where others' laptops go). A family of
 * two or three sharing a family name at one home is exempt as a household.
 */
export const sharedHomeAddress = sharedKeyRule({
  id: 'shared-home-address',
  attribute: 'home-address',
  meta: {
    description: 'The home address on this profile is also used by other identities.',
    messages: {
      shared:
        'The home address {{key}} is also used by other identities ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). Laptop farms host many workers\u2019 equipment at one home.',
    },
    severity: 'medium',
    weight: 25,
    group: 'shared-address',
    presets: ['recommended'],
    status: 'stable',
    mitigates: ['logistics-and-money', 'identity-verification'],
    indicators: ['xp-shared-address'],
    falsePositives: [
      'Couples, relatives with different family names, or roommates who are all employed.',
      'Co-living and student housing recorded without unit numbers.',
    ],
    mitigation:
      'Check whether the people listed plausibly share a home (family, roommates) with each of them directly; verify identities live on video before any equipment ships.',
    references: cite('S6', 'S7'),
  },
  levels: ADDRESS_LEVELS,
  corroboratedBy: ADDRESS_CORROBORATION,
  present: (profile) => (profile.addresses ?? []).some((address) => address.purpose === 'home'),
  missing: 'home address (addresses with purpose "home")',
});
