import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import type { IpFacts } from '../../intel/types.js';
import { greatCircleKm, hasCoordinates, speedKmh, type LatLon } from '../_lib/geo.js';
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
  windowDays: z.number().int().positive().default(30).describe('Days before the as-of time to look at.'),
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
    severity: 'high',
    weight: 40,
    group: 'impossible-travel',
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
    ],
    mitigation:
      'Check whether the two sessions overlapped and from which devices; ask the person, and review the account for shared use.',
    references: cite('S1', 'S4'),
  },
  check(profile, context) {
    const { maxKmh, minKm, windowDays } = context.options;
    const located: Located[] = [];
    for (const entry of loginsInWindow(profile, context, windowDays, isInteractive)) {
      if (isLocated(entry) && locatesUser(entry.facts, context.options)) located.push(entry);
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
    return context.finding('travel', {
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
