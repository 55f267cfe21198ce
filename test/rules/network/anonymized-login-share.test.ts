import { anonymizedLoginShare } from '../../../src/rules/network/anonymized-login-share.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { CORPORATE, HOME_RESIDENTIAL, HOSTING, NORDVPN, NOW, dailyLogins, daysAgo } from './_support.js';

const tester = new RuleTester({ defaults: { now: NOW } });

tester.run('anonymized-login-share', anonymizedLoginShare, {
  valid: [
    {
      name: 'clear when every login is residential',
      profile: { id: 'p1', logins: dailyLogins(10, HOME_RESIDENTIAL) },
    },
    {
      name: 'clear at exactly 20% through a VPN (the threshold is "more than")',
      profile: { id: 'p2', logins: [...dailyLogins(8, HOME_RESIDENTIAL), ...dailyLogins(2, NORDVPN, 9)] },
    },
    {
      name: 'clear for corporate VPN egress classified as business',
      profile: { id: 'p3', logins: dailyLogins(10, CORPORATE) },
    },
    {
      name: 'clear for a sanctioned provider named in allowedProviders',
      profile: {
        id: 'p4',
        logins: dailyLogins(10, {
          country: 'US',
          connectionType: 'vpn',
          provider: 'Zscaler',
          org: 'Zscaler, Inc.',
        }),
      },
      options: { allowedProviders: ['zscaler'] },
    },
    {
      name: 'clear for a sanctioned ASN in allowedAsns',
      profile: { id: 'p5', logins: dailyLogins(10, HOSTING) },
      options: { allowedAsns: [14061] },
    },
    {
      name: 'clear when the VPN logins are older than the 30-day window',
      profile: { id: 'p6', logins: [...dailyLogins(6, HOME_RESIDENTIAL), ...dailyLogins(20, NORDVPN, 31)] },
    },
    {
      name: 'clear when the anonymised logins are hiring touchpoints or non-interactive',
      profile: {
        id: 'p7',
        logins: [
          ...dailyLogins(6, HOME_RESIDENTIAL),
          ...dailyLogins(3, NORDVPN, 10, { source: 'ats' }),
          ...dailyLogins(3, HOSTING, 15, { interactive: false }),
        ],
      },
    },
    {
      name: 'clear when the organisation declares the VPN as its corporate egress',
      profile: { id: 'p8', logins: [...dailyLogins(6, HOME_RESIDENTIAL), ...dailyLogins(4, NORDVPN, 10)] },
      organizations: { '*': { corporateEgress: { providers: ['NordVPN'] } } },
    },
  ],
  invalid: [
    {
      name: 'flags 40% of logins through a VPN and a hosting range',
      profile: {
        id: 'p10',
        logins: [
          ...dailyLogins(6, HOME_RESIDENTIAL),
          ...dailyLogins(2, NORDVPN, 10),
          ...dailyLogins(2, HOSTING, 12),
        ],
      },
      findings: [
        {
          messageId: 'share',
          level: 'consumer-vpn-some-logins',
          data: { count: 4, total: 10, days: 30, percent: 40, types: 'hosting (data-centre) networks, VPN' },
          path: 'logins',
          severity: 'medium',
          evidence: { share: 0.4, byType: { hosting: 2, vpn: 2 }, providers: ['NordVPN'], maxShare: 0.2 },
        },
      ],
    },
    {
      name: 'flags provider facts that override a residential-looking login geo',
      profile: {
        id: 'p11',
        logins: dailyLogins(5, { ...HOME_RESIDENTIAL, connectionType: undefined }).map((l, n) => ({
          ...l,
          ip: `203.0.113.${n}`,
        })),
      },
      ipFacts: Object.fromEntries(
        [0, 1, 2, 3, 4].map((n) => [
          `203.0.113.${n}`,
          { connectionType: n < 2 ? ('tor' as const) : ('residential' as const) },
        ]),
      ),
      findings: [
        {
          messageId: 'share',
          level: 'tor-or-hosting',
          data: { count: 2, total: 5, days: 30, percent: 40, types: 'Tor' },
          path: 'logins',
        },
      ],
    },
    {
      name: 'honours a lower maxShare',
      profile: {
        id: 'p12',
        logins: [...dailyLogins(9, HOME_RESIDENTIAL), { at: daysAgo(0.5), geo: NORDVPN }],
      },
      options: { maxShare: 0.05 },
      findings: [
        {
          messageId: 'share',
          level: 'consumer-vpn-some-logins',
          data: { count: 1, total: 10, days: 30, percent: 10, types: 'VPN' },
        },
      ],
    },
    {
      name: 'flags most logins through a consumer VPN at the stronger VPN level',
      profile: { id: 'p13', logins: [...dailyLogins(4, HOME_RESIDENTIAL), ...dailyLogins(6, NORDVPN, 10)] },
      findings: [
        {
          messageId: 'share',
          level: 'consumer-vpn-most-logins',
          severity: 'medium',
          data: { count: 6, total: 10, days: 30, percent: 60, types: 'VPN' },
        },
      ],
    },
    {
      name: 'flags hosting networks above the share on their own at the tor-or-hosting level',
      profile: { id: 'p14', logins: [...dailyLogins(7, HOME_RESIDENTIAL), ...dailyLogins(3, HOSTING, 10)] },
      findings: [
        {
          messageId: 'share',
          level: 'tor-or-hosting',
          data: { count: 3, total: 10, days: 30, percent: 30, types: 'hosting (data-centre) networks' },
        },
      ],
    },
    {
      name: 'flags the VPN logins the organisation does not declare, leaving out those it does',
      profile: {
        id: 'p15',
        logins: [
          ...dailyLogins(5, HOME_RESIDENTIAL),
          ...dailyLogins(3, NORDVPN, 10),
          ...dailyLogins(2, HOSTING, 14),
        ],
      },
      organizations: { '*': { corporateEgress: { asns: [14061] } } },
      findings: [
        {
          messageId: 'share',
          level: 'consumer-vpn-some-logins',
          data: { count: 3, total: 10, days: 30, percent: 30, types: 'VPN' },
        },
      ],
    },
  ],
  skipped: [
    { name: 'skipped without logins', profile: { id: 'p20' }, missing: ['logins'] },
    {
      name: 'skipped with too few classified logins',
      profile: { id: 'p21', logins: [...dailyLogins(4, NORDVPN), ...dailyLogins(4, { country: 'US' }, 5)] },
      missing: ['at least 5 interactive logins with a known connection type in the last 30 days'],
    },
  ],
});
