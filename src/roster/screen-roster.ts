import { ValidationError } from '../errors.js';
import { checkRecordsInput } from '../engine/_lib/records-input.js';
import { BaselineLearner, type LearnedBaselines, type LearnOptions } from '../engine/learn-baselines.js';
import { createScreener, type ScreenerOptions } from '../engine/screener.js';
import type { Decision, Screening } from '../engine/types.js';
import { safeParseProfile } from '../schema/parse.js';
import type { Profile } from '../schema/profile.js';
import type { Cluster } from '../links/cluster.js';
import { LinkIndex, type LinkIndexOptions } from '../links/link-index.js';
import type { Investigation } from '../links/networks/types.js';

export interface ScreenRosterOptions extends Omit<ScreenerOptions, 'links' | 'learnedStandards'> {
  /** Options of the roster's link index (HMAC secret, allowlists, policies). */
  links?: LinkIndexOptions;
  /**
   * Learn each employer's standard from its own staff (a tool on most of its laptops, a shared corporate
   * egress, an office) and treat it like declared context, noting it in the screenings that rely on it.
   * On by default; `false` turns it off; an object sets the minimum counts and shares.
   */
  learnBaselines?: boolean | LearnOptions;
}

/** A record that could not be screened, with its zero-based position and the bad fields. */
export interface RosterReject {
  position: number;
  profileId: string | undefined;
  error: ValidationError;
}

export interface RosterSummary {
  /** Records read. Always `screened + rejected`. */
  total: number;
  screened: number;
  rejected: number;
  clusters: number;
  /** Profiles that belong to a suspicious cluster. */
  profilesInClusters: number;
  decisions: Record<Decision, number>;
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
 * and screens each against the index.
 *
 * @example
 * const { clusters, screenings, summary } = await screenRoster(records, {
 *   now: '2026-01-15T00:00:00Z',
 *   links: { hmacSecret: process.env.LINK_SECRET, allowlist: { addresses: ['1 Market St, San Francisco CA 94105'] } },
 * });
 */
export async function screenRoster(
  profiles: Iterable<unknown> | AsyncIterable<unknown>,
  options: ScreenRosterOptions = {},
): Promise<RosterResult> {
  checkRecordsInput(profiles, 'screenRoster');
  const { links: linkOptions, learnBaselines = true, ...screenerOptions } = options;
  const index = new LinkIndex(linkOptions);
  const learner =
    learnBaselines === false ? undefined : new BaselineLearner(learnBaselines === true ? {} : learnBaselines);
  const valid: Profile[] = [];
  const rejects: RosterReject[] = [];
  const seen = new Set<string>();
  let position = 0;
  for await (const input of profiles as AsyncIterable<unknown>) {
    const parsed = safeParseProfile(input, {
      position,
      ...(screenerOptions.unknownKeys && { unknownKeys: screenerOptions.unknownKeys }),
    });
    if (!parsed.success) {
      rejects.push({ position, profileId: parsed.error.profileId, error: parsed.error });
    } else if (seen.has(parsed.data.id)) {
      const error = new ValidationError(
        [{ path: 'id', code: 'duplicate_id', message: 'appears earlier in the roster' }],
        { position, profileId: parsed.data.id },
      );
      rejects.push({ position, profileId: parsed.data.id, error });
    } else {
      seen.add(parsed.data.id);
      valid.push(parsed.data);
      index.add(parsed.data);
      learner?.add(parsed.data);
    }
    position += 1;
  }

  const clusters = index.clusters();
  const learned = learner?.learn() ?? { standards: [], contexts: {} };
  const screener = createScreener({ ...screenerOptions, links: index, learnedStandards: learned.standards });
  const screenings: Screening[] = [];
  for await (const result of screener.screenMany(valid)) {
    if (result.ok) screenings.push(result.screening);
    else rejects.push({ position: result.position, profileId: result.error.profileId, error: result.error });
  }
  rejects.sort((a, b) => a.position - b.position);
  const decisions: Record<Decision, number> = { clear: 0, review: 0, escalate: 0 };
  for (const screening of screenings) decisions[screening.decision] += 1;
  return {
    screenings,
    clusters,
    investigation: index.investigation(),
    rejects,
    index,
    learned,
    summary: {
      total: position,
      screened: screenings.length,
      rejected: rejects.length,
      clusters: clusters.length,
      profilesInClusters: clusters.reduce((sum, cluster) => sum + cluster.members.length, 0),
      decisions,
    },
  };
}
