import { hiringTouchpointAnonymizer } from '../../../src/rules/network/hiring-touchpoint-anonymizer.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { HOME_RESIDENTIAL, HOSTING, NORDVPN, NOW } from './_support.js';

new RuleTester({ defaults: { now: NOW } }).run('hiring-touchpoint-anonymizer', hiringTouchpointAnonymizer, {
  valid: [
    {
      name: 'clear when application and interview came from residential lines',
      profile: {
        id: 'p1',
        logins: [{ at: '2025-11-02T15:00:00Z', source: 'ats', geo: HOME_RESIDENTIAL }],
        interviews: [{ at: '2025-11-10T16:00:00Z', mode: 'video', ip: '198.51.100.20' }],
      },
      ipFacts: { '198.51.100.20': { connectionType: 'residential', country: 'US' } },
    },
    {
      name: 'clear for a work login through a VPN (not a hiring step)',
      profile: {
        id: 'p2',
        logins: [
          { at: '2025-11-02T15:00:00Z', source: 'ats', geo: HOME_RESIDENTIAL },
          { at: '2026-01-02T15:00:00Z', source: 'idp', geo: NORDVPN },
        ],
      },
    },
    {
      name: 'clear for an allowlisted provider',
      profile: { id: 'p3', logins: [{ at: '2025-11-02T15:00:00Z', source: 'esign', geo: NORDVPN }] },
      options: { allowedProviders: ['NordVPN'] },
    },
    {
      name: 'clear for an interview from a network the organisation declares as its own',
      profile: { id: 'p5', interviews: [{ at: '2025-11-10T16:00:00Z', mode: 'video', ip: '203.0.113.9' }] },
      ipFacts: { '203.0.113.9': { connectionType: 'hosting', org: 'DigitalOcean' } },
      organizations: { '*': { corporateEgress: { networks: ['203.0.113.0/24'] } } },
    },
  ],
  invalid: [
    {
      name: 'flags an application through a VPN and an interview from a hosting range',
      profile: {
        id: 'p10',
        logins: [{ at: '2025-11-02T15:00:00Z', source: 'ats', geo: NORDVPN }],
        interviews: [{ at: '2025-11-10T16:00:00Z', mode: 'video', ip: '203.0.113.9' }],
      },
      ipFacts: { '203.0.113.9': { connectionType: 'hosting', org: 'DigitalOcean' } },
      findings: [
        {
          messageId: 'anonymised',
          level: 'hosting-network',
          data: {
            count: 2,
            steps: 'application on 2025-11-02, interview on 2025-11-10',
            types: 'VPN, hosting',
          },
          path: 'logins[0]',
          severity: 'medium',
          evidence: { paths: ['logins[0]', 'interviews[0]'], providers: ['NordVPN'] },
        },
      ],
    },
    {
      name: 'flags an e-signature from a Tor exit',
      profile: {
        id: 'p11',
        logins: [
          { at: '2025-12-01T09:00:00Z', source: 'interview', geo: HOME_RESIDENTIAL },
          { at: '2025-12-03T09:00:00Z', source: 'esign', geo: { connectionType: 'tor' } },
        ],
      },
      findings: [
        {
          messageId: 'anonymised',
          level: 'tor-exit',
          data: { count: 1, steps: 'e-signature on 2025-12-03', types: 'Tor' },
          path: 'logins[1]',
        },
      ],
    },
    {
      name: 'flags a hosting-range interview join with no date',
      profile: { id: 'p12', interviews: [{ mode: 'video', ip: '203.0.113.10' }] },
      ipFacts: { '203.0.113.10': { connectionType: 'hosting' } },
      findings: [
        {
          messageId: 'anonymised',
          level: 'hosting-network',
          data: { count: 1, steps: 'interview on an unknown date', types: 'hosting' },
          path: 'interviews[0]',
        },
      ],
    },
    {
      name: 'flags an application through a consumer VPN at the weakest level',
      profile: { id: 'p13', logins: [{ at: '2025-11-02T15:00:00Z', source: 'ats', geo: NORDVPN }] },
      findings: [
        {
          messageId: 'anonymised',
          level: 'vpn-or-proxy',
          severity: 'medium',
          data: { count: 1, steps: 'application on 2025-11-02', types: 'VPN' },
        },
      ],
    },
    {
      name: 'flags a Tor interview at the Tor level even beside a VPN application',
      profile: {
        id: 'p14',
        logins: [{ at: '2025-11-02T15:00:00Z', source: 'ats', geo: NORDVPN }],
        interviews: [{ at: '2025-11-10T16:00:00Z', mode: 'video', ip: '198.51.100.4' }],
      },
      ipFacts: { '198.51.100.4': { connectionType: 'tor' } },
      findings: [
        {
          messageId: 'anonymised',
          level: 'tor-exit',
          data: {
            count: 2,
            steps: 'application on 2025-11-02, interview on 2025-11-10',
            types: 'Tor, VPN',
          },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without hiring-step IPs',
      profile: { id: 'p20', logins: [{ at: '2026-01-02T15:00:00Z', source: 'idp', geo: HOSTING }] },
      missing: ['hiring-step IPs (logins with source ats, interview or esign, or interviews[].ip)'],
    },
    {
      name: 'skipped when no hiring-step IP is classified',
      profile: { id: 'p21', interviews: [{ mode: 'video', ip: '198.51.100.30' }] },
      missing: ['connection type (IP intelligence) for the hiring-step IPs'],
    },
  ],
});
