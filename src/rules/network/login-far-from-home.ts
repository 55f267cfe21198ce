import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { coordinatesOf, greatCircleKm, hasCoordinates, type LatLon } from '../_lib/geo.js';
import { countOption, dayAllowanceOption, shareOption, windowDaysOption } from '../_lib/option-schemas.js';
import { optionText } from '../_lib/option-text.js';
import { cite } from '../_lib/references.js';
import { egressAllowlist, percent } from './_lib/egress.js';
import { loginsAway } from './_lib/logins-away.js';

// docs/indicators.md net-geo-vs-claimed: "> 500 km from verified home for > 30 % of sessions in 14 days" (defaults).
const options = z.object({
  maxKm: z
    .number()
    .positive()
    .default(500)
    .describe('Distance from the claimed home beyond which a login counts as far.'),
  maxShare: shareOption(0.3, 'Largest share of far logins that stays clear.'),
  mostlyFarShare: shareOption(
    0.6,
    'Share of far logins above which the person reads as living elsewhere (stronger).',
  ),
  windowDays: windowDaysOption(14),
  travelAllowanceDays: dayAllowanceOption(
    7,
    'Far logins on at most this many distinct days read as a trip, whatever their share.',
  ),
  minLogins: countOption(5, 'Fewest located logins for a share to mean anything.'),
  ...egressAllowlist,
});

const tooFewLogins = optionText(
  (minLogins, windowDays) =>
    `at least ${minLogins} logins with coordinates, not via VPN or corporate egress, in the last ${windowDays} days`,
);

/**
 * Logins geolocate far from the home on file for much of a fortnight: in the LevelBlue case a worker
 * claiming a U.S. home had a baseline of logins from China.
 */
export const loginFarFromHome = defineRule({
  id: 'login-far-from-home',
  meta: {
    description: 'A large share of recent logins geolocates far from the claimed home.',
    category: 'network',
    severity: 'medium',
    weight: 25,
    group: 'login-geography',
    levels: {
      'far-part-time': {
        description:
          'Far logins above the allowed share and on more days than a trip, but no more than mostlyFarShare of them.',
        likelihoodRatio: 2,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Long trips, a partner in another city and ISP geolocation error all look like this; weak.',
        },
      },
      'far-mostly': {
        description: 'Most logins (over mostlyFarShare) geolocate far from the home on file for weeks.',
        likelihoodRatio: 6,
        basis: {
          kind: 'judgement',
          note: 'The LevelBlue worker logged in from far away for weeks; a move not yet on file or a rural line placed in a distant city does the same for legitimate staff.',
        },
      },
    },
    defaultLevel: 'far-mostly',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      far: '{{count}} of {{total}} logins in the last {{days}} days ({{percent}}%), on {{farDays}} different days, came from more than {{maxKm}} km from the home on file (median {{medianKm}} km).',
    },
    requires: ['logins', 'claimed.lat', 'claimed.lon'],
    mitigates: ['remote-access-scrutiny', 'identity-verification'],
    indicators: ['net-geo-vs-claimed'],
    falsePositives: [
      'Corporate VPN or gateway egress, which geolocates at the gateway: business connections, allowlisted providers or ASNs and the organisation\u2019s declared corporate egress are left out.',
      'Travel: a trip of up to travelAllowanceDays days is never a finding on its own.',
      'ISP geolocation error, which can place a rural line in a distant city.',
    ],
    mitigation:
      'Ask the person where they have been working; confirm the home address on a live video call or with a mailed code.',
    references: cite('S41', 'S30'),
  },
  check(profile, context) {
    const home = coordinatesOf(profile.claimed) as LatLon;
    const { maxKm, maxShare, mostlyFarShare, windowDays, travelAllowanceDays, minLogins } = context.options;
    const {
      located,
      away: far,
      share,
      days: farDays,
    } = loginsAway(
      profile,
      context,
      windowDays,
      (facts) => (hasCoordinates(facts) ? greatCircleKm(home, facts) : undefined),
      (km) => km > maxKm,
    );
    if (located < minLogins) return context.skip(tooFewLogins(minLogins, windowDays));
    if (share <= maxShare || farDays <= travelAllowanceDays) return undefined;
    const distances = far.map(({ place }) => place).sort((a, b) => a - b);
    const mid = Math.floor(distances.length / 2);
    const median =
      distances.length % 2 === 1
        ? (distances[mid] as number)
        : ((distances[mid - 1] as number) + (distances[mid] as number)) / 2;
    return context.finding('far', {
      level: share > mostlyFarShare ? 'far-mostly' : 'far-part-time',
      data: {
        count: far.length,
        total: located,
        days: windowDays,
        percent: percent(share),
        farDays,
        maxKm,
        medianKm: Math.round(median),
      },
      path: 'logins',
      evidence: {
        farLogins: far.slice(0, 20).map(({ index }) => `logins[${index}]`),
        maxShare,
        travelAllowanceDays,
      },
    });
  },
});
