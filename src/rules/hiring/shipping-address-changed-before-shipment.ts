import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { countOption } from '../_lib/option-schemas.js';
import { normalizeAddress } from '../../normalize/address.js';
import type { Address } from '../../schema/profile.js';
import { addressText } from '../_lib/address-text.js';
import { cite } from '../_lib/references.js';
import { instantOf } from '../_lib/time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Change {
  index: number;
  at: number;
  address: Address;
}

function keyOf(address: Address): string {
  return normalizeAddress(address)?.fullKey ?? addressText(address).toLowerCase();
}

/**
 * The shipping address for company equipment changed shortly before the device shipped, or changed
 * repeatedly. Secureworks saw fake contractors ask for delivery-address changes that rerouted laptops
 * to farms. The 14-day window and the 2-change step to high are docs/indicators.md defaults, not sourced values.
 */
export const shippingAddressChangedBeforeShipment = defineRule({
  id: 'shipping-address-changed-before-shipment',
  meta: {
    description:
      'The shipping address changed shortly before company equipment shipped, or changed more than once.',
    category: 'hiring',
    severity: 'medium',
    weight: 25,
    group: 'shipping-changes',
    levels: {
      'changed-once': {
        description: 'The shipping address changed once in the window before the laptop shipped.',
        likelihoodRatio: 4,
        basis: {
          kind: 'judgement',
          note: 'Secureworks saw delivery addresses changed to reroute laptops [S27], but a genuine move around a job change (docs/indicators.md adr-ship-address-changed) does the same once.',
        },
      },
      'changed-repeatedly': {
        description:
          'The shipping address changed two or more times in the window before the laptop shipped.',
        likelihoodRatio: 15,
        basis: {
          kind: 'judgement',
          note: 'BfV describes addresses changing continuously (secondary) [S34]; one move explains one change, rarely two in two weeks. Still short of review alone.',
        },
      },
    },
    defaultLevel: 'changed-once',
    presets: ['recommended'],
    status: 'stable',
    options: z.object({
      windowDays: countOption(
        14,
        'A shipping-address change this many days or fewer before a device shipped is counted (our default).',
      ),
    }),
    messages: {
      changed:
        'The shipping address changed {{changes}} in the {{windowDays}} days before device {{device}} shipped on {{shippedOn}}, most recently to {{address}}. Fake workers reroute laptops to farms by changing the delivery address late.',
    },
    requires: ['addresses', 'devices[].shippedAt'],
    mitigates: ['logistics-and-money'],
    indicators: ['adr-ship-address-changed'],
    falsePositives: [
      'A genuine move around the job change, where the home address changed to the same new address (clear by design).',
      'A change back to the home address on file (clear by design).',
    ],
    mitigation:
      'Hold the shipment, confirm the new address with the person on a live video call and through a contact already on file, and ship only to a verified home address.',
    references: cite('S27', 'S3', 'S20'),
  },
  check(profile, context) {
    const addresses = profile.addresses ?? [];
    const history: Change[] = [];
    addresses.forEach((address, index) => {
      const at = address.purpose === 'shipping' ? instantOf(address.recordedAt) : undefined;
      if (at !== undefined) history.push({ address, index, at });
    });
    if (history.length < 2) return undefined;
    history.sort((a, b) => a.at - b.at || a.index - b.index);

    // A change is a later shipping record with a different address, other than a move to the home on file.
    const homeKeys = new Set(addresses.filter((a) => a.purpose === 'home').map(keyOf));
    const changes: Change[] = [];
    let previousKey = keyOf((history[0] as Change).address);
    for (const entry of history.slice(1)) {
      const key = keyOf(entry.address);
      if (key !== previousKey && !homeKeys.has(key)) changes.push(entry);
      previousKey = key;
    }
    if (changes.length === 0) return undefined;

    const windowMs = context.options.windowDays * DAY_MS;
    return (profile.devices ?? []).flatMap((device) => {
      const shipped = instantOf(device.shippedAt);
      if (shipped === undefined) return [];
      const recent = changes.filter((c) => c.at <= shipped && shipped - c.at <= windowMs);
      const last = recent.at(-1);
      if (!last) return [];
      const many = recent.length >= 2;
      return [
        context.finding('changed', {
          level: many ? 'changed-repeatedly' : 'changed-once',
          data: {
            changes: recent.length === 1 ? 'once' : `${recent.length} times`,
            windowDays: context.options.windowDays,
            device: device.id,
            shippedOn: new Date(shipped).toISOString().slice(0, 10),
            address: addressText(last.address),
          },
          path: `addresses[${last.index}]`,
          evidence: { changedAt: recent.map((c) => new Date(c.at).toISOString()), deviceId: device.id },
          ...(many ? { weight: 40 } : {}),
        }),
      ];
    });
  },
});
