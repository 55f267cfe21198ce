import { namedVpnEgress } from '../../../src/rules/network/named-vpn-egress.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { ASTRILL, HOME_RESIDENTIAL, NORDVPN, NOW, daysAgo } from './_support.js';

// Edges of the lazy path: a connection's date, path and allowlist are only read once its provider is wanted.
new RuleTester({ defaults: { now: NOW } }).run('named-vpn-egress (edges)', namedVpnEgress, {
  valid: [
    {
      name: 'clear for a login exactly at the start of the window (the start is excluded)',
      profile: { id: 'e1', logins: [{ at: daysAgo(90), source: 'idp', geo: ASTRILL }] },
    },
    {
      name: 'clear for a login after the as-of time',
      profile: { id: 'e2', logins: [{ at: daysAgo(-1), source: 'idp', geo: ASTRILL }] },
    },
    {
      name: 'clear when only the org names the sanctioned provider',
      profile: { id: 'e3', logins: [{ at: daysAgo(1), geo: { ...ASTRILL, org: 'Astrill Systems Corp' } }] },
      options: { allowedProviders: ['astrill systems'] },
    },
    {
      name: 'clear when interviews have no IP but logins exist and are clean',
      profile: {
        id: 'e4',
        logins: [{ at: daysAgo(1), geo: HOME_RESIDENTIAL }],
        interviews: [{ at: daysAgo(2), mode: 'video' }],
      },
    },
  ],
  invalid: [
    {
      name: 'counts a login at the as-of time and an undated interview, in profile order',
      profile: {
        id: 'e10',
        logins: [
          { at: daysAgo(3), geo: HOME_RESIDENTIAL },
          { at: NOW, geo: ASTRILL },
        ],
        interviews: [{ mode: 'video' }, { mode: 'video', ip: '142.214.202.2' }],
      },
      ipFacts: { '142.214.202.2': { connectionType: 'vpn', org: 'ASTRILL SYSTEMS CORP.' } },
      findings: [
        {
          messageId: 'provider',
          level: 'dprk-named-provider',
          data: { provider: 'Astrill VPN', count: 2, first: '2026-01-15', last: '2026-01-15' },
          path: 'logins[1]',
          evidence: { paths: ['logins[1]', 'interviews[1]'] },
        },
      ],
    },
    {
      name: 'one finding per provider, sorted by provider name, each with its own paths',
      profile: {
        id: 'e11',
        logins: [
          { at: daysAgo(2), geo: NORDVPN },
          { at: daysAgo(5), geo: ASTRILL },
          { at: daysAgo(1), geo: NORDVPN },
        ],
      },
      options: { providers: ['nordvpn', 'astrill'] },
      findings: [
        {
          messageId: 'provider',
          level: 'dprk-named-provider',
          data: { provider: 'Astrill VPN', count: 1, first: '2026-01-10', last: '2026-01-10' },
          path: 'logins[1]',
          evidence: { paths: ['logins[1]'] },
        },
        {
          messageId: 'provider',
          level: 'commercial-provider',
          data: { provider: 'NordVPN', count: 2, first: '2026-01-13', last: '2026-01-14' },
          path: 'logins[0]',
          evidence: { paths: ['logins[0]', 'logins[2]'] },
        },
      ],
    },
    {
      name: 'an interview with an unknown date through a wanted provider reads "an unknown date"',
      profile: { id: 'e12', interviews: [{ mode: 'video', ip: '142.214.202.9' }] },
      ipFacts: { '142.214.202.9': { connectionType: 'vpn', provider: 'Astrill' } },
      findings: [
        {
          messageId: 'provider',
          level: 'dprk-named-provider',
          data: { provider: 'Astrill VPN', count: 1, first: 'an unknown date', last: 'an unknown date' },
          path: 'interviews[0]',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped with an empty login list and only IP-less interviews',
      profile: { id: 'e20', logins: [], interviews: [{ mode: 'video' }, { mode: 'phone' }] },
      missing: ['logins or interviews[].ip'],
    },
  ],
});
