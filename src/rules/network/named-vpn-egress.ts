import { compareCodeUnits } from '../../_lib/sort-in-place.js';
import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { windowDaysOption } from '../_lib/option-schemas.js';
import { matchVpnProvider } from '../../intel/catalogs/match.js';
import { VPN_PROVIDERS } from '../../intel/catalogs/vpn-providers.js';
import type { VpnProvider } from '../../intel/catalogs/types.js';
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
  windowDays: windowDaysOption(90),
  ...egressAllowlist,
});

interface Hit {
  path: string;
  at: number | undefined;
}

/** A connection through a provider the options name, before its date and the allowlist are checked. */
interface Candidate {
  entry: VpnProvider;
  facts: Readonly<IpFacts>;
  at: string | undefined;
  path: string;
}

/** The catalog provider behind a connection's IP facts, when the options name it. */
function wantedProvider(
  facts: Readonly<IpFacts> | undefined,
  providers: readonly string[],
): VpnProvider | undefined {
  const name = facts?.provider ?? facts?.org;
  const entry = name === undefined ? undefined : matchVpnProvider(VPN_PROVIDERS, name);
  return entry && providers.includes(entry.id) ? entry : undefined;
}

/** The evidence level of egress through a catalog provider: its tie to DPRK IT-worker reporting. */
const levelOf = (entry: VpnProvider): 'dprk-named-provider' | 'commercial-provider' =>
  entry.reporting === 'dprk' ? 'dprk-named-provider' : 'commercial-provider';

/**
 * Sign-ins or interview connections through Astrill VPN, the provider Mandiant, Secureworks and LevelBlue
 * name in IT-worker cases. Shares the `vpn-use` group with the anonymiser-share rule, so a worker on
 * Astrill counts once, at the stronger ratio.
 */
export const namedVpnEgress = defineRule({
  id: 'named-vpn-egress',
  meta: {
    description:
      'Logins or interview connections come through a VPN provider named in IT-worker cases (Astrill).',
    category: 'network',
    severity: 'medium',
    weight: 40,
    group: 'vpn-use',
    levels: {
      'dprk-named-provider': {
        description:
          'A provider the VPN catalog marks as named in DPRK IT-worker reporting (Astrill): Mandiant, Secureworks and LevelBlue each describe workers on it.',
        likelihoodRatio: 20,
        basis: {
          kind: 'judgement',
          note: 'Three independent case reports name Astrill, which is niche among Western consumers, so it is far likelier for a fraudulent hire than any VPN; but it is common among legitimate people in or travelling to China and no source gives its share among legitimate staff, so it stays below review alone.',
        },
      },
      'commercial-provider': {
        description:
          'Another commercial VPN the options name, which public reporting ties to abuse in general only.',
        likelihoodRatio: 5,
        basis: {
          kind: 'judgement',
          note: 'Commercial VPNs are common among privacy-minded staff; a named general-purpose provider says little more than any consumer VPN.',
        },
      },
    },
    defaultLevel: 'dprk-named-provider',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      provider:
        '{{count}} connection(s) between {{first}} and {{last}} came through {{provider}}, the VPN most often named in North Korean IT-worker cases.',
    },
    requires: [],
    reads: ['logins', 'interviews[].ip', 'interviews[].at'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['net-astrill-vpn'],
    falsePositives: [
      'Astrill is widely used by legitimate people in China and by travellers there.',
      'An organisation that sanctions the provider: declare it as corporate egress or a sanctioned VPN client in the organisation context, or add it to allowedProviders.',
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
    // Most connections are not through a wanted provider, which the IP facts alone settle. Only the few
    // that are have their date read and the allowlist checked.
    const { providers } = context.options;
    const candidates: Candidate[] = [];
    for (const [index, login] of logins.entries()) {
      const facts = context.ip.forLogin(login);
      const entry = wantedProvider(facts, providers);
      if (facts && entry) candidates.push({ entry, facts, at: login.at, path: `logins[${index}]` });
    }
    for (const [index, interview] of interviews.entries()) {
      // An interview without a date is a hiring touchpoint of unknown age: it counts.
      const facts = interview.ip === undefined ? undefined : context.ip.get(interview.ip);
      const entry = wantedProvider(facts, providers);
      if (facts && entry) candidates.push({ entry, facts, at: interview.at, path: `interviews[${index}]` });
    }
    if (candidates.length === 0) return [];
    const { from, to } = windowEndingAt(context.now, context.options.windowDays);
    const { organization } = context;
    const hits = new Map<string, { entry: VpnProvider; list: Hit[] }>();
    for (const { entry, facts, at, path } of candidates) {
      const ms = instantOf(at);
      if (ms !== undefined && (ms <= from || ms > to)) continue;
      // The employer's own VPN: its egress or its deployed client is not a finding.
      if (isSanctioned(facts, context.options, organization) || organization.isSanctionedVpnClient(entry.id))
        continue;
      const hit = hits.get(entry.name) ?? { entry, list: [] };
      hit.list.push({ path, at: ms });
      hits.set(entry.name, hit);
    }
    return [...hits.entries()]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([provider, { entry, list }]) => {
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
          level: levelOf(entry),
        });
      });
  },
});
