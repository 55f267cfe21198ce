import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { VPN_PROVIDERS } from '../../intel/catalogs/vpn-providers.js';
import { cite } from '../_lib/references.js';
import { byDevice, catalogIdList, softwareHits } from './_lib/software.js';

const options = z.object({
  allowedClients: catalogIdList(VPN_PROVIDERS, 'VPN catalog ids the organisation sanctions on its devices.'),
});

/**
 * A consumer VPN client on a company device. Astrill is the provider IT-worker reporting names (Mandiant,
 * Secureworks, LevelBlue), so it is high; other consumer VPNs are medium. Personal devices
 * (`managed: false`) are left alone: a personal VPN there is the person's business.
 */
export const consumerVpnClient = defineRule({
  id: 'consumer-vpn-client',
  meta: {
    description: 'A consumer VPN client (notably Astrill) is installed on a company-managed device.',
    category: 'remote-access',
    severity: 'high',
    weight: 40,
    group: 'vpn-client',
    presets: ['recommended'],
    // The signal is sourced; the clients' process names are not (docs/indicators.md marks them unconfirmed).
    status: 'experimental',
    options,
    messages: {
      installed:
        '{{provider}} is installed on company device {{device}}. A consumer VPN on a work laptop hides where the laptop is used from; Astrill in particular recurs in North Korean IT-worker cases.',
    },
    requires: ['devices[].software'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['sw-consumer-vpn-client'],
    falsePositives: [
      'A personal VPN on a personal (BYOD) device: mark the device managed: false.',
      'A VPN the organisation sanctions: list its catalog id in allowedClients.',
    ],
    mitigation:
      'Remove the client, ask why it was needed, and compare the laptop\u2019s egress with the home address on file.',
    references: cite('S20', 'S27', 'S41', 'S33'),
  },
  check(profile, context) {
    const hits = softwareHits(profile, VPN_PROVIDERS).filter(
      ({ entry, managed }) => managed !== false && !context.options.allowedClients.includes(entry.id),
    );
    return byDevice(hits).flatMap((providers) =>
      providers.map((hit) => {
        // Astrill's tie to the activity is reported; the rest are general consumer VPNs.
        const named = hit.entry.reporting === 'dprk';
        return context.finding('installed', {
          data: { provider: hit.entry.name, device: hit.deviceId },
          path: hit.path,
          evidence: { provider: hit.entry.id, name: hit.name, reporting: hit.entry.reporting },
          ...(named ? {} : { severity: 'medium' as const, weight: 20 }),
        });
      }),
    );
  },
});
