import { defineRule } from '../../engine/define-rule.js';
import { normalizeAddress } from '../../normalize/address.js';
import type { PostalAddress } from '../../schema/profile.js';
import { addressText } from '../_lib/address-text.js';
import { destinationPath, destinations } from '../_lib/destinations.js';
import { cite } from '../_lib/references.js';

const DROP_WORDS = {
  cmra: 'a commercial mail-receiving agency (a mailbox store)',
  'po-box': 'a PO box',
  forwarder: 'a package or freight forwarder',
  'carrier-pickup': 'a carrier hold-for-pickup location',
  vacant: 'a vacant property',
} as const;

type DropType = keyof typeof DROP_WORDS;

function dropType(address: PostalAddress): DropType | undefined {
  const declared = address.deliveryType;
  if (declared && declared in DROP_WORDS) return declared as DropType;
  if (declared === undefined || declared === 'unknown')
    return normalizeAddress(address)?.kind === 'po-box' ? 'po-box' : undefined;
  return undefined;
}

/**
 * Equipment goes to a mail drop rather than a residence: a mailbox store, PO box, forwarder, carrier
 * pickup point or vacant property. In the KnowBe4 case the laptop was collected at a carrier facility
 * (secondary report); SEAL lists addresses that are empty or business venues. Distinct from
 * `shipping-address-not-home`, which compares the destination with the home address.
 */
export const shippingToMailDrop = defineRule({
  id: 'shipping-to-mail-drop',
  meta: {
    description:
      'Company equipment is to be shipped to a mailbox store, PO box, forwarder, carrier pickup point or vacant property.',
    category: 'hiring',
    severity: 'medium',
    weight: 25,
    // Both say the laptop is not going to the hire; a mail drop that is also not home counts once.
    group: 'equipment-destination',
    levels: {
      'forwarder-or-vacant': {
        description: 'A package or freight forwarder, or a vacant property.',
        likelihoodRatio: 15,
        basis: {
          kind: 'judgement',
          note: 'Facilitators reship laptops abroad [S3] and SEAL lists empty addresses [S35]; a new hire has little reason to route a company laptop through a forwarder, but expatriates and people between homes do.',
        },
      },
      'mailbox-or-pickup': {
        description: 'A mailbox store (CMRA), a PO box or a carrier hold-for-pickup location.',
        likelihoodRatio: 5,
        basis: {
          kind: 'judgement',
          note: 'The KnowBe4 laptop was collected at a carrier facility (secondary) [S32], but rural PO boxes, theft-prone streets and people away at work use these honestly (docs/indicators.md adr-address-type-risk).',
        },
      },
    },
    defaultLevel: 'mailbox-or-pickup',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      drop: 'Equipment is to be shipped to {{address}}, which is {{dropType}}, not a residence. Laptop farms and reshippers receive company laptops at mail drops and pickup points.',
    },
    requires: [],
    reads: ['addresses', 'devices[].shippedTo'],
    mitigates: ['logistics-and-money'],
    indicators: ['adr-address-type-risk'],
    falsePositives: [
      'A rural PO box that is the person\u2019s own postal address (the home address on file is the same box: clear by design).',
      'An apartment building\u2019s package locker or mail room (same building as the home address: clear by design).',
    ],
    mitigation:
      'Ship only to a verified residential home address, or arrange in-person pickup with an identity check against the person seen on video.',
    references: cite('S35', 'S3', 'S20'),
  },
  check(profile, context) {
    const targets = destinations(profile);
    if (targets.length === 0)
      return context.skip('shipping address (addresses with purpose "shipping" or devices[].shippedTo)');
    const drops = targets.flatMap((target) => {
      const type = dropType(target.address);
      return type ? [{ ...target, type }] : [];
    });
    // Most destinations are residences: the homes are normalised only when there is a drop to compare.
    if (drops.length === 0) return undefined;
    const homes = (profile.addresses ?? [])
      .filter((address) => address.purpose === 'home')
      .map((address) => normalizeAddress(address))
      .filter((n) => n !== undefined);
    const homeKeys = new Set(homes.flatMap((n) => [n.fullKey, n.buildingKey]));
    const seen = new Set<string>();
    return drops.flatMap((drop) => {
      const { address, type } = drop;
      const normalized = normalizeAddress(address);
      // The person's own box, or a locker in their own building, is where their mail goes anyway.
      if (normalized && (homeKeys.has(normalized.fullKey) || homeKeys.has(normalized.buildingKey))) return [];
      if (context.organization.isOffice(address)) return [];
      const key = normalized?.fullKey ?? addressText(address);
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        context.finding('drop', {
          level: type === 'forwarder' || type === 'vacant' ? 'forwarder-or-vacant' : 'mailbox-or-pickup',
          data: { address: addressText(address), dropType: DROP_WORDS[type] },
          path: destinationPath(drop),
          evidence: { deliveryType: type, ...(normalized ? { addressKey: normalized.fullKey } : {}) },
        }),
      ];
    });
  },
});
