import { loginFarFromHome } from '../../../src/rules/network/login-far-from-home.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { HOME_RESIDENTIAL, NOW, dailyLogins, daysAgo } from './_support.js';

const claimed = { country: 'US', lat: 32.7767, lon: -96.797 };
const HOUSTON = {
  country: 'US',
  city: 'Houston',
  lat: 29.7604,
  lon: -95.3698,
  connectionType: 'residential' as const,
};
const SEATTLE = {
  country: 'US',
  city: 'Seattle',
  lat: 47.6062,
  lon: -122.3321,
  connectionType: 'mobile' as const,
};
const SHENYANG = {
  country: 'CN',
  city: 'Shenyang',
  lat: 41.8057,
  lon: 123.4315,
  connectionType: 'residential' as const,
};
const VPN_NYC = {
  country: 'US',
  city: 'New York',
  lat: 40.7128,
  lon: -74.006,
  connectionType: 'vpn' as const,
};

new RuleTester({ defaults: { now: NOW } }).run('login-far-from-home', loginFarFromHome, {
  valid: [
    {
      name: 'clear for logins at home',
      profile: { id: 'p1', claimed, logins: dailyLogins(10, HOME_RESIDENTIAL) },
    },
    {
      name: 'clear for logins within 500 km (Houston is ~360 km away)',
      profile: { id: 'p2', claimed, logins: dailyLogins(10, HOUSTON) },
    },
    {
      name: 'clear for a week-long trip, even at more than 30% of logins',
      profile: {
        id: 'p3',
        claimed,
        logins: [...dailyLogins(6, HOME_RESIDENTIAL, 8), ...dailyLogins(7, SEATTLE, 1)],
      },
    },
    {
      name: 'clear when the far logins are VPN exits',
      profile: {
        id: 'p4',
        claimed,
        logins: [...dailyLogins(5, HOME_RESIDENTIAL), ...dailyLogins(8, VPN_NYC, 6)],
      },
    },
    {
      name: 'clear when the far logins are older than 14 days',
      profile: {
        id: 'p5',
        claimed,
        logins: [...dailyLogins(5, HOME_RESIDENTIAL), ...dailyLogins(10, SHENYANG, 14)],
      },
    },
    {
      name: 'clear for corporate egress geolocated at a distant gateway',
      profile: {
        id: 'p6',
        claimed,
        logins: [
          ...dailyLogins(5, HOME_RESIDENTIAL),
          ...dailyLogins(10, { ...SEATTLE, connectionType: 'business' }, 6),
        ],
      },
    },
    {
      name: 'clear when the far logins come from an ASN the organisation declares as its egress',
      profile: {
        id: 'p7',
        claimed,
        logins: [...dailyLogins(5, HOME_RESIDENTIAL), ...dailyLogins(9, { ...SHENYANG, asn: 64800 }, 4)],
      },
      organizations: { '*': { corporateEgress: { asns: [64800] } } },
    },
  ],
  invalid: [
    {
      name: 'flags a fortnight of logins from far away',
      profile: {
        id: 'p10',
        claimed,
        logins: [...dailyLogins(3, HOME_RESIDENTIAL), ...dailyLogins(9, SHENYANG, 4)],
      },
      findings: [
        {
          messageId: 'far',
          level: 'far-mostly',
          data: { count: 9, total: 12, days: 14, percent: 75, farDays: 9, maxKm: 500, medianKm: 10759 },
          path: 'logins',
          severity: 'medium',
          evidence: {
            farLogins: [
              'logins[11]',
              'logins[10]',
              'logins[9]',
              'logins[8]',
              'logins[7]',
              'logins[6]',
              'logins[5]',
              'logins[4]',
              'logins[3]',
            ],
          },
        },
      ],
    },
    {
      name: 'honours a smaller maxKm',
      profile: {
        id: 'p11',
        claimed,
        logins: [
          ...dailyLogins(2, HOME_RESIDENTIAL, 12),
          ...dailyLogins(8, HOUSTON, 1),
          { at: daysAgo(11), geo: HOUSTON },
        ],
      },
      options: { maxKm: 300 },
      findings: [
        {
          messageId: 'far',
          level: 'far-mostly',
          data: { count: 9, total: 11, days: 14, percent: 82, farDays: 9, maxKm: 300, medianKm: 362 },
        },
      ],
    },
    {
      name: 'flags half the logins far from home over more than a week at the part-time level',
      profile: {
        id: 'p12',
        claimed,
        logins: [...dailyLogins(8, HOME_RESIDENTIAL, 1.5), ...dailyLogins(8, SHENYANG, 1)],
      },
      findings: [
        {
          messageId: 'far',
          level: 'far-part-time',
          severity: 'low',
          data: { count: 8, total: 16, days: 14, percent: 50, farDays: 8, maxKm: 500, medianKm: 10759 },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without claimed coordinates',
      profile: { id: 'p20', claimed: { country: 'US' }, logins: dailyLogins(5, SHENYANG) },
      missing: ['claimed.lat', 'claimed.lon'],
    },
    {
      name: 'skipped when logins carry no coordinates',
      profile: { id: 'p21', claimed, logins: dailyLogins(6, { country: 'US' }) },
      missing: ['at least 5 logins with coordinates, not via VPN or corporate egress, in the last 14 days'],
    },
  ],
});
