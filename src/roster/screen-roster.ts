import type { LearnedBaselines } from '../engine/learn-baselines.js';
import type { Screening } from '../engine/types.js';
import type { Cluster } from '../links/cluster.js';
import type { Investigation } from '../links/networks/types.js';
import type { LinkIndex, LinkIndexOptions } from '../links/link-index.js';
import { screenRosterStream, type RereadableRoster, type RosterItem } from './screen-roster-stream.js';
import type { RosterReject, RosterSummary, ScreenRosterOptions as StreamOptions } from './types.js';

export type { RosterReject, RosterSummary } from './types.js';

export interface ScreenRosterOptions extends Omit<StreamOptions, 'links'> {
  /** Options of the roster's link index (HMAC secret, allowlists, policies). */
  links?: LinkIndexOptions;
}

export interface RosterResult {
  /** One per valid record, in input order. */
  screenings: Screening[];
  /** Suspicious clusters, flat (farms joined by identity material are one), most suspicious first. */
  clusters: Cluster[];
  /** The same clusters nested: networks with their farms, and farms in no network. */
  investigation: Investigation;
  rejects: RosterReject[];
  summary: RosterSummary;
  /** The index built over the roster, for follow-up lookups (e.g. screening one new hire). */
  index: LinkIndex;
  /** What was learned as each employer's standard, also as contexts to review and keep. */
  learned: LearnedBaselines;
}

/**
 * Screens a whole roster with the cross-profile rules: validates every record (invalid ones and
 * duplicate ids become rejects with position and field paths), indexes the valid ones, clusters them
 * and screens each against the index. It collects {@link screenRosterStream}, which a caller that writes
 * screenings out as they come should use instead: this one holds every screening.
 *
 * @example
 * const { clusters, screenings, summary } = await screenRoster(records, {
 *   now: '2026-01-15T00:00:00Z',
 *   links: { hmacSecret: process.env.LINK_SECRET, allowlist: { addresses: ['1 Market St, San Francisco CA 94105'] } },
 * });
 */
export async function screenRoster(
  profiles: Iterable<unknown> | AsyncIterable<unknown> | RereadableRoster,
  options: ScreenRosterOptions = {},
): Promise<RosterResult> {
  const screenings: Screening[] = [];
  const rejects: RosterReject[] = [];
  let end: Extract<RosterItem, { kind: 'end' }> | undefined;
  for await (const item of screenRosterStream(profiles, { ...options, links: options.links ?? {} })) {
    if (item.kind === 'screening') screenings.push(item.screening);
    else if (item.kind === 'reject') rejects.push(item.reject);
    else end = item;
  }
  // The stream's last item is always its `end`, with the index (links are on here).
  const { clusters, investigation, summary, index, learned } = end as Extract<RosterItem, { kind: 'end' }>;
  return { screenings, clusters, investigation, rejects, summary, index: index as LinkIndex, learned };
}
