import { compareCodeUnits } from '../../_lib/sort-in-place.js';
import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { countOption, dayAllowanceOption, shareOption, windowDaysOption } from '../_lib/option-schemas.js';
import { optionText } from '../_lib/option-text.js';
import { cite } from '../_lib/references.js';
import { egressAllowlist, percent } from './_lib/egress.js';
import { loginsAway } from './_lib/logins-away.js';

const options = z.object({
  // docs/indicators.md net-geo-vs-claimed suggests "> 30 % of sessions"; a default, not a sourced figure.
  maxShare: shareOption(0.3, 'Largest share of logins from another country that stays clear.'),
  mostlyAbroadShare: shareOption(
    0.6,
    'Share of logins from another country above which the person reads as living there (stronger).',
  ),
  windowDays: windowDaysOption(30),
  travelAllowanceDays: dayAllowanceOption(
    7,
    'Logins abroad on at most this many distinct days read as a trip, whatever their share.',
  ),
  minLogins: countOption(5, 'Fewest located logins for a share to mean anything.'),
  ...egressAllowlist,
});

const tooFewLogins = optionText(
  (minLogins, windowDays) =>
    `at least ${minLogins} located, non-VPN, non-corporate logins in the last ${windowDays} days`,
);

/**
 * Logins come from a country other than the one the person says they live in, most of the time and on more
 * days than a trip. It compares two things about one person (their stated residence and where their own
 * logins come from); it never reasons about anyone's origin.
 */
export const loginCountryMismatch = defineRule({
  id: 'login-country-mismatch',
  meta: {
    description:
      'Over weeks, a large share of logins comes from a country other than the claimed country of residence.',
    category: 'network',
    severity: 'medium',
    weight: 30,
    group: 'login-geography',
    levels: {
      'abroad-part-time': {
        description:
          'Logins from another country above the allowed share and on more days than a trip, but no more than mostlyAbroadShare of them.',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'A long trip, a second home or a border-area ISP gives the same picture; weak on its own.',
        },
      },
      'mostly-abroad': {
        description: 'Most logins (over mostlyAbroadShare) come from another country for weeks.',
        likelihoodRatio: 10,
        basis: {
          kind: 'judgement',
          note: 'LevelBlue\u2019s case had a login baseline in China for a worker claiming a U.S. home; legitimately, a move abroad HR has not recorded or a long stay does the same, so it needs a second finding.',
        },
      },
    },
    defaultLevel: 'mostly-abroad',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      elsewhere:
        '{{count}} of {{total}} logins in the last {{days}} days ({{percent}}%), on {{abroadDays}} different days, came from {{countries}} rather than {{claimed}}, the country of residence on file.',
    },
    requires: ['logins', 'claimed.country'],
    mitigates: ['remote-access-scrutiny', 'identity-verification'],
    indicators: ['net-geo-vs-claimed', 'net-multi-country-burst'],
    falsePositives: [
      'Corporate VPN or gateway egress, which geolocates at the gateway: business connections, allowlisted providers or ASNs and the organisation\u2019s declared corporate egress are left out.',
      'Travel: a trip of up to travelAllowanceDays days is never a finding on its own.',
      'ISP geolocation error near a border, or a mobile carrier that routes through another country.',
      'A move abroad that HR has not recorded yet.',
    ],
    mitigation:
      'Ask the person where they have been working and compare with the residence on file; confirm the address with a live video call or a mailed code.',
    references: cite('S41', 'S30', 'S1'),
  },
  check(profile, context) {
    const claimed = profile.claimed?.country as string;
    const { maxShare, mostlyAbroadShare, windowDays, travelAllowanceDays, minLogins } = context.options;
    // A VPN exit's country is the VPN's, not the person's: those logins belong to the anonymiser rules.
    const {
      located,
      away: abroad,
      share,
      days: abroadDays,
    } = loginsAway(
      profile,
      context,
      windowDays,
      (facts) => facts.country,
      (country) => country.toUpperCase() !== claimed,
    );
    if (located < minLogins) return context.skip(tooFewLogins(minLogins, windowDays));
    if (share <= maxShare || abroadDays <= travelAllowanceDays) return undefined;
    const byCountry = new Map<string, number>();
    for (const { place } of abroad) {
      const country = place.toUpperCase();
      byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    }
    const countries = [...byCountry.entries()].sort(([a, m], [b, n]) => n - m || compareCodeUnits(a, b));
    return context.finding('elsewhere', {
      level: share > mostlyAbroadShare ? 'mostly-abroad' : 'abroad-part-time',
      data: {
        count: abroad.length,
        total: located,
        days: windowDays,
        percent: percent(share),
        abroadDays,
        countries: countries.map(([country]) => country).join(', '),
        claimed,
      },
      path: 'logins',
      evidence: { byCountry: Object.fromEntries(countries), claimed, maxShare, travelAllowanceDays },
    });
  },
});
