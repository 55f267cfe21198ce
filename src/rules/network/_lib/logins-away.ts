import type { RuleContext } from '../../../engine/types.js';
import type { IpFacts } from '../../../intel/types.js';
import type { Profile } from '../../../schema/profile.js';
import {
  distinctDays,
  type EgressAllowlist,
  type EgressOrganization,
  type IndexedLogin,
  isInteractiveWorkLogin,
  locatesUser,
  loginsInWindow,
} from './egress.js';

export type AwayLogin<Place> = IndexedLogin & { place: Place };

/** The window's located work logins, those away from the claimed home, their share and on how many days. */
export interface LoginsAway<Place> {
  located: number;
  away: AwayLogin<Place>[];
  /** `away / located`; 0 when nothing is located. */
  share: number;
  days: number;
}

/**
 * Splits the interactive work logins in the window into those that place the person (a VPN exit, a
 * business line or sanctioned egress says where the gateway is, not the person) and, of those, the ones
 * `isAway` puts elsewhere. A login whose facts have no place (`placeOf` gives undefined) is not located.
 *
 * @example
 * const { located, away, share, days } = loginsAway(profile, context, 30, (facts) => facts.country, (c) => c !== 'US');
 */
export function loginsAway<Place>(
  profile: Profile,
  context: Pick<RuleContext<unknown, Record<string, string>>, 'now' | 'ip'> & {
    options: EgressAllowlist;
    organization: EgressOrganization;
  },
  windowDays: number,
  placeOf: (facts: Readonly<IpFacts>) => Place | undefined,
  isAway: (place: Place) => boolean,
): LoginsAway<Place> {
  let located = 0;
  const away: AwayLogin<Place>[] = [];
  for (const entry of loginsInWindow(profile, context, windowDays, isInteractiveWorkLogin)) {
    const place = entry.facts === undefined ? undefined : placeOf(entry.facts);
    if (place === undefined || !locatesUser(entry.facts, context.options, context.organization)) continue;
    located++;
    if (isAway(place)) away.push({ ...entry, place });
  }
  return {
    located,
    away,
    share: located === 0 ? 0 : away.length / located,
    days: distinctDays(away.map(({ at }) => at)),
  };
}
