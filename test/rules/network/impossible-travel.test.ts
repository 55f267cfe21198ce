import { impossibleTravel } from '../../../src/rules/network/impossible-travel.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { NOW, daysAgo } from './_support.js';

const DALLAS = {
  country: 'US',
  city: 'Dallas',
  lat: 32.7767,
  lon: -96.797,
  connectionType: 'residential' as const,
};
const FORT_WORTH = {
  country: 'US',
  city: 'Fort Worth',
  lat: 32.7555,
  lon: -97.3308,
  connectionType: 'mobile' as const,
};
const SHENYANG = {
  country: 'CN',
  city: 'Shenyang',
  lat: 41.8057,
  lon: 123.4315,
  connectionType: 'residential' as const,
};
const LONDON = {
  country: 'GB',
  city: 'London',
  lat: 51.5074,
  lon: -0.1278,
  connectionType: 'residential' as const,
};
const H = 1 / 24;

new RuleTester({ defaults: { now: NOW } }).run('impossible-travel', impossibleTravel, {
  valid: [
    {
      name: 'clear for a flight Dallas to London with 12 hours between logins',
      profile: {
        id: 'p1',
        logins: [
          { at: daysAgo(3), geo: DALLAS },
          { at: daysAgo(3 - 12 * H), geo: LONDON },
        ],
      },
    },
    {
      name: 'clear for a short hop within geolocation error, however quick',
      profile: {
        id: 'p2',
        logins: [
          { at: daysAgo(2), geo: DALLAS },
          { at: daysAgo(2 - 0.1 * H), geo: FORT_WORTH },
        ],
      },
    },
    {
      name: 'clear when one side is a VPN exit',
      profile: {
        id: 'p3',
        logins: [
          { at: daysAgo(2), geo: DALLAS },
          { at: daysAgo(2 - H), geo: { ...SHENYANG, connectionType: 'vpn' } },
          { at: daysAgo(2 - 2 * H), geo: DALLAS },
        ],
      },
    },
    {
      name: 'clear when one side is corporate egress',
      profile: {
        id: 'p4',
        logins: [
          { at: daysAgo(2), geo: DALLAS },
          { at: daysAgo(2 - H), geo: { ...LONDON, connectionType: 'business' } },
          { at: daysAgo(2 - 2 * H), geo: FORT_WORTH },
        ],
      },
    },
    {
      name: 'clear when the fast pair is outside the 30-day window',
      profile: {
        id: 'p5',
        logins: [
          { at: daysAgo(40), geo: DALLAS },
          { at: daysAgo(40 - H), geo: SHENYANG },
          { at: daysAgo(2), geo: SHENYANG },
          { at: daysAgo(1), geo: SHENYANG },
        ],
      },
    },
    {
      name: 'clear when the far side is egress the organisation declares as its own',
      profile: {
        id: 'p6',
        logins: [
          { at: daysAgo(3), geo: DALLAS },
          { at: daysAgo(2), geo: DALLAS },
          { at: daysAgo(2 - H), geo: { ...LONDON, asn: 64600 } },
        ],
      },
      organizations: { '*': { corporateEgress: { asns: [64600] } } },
    },
  ],
  invalid: [
    {
      name: 'flags Dallas then Shenyang an hour later, pointing at the second login',
      profile: {
        id: 'p10',
        logins: [
          { at: daysAgo(5), geo: DALLAS },
          { at: daysAgo(5 - H), geo: SHENYANG },
          { at: daysAgo(4), geo: SHENYANG },
        ],
      },
      findings: [
        {
          messageId: 'travel',
          level: 'impossible-hop',
          data: { count: 1, from: 'Dallas, US', to: 'Shenyang, CN', km: 10759, hours: 1, kmh: 10759 },
          path: 'logins[1]',
          severity: 'medium',
          evidence: { pairs: [['logins[0]', 'logins[1]']], maxKmh: 900 },
        },
      ],
    },
    {
      name: 'pairs across an intervening VPN login and reports the fastest of several legs',
      profile: {
        id: 'p11',
        logins: [
          { at: daysAgo(6), geo: DALLAS },
          { at: daysAgo(6 - 2 * H), geo: { country: 'NL', connectionType: 'vpn', lat: 52.37, lon: 4.9 } },
          { at: daysAgo(6 - 3 * H), geo: LONDON },
          { at: daysAgo(6 - 3.5 * H), geo: DALLAS },
        ],
      },
      findings: [
        {
          messageId: 'travel',
          level: 'impossible-hop',
          data: { count: 2, from: 'London, GB', to: 'Dallas, US', km: 7641, hours: 0.5, kmh: 15282 },
          path: 'logins[3]',
          evidence: {
            pairs: [
              ['logins[0]', 'logins[2]'],
              ['logins[2]', 'logins[3]'],
            ],
          },
        },
      ],
    },
    {
      name: 'flags two places at the same instant as unbounded speed',
      profile: {
        id: 'p12',
        logins: [
          { at: daysAgo(1), geo: LONDON },
          { at: daysAgo(1), geo: SHENYANG },
        ],
      },
      findings: [
        {
          messageId: 'travel',
          level: 'impossible-hop',
          data: { count: 1, from: 'London, GB', to: 'Shenyang, CN', km: 8297, hours: 0, kmh: 'unbounded' },
        },
      ],
    },
    {
      name: 'flags a hop a flight could almost make (Dallas to London in 5 hours) at the weak level',
      profile: {
        id: 'p13',
        logins: [
          { at: daysAgo(3), geo: DALLAS },
          { at: daysAgo(3 - 5 * H), geo: LONDON },
        ],
      },
      findings: [
        {
          messageId: 'travel',
          level: 'near-flight',
          severity: 'low',
          data: { count: 1, from: 'Dallas, US', to: 'London, GB', km: 7641, hours: 5, kmh: 1528 },
        },
      ],
    },
    {
      name: 'flags three impossible hops back and forth at the repeated level',
      profile: {
        id: 'p14',
        logins: [
          { at: daysAgo(3), geo: DALLAS },
          { at: daysAgo(3 - H), geo: SHENYANG },
          { at: daysAgo(3 - 2 * H), geo: DALLAS },
          { at: daysAgo(3 - 3 * H), geo: SHENYANG },
        ],
      },
      findings: [
        {
          messageId: 'travel',
          level: 'repeated-impossible-hops',
          severity: 'medium',
          data: { count: 3, from: 'Dallas, US', to: 'Shenyang, CN', km: 10759, hours: 1, kmh: 10759 },
        },
      ],
    },
    {
      name: 'flags a near-flight hop when a stricter nearFlightKmh makes it impossible',
      profile: {
        id: 'p15',
        logins: [
          { at: daysAgo(3), geo: DALLAS },
          { at: daysAgo(3 - 5 * H), geo: LONDON },
        ],
      },
      options: { nearFlightKmh: 1200 },
      findings: [{ messageId: 'travel', level: 'impossible-hop' }],
    },
  ],
  skipped: [
    { name: 'skipped without logins', profile: { id: 'p20', logins: [] }, missing: ['logins'] },
    {
      name: 'skipped with fewer than two located logins',
      profile: {
        id: 'p21',
        logins: [
          { at: daysAgo(1), geo: DALLAS },
          { at: daysAgo(2), ip: '198.51.100.7' },
        ],
      },
      missing: ['at least 2 logins with coordinates, not via VPN or corporate egress, in the last 30 days'],
    },
  ],
});
