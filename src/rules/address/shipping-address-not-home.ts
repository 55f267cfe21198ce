import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { normalizeAddress } from '../../normalize/address.js';
import type { FindingDraft } from '../../engine/types.js';
import type { Address } from '../../schema/profile.js';
import { addressText } from '../_lib/address-text.js';
import { destinationPath, destinations } from '../_lib/destinations.js';
import { cite } from '../_lib/references.js';

const isHome = (address: Address) => address.purpose === 'home';

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
    const addresses = profile.addresses ?? [];
    const home = addresses.find(isHome);
    const targets = destinations(profile);
    if (!home) return context.skip('home address (addresses with purpose "home")');
    if (targets.length === 0)
      return context.skip('shipping address (addresses with purpose "shipping" or devices[].shippedTo)');

    // A profile has a home or two and a destination or two: arrays, in first-seen order, for sets.
    const homeKeys: string[] = [];
    for (const address of addresses) {
      const key = address.purpose === 'home' ? normalizeAddress(address)?.fullKey : undefined;
      if (key && !homeKeys.includes(key)) homeKeys.push(key);
    }
    let seen: string[] | undefined;
    let findings: FindingDraft[] | undefined;
    for (const target of targets) {
      const address = target.address;
      if (address.deliveryType === 'commercial' && !context.options.flagCommercial) continue;
      const key = normalizeAddress(address)?.fullKey;
      if (key === undefined || homeKeys.includes(key) || seen?.includes(key)) continue;
      (seen ??= []).push(key);
      (findings ??= []).push(
        context.finding('differs', {
          data: { shipping: addressText(address), home: addressText(home) },
          path: destinationPath(target),
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
