import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { normalizeAddress } from '../../normalize/address.js';
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
    severity: 'medium',
    weight: 40,
    // Both say the laptop is not going to the hire; a mail drop that is also not home counts once.
    group: 'equipment-destination',
    levels: {
      'residential-elsewhere': {
        description:
          'A destination that is not the home on file and not a declared office: a residential address, or one whose type address validation did not give.',
        likelihoodRatio: 6,
        severity: 'medium',
        basis: {
          kind: 'benchmark',
          note: 'Lowered so that two of the commonest look-alikes together stay below review: naive combination overcounts look-alikes that co-occur in a varied workforce, while the scheme\u2019s corroborating signals are far stronger. Labelled benchmark: 72 % vs 7.1 % (ratio 10); close to the earlier judgement of 8. The KnowBe4 and DOJ laptop-farm cases shipped to a facilitator\u2019s house [S3][S27], but relatives\u2019 homes and temporary stays (docs/indicators.md adr-ship-elsewhere) are common around a job change; the shared-address link rules supply the corroboration.',
        },
      },
      'commercial-elsewhere': {
        description:
          'A destination that address validation marks commercial and the organisation did not declare an office (only with flagCommercial).',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Laptop farms are homes; a commercial address is mostly a workplace, a coworking desk or a reception that takes parcels. Weak context.',
        },
      },
    },
    defaultLevel: 'residential-elsewhere',
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
      'Shipping to the employer\u2019s office or a coworking space: declare it in the organisation\u2019s offices; otherwise clear when address validation marks the destination commercial (option flagCommercial).',
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

    const homeKeys = new Set(
      addresses.filter(isHome).flatMap((address) => normalizeAddress(address)?.fullKey ?? []),
    );
    const seen = new Set<string>();
    return targets.flatMap((target) => {
      const address = target.address;
      const commercial = address.deliveryType === 'commercial';
      if (commercial && !context.options.flagCommercial) return [];
      if (context.organization.isOffice(address)) return [];
      const key = normalizeAddress(address)?.fullKey;
      if (key === undefined || homeKeys.has(key) || seen.has(key)) return [];
      seen.add(key);
      return [
        context.finding('differs', {
          data: { shipping: addressText(address), home: addressText(home) },
          path: destinationPath(target),
          level: commercial ? 'commercial-elsewhere' : 'residential-elsewhere',
          evidence: {
            shippingKey: key,
            homeKeys: [...homeKeys],
            deliveryType: address.deliveryType ?? 'unknown',
          },
        }),
      ];
    });
  },
});
