import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { countOption, shareOption, windowDaysOption } from '../_lib/option-schemas.js';
import { optionText } from '../_lib/option-text.js';
import { cite } from '../_lib/references.js';
import {
  anonymiserOf,
  egressAllowlist,
  isInteractiveWorkLogin,
  loginsInWindow,
  percent,
} from './_lib/egress.js';

const options = z.object({
  // docs/indicators.md net-anonymizer: "> 20 % over 30 days" is a suggested default, not a sourced figure.
  maxShare: shareOption(0.2, 'Largest share of interactive logins through anonymisers that stays clear.'),
  windowDays: windowDaysOption(30),
  minLogins: countOption(5, 'Fewest classified logins in the window for a share to mean anything.'),
  ...egressAllowlist,
});

const tooFewLogins = optionText(
  (minLogins, windowDays) =>
    `at least ${minLogins} interactive logins with a known connection type in the last ${windowDays} days`,
);

/**
 * Most of a worker's sign-ins come through a VPN, proxy, Tor or a hosting range. The 2022 advisory, the
 * St. Louis indictment and Microsoft all describe IT workers hiding their location this way.
 */
export const anonymizedLoginShare = defineRule({
  id: 'anonymized-login-share',
  meta: {
    description:
      'A large share of interactive logins comes through VPNs, proxies, Tor or hosting (data-centre) networks.',
    category: 'network',
    severity: 'medium',
    weight: 25,
    group: 'vpn-use',
    levels: {
      'consumer-vpn-some-logins': {
        description:
          'VPN or proxy logins above the allowed share, but no more than half of the classified logins.',
        likelihoodRatio: 4,
        basis: {
          kind: 'judgement',
          note: 'Personal VPNs are common among privacy-minded staff and travellers, who turn them on for some sessions; a minority of anonymised logins is only a little likelier for a hidden worker.',
        },
      },
      'consumer-vpn-most-logins': {
        description: 'More than half of the classified logins come through VPNs or proxies.',
        likelihoodRatio: 8,
        basis: {
          kind: 'judgement',
          note: 'A worker hiding their location keeps the VPN on for nearly every session (2022 advisory, St. Louis indictment); some legitimate staff do too, so it needs a second, independent finding.',
        },
      },
      'tor-or-hosting': {
        description:
          'Tor or hosting (data-centre, VPS) networks alone make up more than the allowed share of logins.',
        likelihoodRatio: 12,
        basis: {
          kind: 'judgement',
          note: 'The St. Louis indictment describes workers on rented VPSs and proxies; ordinary staff rarely work through Tor or a data centre, though developers with their own jump hosts and unlisted corporate gateways do.',
        },
      },
    },
    defaultLevel: 'consumer-vpn-most-logins',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      share:
        '{{count}} of {{total}} interactive logins in the last {{days}} days ({{percent}}%) came through {{types}}. Remote IT-worker schemes hide where the worker really is behind such services.',
    },
    requires: ['logins'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['net-anonymizer'],
    falsePositives: [
      'Privacy-minded staff who use a personal VPN.',
      'Corporate VPN or secure-web-gateway egress classified as VPN or hosting: declare it as corporate egress in the organisation context, or add it to allowedProviders or allowedAsns.',
      'Travel, hotel and conference networks.',
    ],
    mitigation:
      'Ask the worker to sign in without the VPN from the home network on file and compare the location; require the company VPN from a managed device.',
    references: cite('S1', 'S18', 'S33'),
  },
  check(profile, context) {
    const { maxShare, windowDays, minLogins } = context.options;
    let classified = 0;
    const anonymised: Array<{ type: string; provider: string | undefined }> = [];
    for (const entry of loginsInWindow(profile, context, windowDays, isInteractiveWorkLogin)) {
      const type = entry.facts?.connectionType;
      if (type === undefined || type === 'unknown') continue;
      classified++;
      const anonymiser = anonymiserOf(entry.facts, context.options, context.organization);
      if (anonymiser) anonymised.push({ type: anonymiser, provider: entry.facts?.provider });
    }
    if (classified < minLogins) {
      return context.skip(tooFewLogins(minLogins, windowDays));
    }
    const count = anonymised.length;
    const share = count / classified;
    if (share <= maxShare) return undefined;
    const byType = new Map<string, number>();
    const providers = new Set<string>();
    for (const { type, provider } of anonymised) {
      byType.set(type, (byType.get(type) ?? 0) + 1);
      if (provider) providers.add(provider);
    }
    const types = [...byType.keys()].sort();
    const torOrHosting = (byType.get('tor') ?? 0) + (byType.get('hosting') ?? 0);
    const level =
      torOrHosting / classified > maxShare
        ? 'tor-or-hosting'
        : share > 0.5
          ? 'consumer-vpn-most-logins'
          : 'consumer-vpn-some-logins';
    return context.finding('share', {
      level,
      data: {
        count,
        total: classified,
        days: windowDays,
        percent: percent(share),
        types: types.map(describeType).join(', '),
      },
      path: 'logins',
      evidence: {
        share: Math.round(share * 1000) / 1000,
        byType: Object.fromEntries(types.map((t) => [t, byType.get(t)])),
        providers: [...providers].sort(),
        maxShare,
      },
    });
  },
});

function describeType(type: string): string {
  return type === 'vpn'
    ? 'VPN'
    : type === 'tor'
      ? 'Tor'
      : type === 'hosting'
        ? 'hosting (data-centre) networks'
        : 'proxies';
}
