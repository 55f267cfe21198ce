import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { matchVpnProvider } from '../../intel/catalogs/match.js';
import { VPN_PROVIDERS } from '../../intel/catalogs/vpn-providers.js';
import type { IpFacts } from '../../intel/types.js';
import { cite } from '../_lib/references.js';
import { instantOf, windowEndingAt } from '../_lib/time.js';
import { egressAllowlist, isSanctioned } from './_lib/egress.js';

const CATALOG_IDS = VPN_PROVIDERS.entries.map((entry) => entry.id);

const options = z.object({
  providers: z
    .array(z.string().refine((id) => CATALOG_IDS.includes(id), 'must be a VPN catalog id, like "astrill"'))
    .default(['astrill'])
    .describe(
      'VPN catalog ids whose egress is its own finding. Astrill is the provider IT-worker reporting names.',
    ),
  windowDays: z.number().int().positive().default(90).describe('Days before the as-of time to look at.'),
  ...egressAllowlist,
});

interface Hit {
  path: string;
  at: number | undefined;
}

/**
 * Sign-ins or interview connections through Astrill VPN, the provider Mandiant, Secureworks and LevelBlue
 * name in IT-worker cases. Shares a group with the generic anonymiser rule, with a higher weight, so a
 * worker on Astrill counts once, at the stronger value.
 */
export const namedVpnEgress = defineRule({
  id: 'named-vpn-egress',
  meta: {
    description:
      'Logins or interview connections come through a VPN provider named in IT-worker cases (Astrill).',
    category: 'network',
    severity: 'high',
    weight: 40,
    group: 'anonymized-egress',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      provider:
        '{{count}} connection(s) between {{first}} and {{last}} came through {{provider}}, the VPN most often named in North Korean IT-worker cases.',
    },
    requires: [],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['net-astrill-vpn'],
    falsePositives: [
      'Astrill is widely used by legitimate people in China and by travellers there.',
      'An organisation that sanctions the provider: add it to allowedProviders.',
    ],
    mitigation:
      'Ask why the VPN is in use, require sign-in from a managed device on the company VPN, and verify the person\u2019s location on a live video call.',
    references: cite('S20', 'S27', 'S41', 'S23'),
  },
  check(profile, context) {
    const logins = profile.logins ?? [];
    const interviews = profile.interviews ?? [];
    if (logins.length === 0 && !interviews.some((interview) => interview.ip !== undefined))
      return context.skip('logins or interviews[].ip');
    const { providers } = context.options;
    let period: { from: number; to: number } | undefined;
    let hits: Map<string, Hit[]> | undefined;
    // Most connections are not through a wanted provider: that is settled from the IP facts alone, and
    // only a wanted provider's connection has its date read, its path written and its allowlist checked.
    const consider = (
      facts: Readonly<IpFacts> | undefined,
      at: string | undefined,
      list: 'logins' | 'interviews',
      index: number,
    ) => {
      const name = facts?.provider ?? facts?.org;
      const entry = name === undefined ? undefined : matchVpnProvider(VPN_PROVIDERS, name);
      if (!facts || !entry || !providers.includes(entry.id)) return;
      period ??= windowEndingAt(context.now, context.options.windowDays);
      const ms = instantOf(at);
      if (ms !== undefined && (ms <= period.from || ms > period.to)) return;
      if (isSanctioned(facts, context.options)) return;
      hits ??= new Map();
      const hit = { path: `${list}[${index}]`, at: ms };
      const earlier = hits.get(entry.name);
      if (earlier) earlier.push(hit);
      else hits.set(entry.name, [hit]);
    };
    for (let index = 0; index < logins.length; index++) {
      const login = logins[index] as (typeof logins)[number];
      consider(context.ip.forLogin(login), login.at, 'logins', index);
    }
    for (let index = 0; index < interviews.length; index++) {
      const interview = interviews[index] as (typeof interviews)[number];
      // An interview without a date is a hiring touchpoint of unknown age: it counts.
      if (interview.ip !== undefined)
        consider(context.ip.get(interview.ip), interview.at, 'interviews', index);
    }
    if (!hits) return [];
    return [...hits.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([provider, list]) => {
        const dated = list.map((h) => h.at).filter((at): at is number => at !== undefined);
        const day = (ms: number | undefined) =>
          ms === undefined ? 'an unknown date' : new Date(ms).toISOString().slice(0, 10);
        return context.finding('provider', {
          data: {
            provider,
            count: list.length,
            first: day(dated.length ? Math.min(...dated) : undefined),
            last: day(dated.length ? Math.max(...dated) : undefined),
          },
          path: (list[0] as Hit).path,
          evidence: { paths: list.map((h) => h.path) },
        });
      });
  },
});
