import { cite } from '../_lib/references.js';
import { valueAt } from './_lib/at-path.js';
import { judgement, linkLevel, livesOnNetwork, sharedKeyRule } from './_lib/shared-key-rule.js';

/**
 * Different workers log in from one residential network (IPv4 /24, IPv6 /64). Mobile CGNAT, VPN,
 * hosting and business egress are left out by the index because they are shared by design.
 */
export const sharedLoginNetwork = sharedKeyRule({
  id: 'shared-login-network',
  attribute: 'login-network',
  meta: {
    description: 'This profile logs in from a residential network that other identities also log in from.',
    messages: {
      shared:
        'Logins come from the residential network {{key}}, which {{count}} different identities log in from ({{others}}), across {{organizations}} organisation(s). Laptops hosted at one farm share its home connection.',
    },
    severity: 'medium',
    weight: 25,
    presets: ['recommended'],
    status: 'stable',
    mitigates: ['remote-access-scrutiny'],
    indicators: ['xp-shared-egress-ip'],
    falsePositives: [
      'Neighbours on one ISP block (a /24 holds many households): two identities only rate medium.',
      'Coworking spaces, hotels and office networks (allowlist their CIDRs).',
    ],
    mitigation:
      'Compare the devices and times of the logins; check where each company laptop is physically, e.g. with a live video walk-through.',
    references: cite('S1', 'S23'),
  },
  levels: [
    linkLevel(
      'several-homes',
      'medium',
      20,
      {
        kind: 'benchmark',
        note: 'Labelled benchmark: 62 % of fraudulent vs 1.7 % of legitimate profiles (ratio 37), with the units of one building counted as one home; set between that and the earlier judgement of 15, as ISP blocks shared by neighbours vary by region.',
      },
      'Identities claiming three or more different homes log in from the network, and at least four in five of this profile\u2019s fixed-line sign-ins come from it: the laptop lives on that line.',
      (match, anchored) => anchored && match.severity === 'high',
    ),
    linkLevel(
      'two-homes',
      'medium',
      6,
      {
        kind: 'benchmark',
        note: 'Labelled benchmark: 16 % of fraudulent vs 0.5 % of legitimate profiles (ratio 32); kept well below that because two homes behind one /24 or /64 are common among neighbours on one ISP block.',
      },
      'Identities claiming two different homes log in from the network, and at least four in five of this profile\u2019s fixed-line sign-ins come from it.',
      (_match, anchored) => anchored,
    ),
    linkLevel(
      'visited-network',
      'low',
      2,
      judgement(
        'A network several identities use but this profile signs in from only part of the time: a coworking space, an office or a caf\u00e9 it visits, not the line its laptop lives on.',
      ),
      'Several identities log in from the network, but fewer than four in five of this profile\u2019s fixed-line sign-ins come from it.',
      () => true,
    ),
  ],
  present: (profile) => (profile.logins ?? []).some((login) => login.ip !== undefined),
  // The employer's own egress (a declared CIDR, ASN or provider) is shared by its staff by design.
  anchored: (profile, match) => livesOnNetwork(profile, match.path),
  ownedByOrganization: (profile, match, organization) => {
    const ip = valueAt(profile, match.path);
    return typeof ip === 'string' && organization.isCorporateEgress({ ip });
  },
  missing: 'login IP addresses (logins[].ip)',
});
