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
 * Secureworks, LevelBlue), so it weighs most; other consumer VPNs are weak. Same group as the VPN egress
 * rules: a VPN client and the VPN logins it makes are one observation. Personal devices
 * (`managed: false`) are left alone: a personal VPN there is the person's business.
 */
export const consumerVpnClient = defineRule({
  id: 'consumer-vpn-client',
  meta: {
    description: 'A consumer VPN client (notably Astrill) is installed on a company-managed device.',
    category: 'remote-access',
    severity: 'medium',
    weight: 40,
    group: 'vpn-use',
    levels: {
      'reported-vpn': {
        description: 'A VPN client named in North Korean IT-worker reporting (Astrill) on a company device.',
        likelihoodRatio: 20,
        basis: {
          kind: 'judgement',
          note: 'Mandiant, Secureworks and LevelBlue name Astrill [S20][S27][S41]; its legitimate users are mostly people inside China, rare in a western workforce, but a personal install on a work laptop still happens: the top of the moderate band.',
        },
      },
      'consumer-vpn': {
        description: 'Another consumer VPN client (NordVPN, ExpressVPN, ...) on a company device.',
        likelihoodRatio: 2,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Consumer VPNs are widely used for privacy and streaming; a work laptop with one is a policy matter, barely evidence of fraud.',
        },
      },
    },
    defaultLevel: 'reported-vpn',
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
      'A VPN the organisation sanctions: list its catalog id in allowedClients or the organisation\u2019s sanctionedVpnClients.',
    ],
    mitigation:
      'Remove the client, ask why it was needed, and compare the laptop\u2019s egress with the home address on file.',
    references: cite('S20', 'S27', 'S41', 'S33'),
  },
  check(profile, context) {
    const hits = softwareHits(profile, VPN_PROVIDERS).filter(
      ({ entry, managed }) =>
        managed !== false &&
        !context.options.allowedClients.includes(entry.id) &&
        !context.organization.isSanctionedVpnClient(entry.id),
    );
    return byDevice(hits).flatMap((providers) =>
      providers.map((hit) => {
        // Astrill's tie to the activity is reported; the rest are general consumer VPNs.
        const named = hit.entry.reporting === 'dprk';
        return context.finding('installed', {
          data: { provider: hit.entry.name, device: hit.deviceId },
          path: hit.path,
          evidence: { provider: hit.entry.id, name: hit.name, reporting: hit.entry.reporting },
          level: named ? 'reported-vpn' : 'consumer-vpn',
          ...(named ? {} : { weight: 20 }),
        });
      }),
    );
  },
});
