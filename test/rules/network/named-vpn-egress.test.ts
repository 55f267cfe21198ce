import { namedVpnEgress } from '../../../src/rules/network/named-vpn-egress.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { ASTRILL, CORPORATE, HOME_RESIDENTIAL, NORDVPN, NOW, dailyLogins, daysAgo } from './_support.js';

new RuleTester({ defaults: { now: NOW } }).run('named-vpn-egress', namedVpnEgress, {
  valid: [
    { name: 'clear for residential logins', profile: { id: 'p1', logins: dailyLogins(5, HOME_RESIDENTIAL) } },
    {
      name: 'clear for a VPN the option does not name',
      profile: { id: 'p2', logins: dailyLogins(5, NORDVPN) },
    },
    { name: 'clear for corporate egress', profile: { id: 'p3', logins: dailyLogins(5, CORPORATE) } },
    {
      name: 'clear when the Astrill logins are older than the window',
      profile: { id: 'p4', logins: dailyLogins(3, ASTRILL, 91) },
    },
    {
      name: 'clear when the organisation sanctions the provider',
      profile: { id: 'p5', logins: dailyLogins(3, ASTRILL) },
      options: { allowedProviders: ['Astrill'] },
    },
    {
      name: 'clear when the organisation declares the provider as its corporate egress',
      profile: { id: 'p6', logins: dailyLogins(3, ASTRILL) },
      organizations: { '*': { corporateEgress: { providers: ['Astrill'] } } },
    },
    {
      name: 'clear when the organisation deploys the provider as its VPN client',
      profile: { id: 'p7', organizationId: 'org-acme', logins: dailyLogins(3, ASTRILL) },
      organizations: { 'org-acme': { sanctionedVpnClients: ['astrill'] } },
    },
    {
      name: 'clear for egress from an ASN the organisation declares',
      profile: { id: 'p8', organizationId: 'org-acme', logins: dailyLogins(3, ASTRILL) },
      organizations: { 'org-acme': { corporateEgress: { asns: [400000] } } },
    },
  ],
  invalid: [
    {
      name: 'flags logins through Astrill',
      profile: { id: 'p10', logins: [...dailyLogins(3, HOME_RESIDENTIAL), ...dailyLogins(2, ASTRILL, 4)] },
      findings: [
        {
          messageId: 'provider',
          level: 'dprk-named-provider',
          data: { provider: 'Astrill VPN', count: 2, first: '2026-01-10', last: '2026-01-11' },
          path: 'logins[3]',
          severity: 'medium',
          evidence: { paths: ['logins[3]', 'logins[4]'] },
        },
      ],
    },
    {
      name: 'flags an interview joined from an Astrill address known to IP intelligence',
      profile: { id: 'p11', interviews: [{ at: daysAgo(20), mode: 'video', ip: '142.214.202.2' }] },
      ipFacts: { '142.214.202.2': { connectionType: 'vpn', org: 'ASTRILL SYSTEMS CORP.' } },
      findings: [
        {
          messageId: 'provider',
          level: 'dprk-named-provider',
          data: { provider: 'Astrill VPN', count: 1, first: '2025-12-26', last: '2025-12-26' },
          path: 'interviews[0]',
        },
      ],
    },
    {
      name: 'flags another catalog provider when the option names it',
      profile: { id: 'p12', logins: dailyLogins(1, NORDVPN) },
      options: { providers: ['astrill', 'nordvpn'] },
      findings: [
        {
          messageId: 'provider',
          level: 'commercial-provider',
          data: { provider: 'NordVPN', count: 1, first: '2026-01-14', last: '2026-01-14' },
        },
      ],
    },
    {
      name: 'flags Astrill when only another organisation declares it as its egress',
      profile: { id: 'p13', organizationId: 'org-other', logins: dailyLogins(1, ASTRILL) },
      organizations: { 'org-acme': { corporateEgress: { providers: ['Astrill'] } } },
      findings: [
        {
          messageId: 'provider',
          level: 'dprk-named-provider',
          severity: 'medium',
          data: { provider: 'Astrill VPN', count: 1, first: '2026-01-14', last: '2026-01-14' },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without logins or interview IPs',
      profile: { id: 'p20', interviews: [{ mode: 'video' }] },
      missing: ['logins or interviews[].ip'],
    },
  ],
});
