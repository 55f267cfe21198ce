import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import type { IpFacts } from '../../intel/types.js';
import { greatCircleKm, hasCoordinates, speedKmh, type LatLon } from '../_lib/geo.js';
import { windowDaysOption } from '../_lib/option-schemas.js';
import { optionText } from '../_lib/option-text.js';
import { cite } from '../_lib/references.js';
import { HOUR_MS } from '../_lib/time.js';
import type { Login } from '../../schema/profile.js';
import { egressAllowlist, locatesUser, loginsInWindow, type IndexedLogin } from './_lib/egress.js';

const options = z.object({
  // docs/indicators.md net-multi-country-burst: "implied travel speed > 900 km/h" (default): a jet's cruise speed.
  maxKmh: z
    .number()
    .positive()
    .default(900)
    .describe('Fastest ground speed between two logins that stays clear.'),
  // City-level IP geolocation is often off by tens to a few hundred km; shorter hops say nothing.
  minKm: z
    .number()
    .nonnegative()
    .default(250)
    .describe('Shortest distance between two logins that is considered.'),
  // A jet's 900 km/h plus IP geolocation off by a few hundred km at either end: a flight almost makes it.
  nearFlightKmh: z
    .number()
    .positive()
    .default(2000)
    .describe('Fastest implied speed still read as a flight with geolocation error (a weaker level).'),
  windowDays: windowDaysOption(30),
  ...egressAllowlist,
});

/** A login whose IP facts carry coordinates, and place the user. */
interface Located extends IndexedLogin {
  facts: Readonly<IpFacts> & LatLon;
}

interface Leg {
  from: Located;
  to: Located;
  km: number;
  kmh: number;
}

const isInteractive = (login: Login) => login.interactive !== false;

const isLocated = (entry: IndexedLogin): entry is Located => hasCoordinates(entry.facts);

const place = (facts: { city?: string; country?: string } | undefined) =>
  [facts?.city, facts?.country].filter(Boolean).join(', ') || 'an unnamed place';

const tooFewLogins = optionText(
  (windowDays) =>
    `at least 2 logins with coordinates, not via VPN or corporate egress, in the last ${windowDays} days`,
);

/**
 * Two consecutive logins too far apart for anyone to travel between: one account used from two places at
 * once, as when a worker abroad and a facilitator's laptop farm share it (2022 advisory, FBI 2025).
 * VPN, proxy, Tor, hosting and corporate egress are left out: their location is not the person's.
 */
export const impossibleTravel = defineRule({
  id: 'impossible-travel',
  meta: {
    description: 'Consecutive logins are further apart than anyone could travel in the time between them.',
    category: 'network',
    severity: 'medium',
    weight: 40,
    group: 'login-geography',
    levels: {
      'near-flight': {
        description:
          'Every flagged hop is one a flight could almost make (no faster than nearFlightKmh): a trip between home and abroad with the timestamps or the geolocation a little off.',
        likelihoodRatio: 2,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Staff fly; a login at the gate and one on arrival, each geolocated a few hundred km off, imply just over cruise speed. Weak evidence of shared use.',
        },
      },
      'impossible-hop': {
        description: 'One or two hops no flight could make: the account was used from two places at once.',
        likelihoodRatio: 8,
        basis: {
          kind: 'judgement',
          note: 'The 2022 advisory and the FBI name logins from several countries in a short window; an unclassified VPN, mobile roaming or a split tunnel produce the same hop for legitimate staff, so it needs a second finding.',
        },
      },
      'repeated-impossible-hops': {
        description:
          'Three or more impossible hops in the window: two places taking turns on one account, as a worker and a laptop farm would.',
        likelihoodRatio: 20,
        basis: {
          kind: 'judgement',
          note: 'A one-off misclassified address explains one hop, rarely several back and forth; a VPN switched on and off still can, so it stays below review alone.',
        },
      },
    },
    defaultLevel: 'impossible-hop',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      travel:
        '{{count}} pair(s) of consecutive logins imply impossible travel; the fastest: {{from}} then {{to}}, {{km}} km apart in {{hours}} h ({{kmh}} km/h).',
    },
    requires: ['logins'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['net-multi-country-burst'],
    falsePositives: [
      'Mobile roaming or a split-tunnel VPN that the IP intelligence did not classify.',
      'Gross geolocation error for one of the addresses.',
      'The employer\u2019s own gateways, when IP intelligence does not mark them as business: declare them as corporate egress in the organisation context.',
    ],
    mitigation:
      'Check whether the two sessions overlapped and from which devices; ask the person, and review the account for shared use.',
    references: cite('S1', 'S4'),
  },
  check(profile, context) {
    const { maxKmh, minKm, windowDays, nearFlightKmh } = context.options;
    const located: Located[] = [];
    for (const entry of loginsInWindow(profile, context, windowDays, isInteractive)) {
      if (isLocated(entry) && locatesUser(entry.facts, context.options, context.organization))
        located.push(entry);
    }
    if (located.length < 2) return context.skip(tooFewLogins(windowDays));
    const legs: Leg[] = [];
    for (let n = 1; n < located.length; n++) {
      const from = located[n - 1] as Located;
      const to = located[n] as Located;
      const km = greatCircleKm(from.facts, to.facts);
      const kmh = speedKmh(km, to.at - from.at);
      if (km >= minKm && kmh > maxKmh) legs.push({ from, to, km, kmh });
    }
    if (legs.length === 0) return undefined;
    const fastest = legs.reduce((best, leg) => (leg.kmh > best.kmh ? leg : best));
    const impossible = legs.filter((leg) => leg.kmh > nearFlightKmh).length;
    const level =
      impossible >= 3 ? 'repeated-impossible-hops' : impossible > 0 ? 'impossible-hop' : 'near-flight';
    return context.finding('travel', {
      level,
      data: {
        count: legs.length,
        from: place(fastest.from.facts),
        to: place(fastest.to.facts),
        km: Math.round(fastest.km),
        hours: Math.round(((fastest.to.at - fastest.from.at) / HOUR_MS) * 10) / 10,
        kmh: Number.isFinite(fastest.kmh) ? Math.round(fastest.kmh) : 'unbounded',
      },
      path: `logins[${fastest.to.index}]`,
      evidence: {
        pairs: legs.slice(0, 20).map((leg) => [`logins[${leg.from.index}]`, `logins[${leg.to.index}]`]),
        maxKmh,
      },
    });
  },
});
