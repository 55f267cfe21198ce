import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { normalizeAddress } from '../../normalize/address.js';
import type { PostalAddress, Profile } from '../../schema/profile.js';
import { addressText } from '../_lib/address-text.js';
import { cite } from '../_lib/references.js';

interface Destination {
  address: PostalAddress;
  path: string;
}

function destinations(profile: Profile): Destination[] {
  const out: Destination[] = [];
  profile.addresses?.forEach((address, index) => {
    if (address.purpose === 'shipping') out.push({ address, path: `addresses[${index}]` });
  });
  profile.devices?.forEach((device, index) => {
    if (device.shippedTo) out.push({ address: device.shippedTo, path: `devices[${index}].shippedTo` });
  });
  return out;
}

/**
 * The laptop is to go somewhere other than the home address. In the KnowBe4 case and the DOJ laptop-farm
 * cases the equipment went to a facilitator's house, not to the hire.
 */
export const shippingAddressNotHome = defineRule({
  id: 'shipping-address-not-home',
  meta: {
    description: 'Company equipment is shipped to an address other than the home address on file.',
    category: 'address',
    severity: 'high',
    weight: 40,
    // Both say the laptop is not going to the hire; a mail drop that is also not home counts once.
    group: 'equipment-destination',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      flagCommercial: z
        .boolean()
        .default(false)
        .describe(
          'Also flag destinations that address validation marks commercial (an office, a coworking front desk). Laptop farms are homes; mailbox stores and forwarders are `shipping-to-mail-drop`.',
        ),
    }),
    messages: {
      differs:
        'Equipment is to be shipped to {{shipping}}, which is not the home address on file ({{home}}). Laptop farms receive company laptops at a facilitator\u2019s address.',
    },
    requires: ['addresses'],
    mitigates: ['logistics-and-money'],
    indicators: ['adr-ship-elsewhere'],
    falsePositives: [
      'A temporary stay or a relative\u2019s home while moving.',
      'A secure-delivery preference such as a locker near home.',
      'Shipping to the employer\u2019s office or a coworking space: clear when address validation marks the destination commercial (option flagCommercial).',
    ],
    mitigation:
      'Confirm the home address with the person on a live video call and ship only to a verified home address, or arrange in-person pickup with an ID check.',
    references: cite('S3', 'S27', 'S20'),
  },
  check(profile, context) {
    const homes = (profile.addresses ?? []).filter((address) => address.purpose === 'home');
    const targets = destinations(profile);
    if (homes.length === 0) return context.skip('home address (addresses with purpose "home")');
    if (targets.length === 0)
      return context.skip('shipping address (addresses with purpose "shipping" or devices[].shippedTo)');

    const homeKeys = new Set<string>();
    for (const home of homes) {
      const key = normalizeAddress(home)?.fullKey;
      if (key) homeKeys.add(key);
    }
    const seen = new Set<string>();
    const findings = [];
    for (const { address, path } of targets) {
      if (address.deliveryType === 'commercial' && !context.options.flagCommercial) continue;
      const key = normalizeAddress(address)?.fullKey;
      if (key === undefined || homeKeys.has(key) || seen.has(key)) continue;
      seen.add(key);
      findings.push(
        context.finding('differs', {
          data: { shipping: addressText(address), home: addressText(homes[0] as PostalAddress) },
          path,
          evidence: {
            shippingKey: key,
            homeKeys: [...homeKeys],
            deliveryType: address.deliveryType ?? 'unknown',
          },
        }),
      );
    }
    return findings;
  },
});
