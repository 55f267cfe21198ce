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
  ],
  invalid: [
    {
      name: 'flags logins through Astrill',
      profile: { id: 'p10', logins: [...dailyLogins(3, HOME_RESIDENTIAL), ...dailyLogins(2, ASTRILL, 4)] },
      findings: [
        {
          messageId: 'provider',
          data: { provider: 'Astrill VPN', count: 2, first: '2026-01-10', last: '2026-01-11' },
          path: 'logins[3]',
          severity: 'high',
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
          data: { provider: 'NordVPN', count: 1, first: '2026-01-14', last: '2026-01-14' },
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
