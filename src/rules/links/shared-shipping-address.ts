import { cite } from '../_lib/references.js';
import { ADDRESS_CORROBORATION, ADDRESS_LEVELS, isOfficeAddress, isOwnHome } from './_lib/address-levels.js';
import { sharedKeyRule } from './_lib/shared-key-rule.js';

/**
 * Several identities have equipment shipped to one address: the laptop-farm signature. Chapman kept
 * 90+ company computers at one home [S7]; the June 2025 action searched 29 farms holding ~200 [S6].
 */
export const sharedShippingAddress = sharedKeyRule({
  id: 'shared-shipping-address',
  attribute: 'shipping-address',
  meta: {
    description: 'Company equipment for this profile ships to an address that other identities also use.',
    messages: {
      shared:
        'Equipment for this profile ships to {{key}}, an address {{count}} different identities use ({{others}}), across {{organizations}} organisation(s). Laptop farms receive many hires\u2019 laptops at one address.',
    },
    severity: 'medium',
    weight: 25,
    group: 'equipment-destination',
    presets: ['recommended'],
    status: 'stable',
    mitigates: ['logistics-and-money'],
    indicators: ['xp-shared-address'],
    falsePositives: [
      'Couples or roommates who both work remotely and receive equipment at home.',
      'A company office or coworking space (declare it among the organisation\u2019s offices).',
      'Student housing or co-living buildings with one street address (units keep them apart when recorded).',
    ],
    mitigation:
      'Compare the profiles listed: verify each person\u2019s home address on a live video call, stop shipping to the shared address, and arrange in-person pickup with an ID check.',
    references: cite('S6', 'S7', 'S3'),
  },
  levels: ADDRESS_LEVELS,
  corroboratedBy: ADDRESS_CORROBORATION,
  // Where the laptop goes is one fact: this, shipping-address-not-home and shipping-to-mail-drop count once.
  present: (profile) =>
    (profile.addresses ?? []).some((address) => address.purpose === 'shipping') ||
    (profile.devices ?? []).some((device) => device.shippedTo !== undefined),
  // The employer's own office receives its staff's equipment by design; a shared home is the home rule's.
  ownedByOrganization: (profile, match, organization) =>
    isOwnHome(profile, match) || isOfficeAddress(profile, match, organization),
  missing: 'shipping address (addresses with purpose "shipping" or devices[].shippedTo)',
});
