import { loginCountryMismatch } from '../../../src/rules/network/login-country-mismatch.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { HOME_RESIDENTIAL, NORDVPN, NOW, dailyLogins, daysAgo } from './_support.js';

const SEOUL = { country: 'KR', city: 'Seoul', connectionType: 'residential' as const };
const LYON = { country: 'fr', city: 'Lyon', connectionType: 'mobile' as const };
const claimedUS = { country: 'US', timeZone: 'America/Chicago' };

/** Three logins a day for `days` days abroad, starting `start` days ago. */
function trip(days: number, start: number, geo: typeof SEOUL | typeof LYON) {
  return Array.from({ length: days * 3 }, (_, n) => ({
    at: daysAgo(start + Math.floor(n / 3) + (n % 3) * 0.1),
    geo,
  }));
}

new RuleTester({ defaults: { now: NOW } }).run('login-country-mismatch', loginCountryMismatch, {
  valid: [
    {
      name: 'clear when logins come from the claimed country',
      profile: { id: 'p1', claimed: claimedUS, logins: dailyLogins(20, HOME_RESIDENTIAL) },
    },
    {
      name: 'clear for a week of travel abroad, even when most logins that month were abroad',
      profile: {
        id: 'p2',
        claimed: claimedUS,
        logins: [...dailyLogins(15, HOME_RESIDENTIAL, 10), ...trip(7, 2, LYON)],
      },
    },
    {
      name: 'clear when the foreign logins are VPN exits (the anonymiser rules own them)',
      profile: {
        id: 'p3',
        claimed: claimedUS,
        logins: [...dailyLogins(10, HOME_RESIDENTIAL), ...dailyLogins(15, NORDVPN, 11)],
      },
    },
    {
      name: 'clear when 30% exactly are abroad',
      profile: {
        id: 'p4',
        claimed: claimedUS,
        logins: [...dailyLogins(21, HOME_RESIDENTIAL, 0.5), ...dailyLogins(9, SEOUL, 21)],
      },
    },
    {
      name: 'clear for corporate VPN egress geolocated at a gateway abroad (business connection)',
      profile: {
        id: 'p5',
        claimed: claimedUS,
        logins: [
          ...dailyLogins(5, HOME_RESIDENTIAL),
          ...dailyLogins(20, { country: 'DE', connectionType: 'business', asn: 64500 }, 6),
        ],
      },
    },
    {
      name: 'clear for an allowlisted ASN',
      profile: {
        id: 'p6',
        claimed: claimedUS,
        logins: [
          ...dailyLogins(5, HOME_RESIDENTIAL),
          ...dailyLogins(20, { country: 'DE', connectionType: 'residential', asn: 64501 }, 6),
        ],
      },
      options: { allowedAsns: [64501] },
    },
    {
      name: 'clear when the foreign logins come from an ASN the organisation declares as its egress',
      profile: {
        id: 'p7',
        claimed: claimedUS,
        logins: [...dailyLogins(5, HOME_RESIDENTIAL), ...dailyLogins(12, { ...SEOUL, asn: 64700 }, 6)],
      },
      organizations: { '*': { corporateEgress: { asns: [64700] } } },
    },
  ],
  invalid: [
    {
      name: 'flags a month of logins mostly from another country',
      profile: {
        id: 'p10',
        claimed: claimedUS,
        logins: [
          ...dailyLogins(5, HOME_RESIDENTIAL),
          ...dailyLogins(12, SEOUL, 6),
          ...dailyLogins(3, LYON, 18),
        ],
      },
      findings: [
        {
          messageId: 'elsewhere',
          level: 'mostly-abroad',
          data: {
            count: 15,
            total: 20,
            days: 30,
            percent: 75,
            abroadDays: 15,
            countries: 'KR, FR',
            claimed: 'US',
          },
          path: 'logins',
          severity: 'medium',
          evidence: { byCountry: { KR: 12, FR: 3 }, claimed: 'US' },
        },
      ],
    },
    {
      name: 'flags a stay abroad longer than the travel allowance',
      profile: {
        id: 'p11',
        claimed: claimedUS,
        logins: [...dailyLogins(10, HOME_RESIDENTIAL, 12), ...trip(8, 2, LYON)],
      },
      findings: [
        {
          messageId: 'elsewhere',
          level: 'mostly-abroad',
          data: {
            count: 24,
            total: 34,
            days: 30,
            percent: 71,
            abroadDays: 8,
            countries: 'FR',
            claimed: 'US',
          },
        },
      ],
    },
    {
      name: 'flags under two-thirds of logins abroad over more than a week at the part-time level',
      profile: {
        id: 'p12',
        claimed: claimedUS,
        logins: [...dailyLogins(10, HOME_RESIDENTIAL), ...dailyLogins(8, SEOUL, 11)],
      },
      findings: [
        {
          messageId: 'elsewhere',
          level: 'abroad-part-time',
          severity: 'low',
          data: {
            count: 8,
            total: 18,
            days: 30,
            percent: 44,
            abroadDays: 8,
            countries: 'KR',
            claimed: 'US',
          },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a claimed country',
      profile: { id: 'p20', logins: dailyLogins(5, SEOUL) },
      missing: ['claimed.country'],
    },
    {
      name: 'skipped with too few located logins',
      profile: {
        id: 'p21',
        claimed: claimedUS,
        logins: [...dailyLogins(4, SEOUL), { at: daysAgo(1), ip: '198.51.100.1' }],
      },
      missing: ['at least 5 located, non-VPN, non-corporate logins in the last 30 days'],
    },
  ],
});
