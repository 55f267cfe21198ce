import { ANONYMISING_CONNECTION_TYPES, type IpFactSource, type IpFacts } from './types.js';

/** The geo block a login event carries (the profile schema's `logins[].geo`). */
export interface LoginGeoFacts {
  country?: string;
  region?: string;
  city?: string;
  lat?: number;
  lon?: number;
  asn?: number;
  org?: string;
  connectionType?: IpFacts['connectionType'];
  provider?: string;
}

export interface MergeIpFactsInput {
  /** Facts recorded with the event itself (a login's `geo`), see {@link ipFactsFromLogin}. */
  event?: Partial<IpFacts> | undefined;
  /** Provider answers for this address, highest priority first. */
  providers?: ReadonlyArray<Partial<IpFacts> | undefined>;
}

type Candidate = Partial<IpFacts>;
type FieldName = Exclude<keyof IpFacts, 'ip' | 'sources'>;

const LOCATION: readonly FieldName[] = ['country', 'region', 'city', 'lat', 'lon'];
const FIELDS: readonly FieldName[] = [...LOCATION, 'asn', 'org', 'connectionType', 'provider'];
// Most specific first: a VPN usually sits in hosting space, so 'vpn' says more than 'hosting'.
const ANONYMISER_RANK = ANONYMISING_CONNECTION_TYPES;

/**
 * Merges what an event and IP-intel providers say about one address, keeping each fact's source.
 *
 * Precedence, by what each kind of source is good at:
 * - **Location** (country, region, city, lat, lon) comes from the event first: it was resolved when the
 *   login happened, while a provider's table may be newer than the event and the block re-assigned since.
 *   The location is taken whole from one source, never a city from one and a country from another.
 * - **Network** (asn, org, connectionType, provider) comes from providers first, in the order given:
 *   classifying addresses is what a user configured them for, and an IdP's login geo usually comes from a
 *   generic geolocation table with weak anonymiser detection.
 * - **Anonymisers are never hidden**: a tor, vpn, proxy or hosting classification from any source beats a
 *   non-anonymising one from any other (most specific wins: tor, vpn, proxy, hosting), and 'unknown' never
 *   replaces a known type. So a login that reports 'residential' cannot mask a provider's 'vpn'.
 *
 * @example
 * mergeIpFacts('198.51.100.7', {
 *   event: { country: 'US', city: 'Dallas', connectionType: 'residential', sources: [{ name: 'login', fields: ['country', 'city', 'connectionType'] }] },
 *   providers: [{ connectionType: 'vpn', provider: 'Astrill', country: 'SG', sources: [{ name: 'vpn-list', fields: ['connectionType', 'provider', 'country'] }] }],
 * });
 * // { ip: '198.51.100.7', country: 'US', city: 'Dallas', connectionType: 'vpn', provider: 'Astrill',
 * //   sources: [{ name: 'login', fields: ['country', 'city'] }, { name: 'vpn-list', fields: ['connectionType', 'provider'] }] }
 */
export function mergeIpFacts(ip: string, input: MergeIpFactsInput): IpFacts {
  const event = input.event;
  const providers = (input.providers ?? []).filter((facts): facts is Candidate => facts !== undefined);
  const network = [...providers, ...(event ? [event] : [])];
  const everyone = [...(event ? [event] : []), ...providers];
  const chosen = new Map<FieldName, Candidate>();

  const locationFrom = everyone.find((facts) => LOCATION.some((field) => facts[field] !== undefined));
  if (locationFrom)
    for (const field of LOCATION) if (locationFrom[field] !== undefined) chosen.set(field, locationFrom);

  const asnFrom = network.find((facts) => facts.asn !== undefined);
  if (asnFrom) chosen.set('asn', asnFrom);
  const orgFrom =
    asnFrom?.org !== undefined
      ? asnFrom
      : network.find(
          (facts) => facts.org !== undefined && (asnFrom === undefined || facts.asn === asnFrom.asn),
        );
  if (orgFrom) chosen.set('org', orgFrom);

  const typeFrom = pickConnectionType(network);
  if (typeFrom) chosen.set('connectionType', typeFrom);
  const providerFrom = network.find((facts) => facts.provider !== undefined);
  if (providerFrom) chosen.set('provider', providerFrom);

  const merged: IpFacts = { ip, sources: [] };
  const attributions = new Map<Candidate, Map<string, IpFactSource>>();
  for (const field of FIELDS) {
    const from = chosen.get(field);
    if (!from) continue;
    (merged as unknown as Record<string, unknown>)[field] = from[field];
    const origin = sourceOf(from, field);
    const key = `${origin.name}\u0000${origin.asOf ?? ''}\u0000${origin.matched ?? ''}`;
    const perCandidate = attributions.get(from) ?? new Map<string, IpFactSource>();
    attributions.set(from, perCandidate);
    const entry = perCandidate.get(key) ?? { ...origin, fields: [] };
    perCandidate.set(key, entry);
    entry.fields.push(field);
  }
  merged.sources = everyone.flatMap((facts) => [...(attributions.get(facts)?.values() ?? [])]);
  return merged;
}

function pickConnectionType(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const facts of candidates) {
    const type = facts.connectionType;
    if (type === undefined) continue;
    const anonymiser = ANONYMISER_RANK.indexOf(type);
    const rank = anonymiser >= 0 ? anonymiser : type === 'unknown' ? 100 : 50;
    if (rank < bestRank) {
      best = facts;
      bestRank = rank;
    }
  }
  return best;
}

/** The source entry that supplied `field`, or the first one, or an anonymous one. */
function sourceOf(facts: Candidate, field: FieldName): Omit<IpFactSource, 'fields'> {
  const entry = facts.sources?.find((source) => source.fields.includes(field)) ?? facts.sources?.[0];
  if (!entry) return { name: 'unknown' };
  const { fields: _fields, ...rest } = entry;
  return rest;
}

/**
 * Turns a login event's recorded geo into facts attributed to the event, ready for {@link mergeIpFacts}.
 *
 * @example
 * ipFactsFromLogin({ ip: '203.0.113.9', at: '2025-03-01T10:00:00Z', geo: { country: 'US', asn: 64500 } });
 * // { ip: '203.0.113.9', country: 'US', asn: 64500,
 * //   sources: [{ name: 'login-event', asOf: '2025-03-01T10:00:00Z', fields: ['country', 'asn'] }] }
 */
export function ipFactsFromLogin(
  login: { ip?: string | undefined; at?: string | undefined; geo?: LoginGeoFacts | undefined },
  sourceName = 'login-event',
): Partial<IpFacts> {
  const facts: Partial<IpFacts> = login.ip !== undefined ? { ip: login.ip } : {};
  const fields: string[] = [];
  const geo = login.geo ?? {};
  for (const field of FIELDS) {
    const value = geo[field];
    if (value === undefined) continue;
    (facts as Record<string, unknown>)[field] = value;
    fields.push(field);
  }
  facts.sources = [{ name: sourceName, ...(login.at !== undefined ? { asOf: login.at } : {}), fields }];
  return facts;
}

/**
 * A login's own facts when no provider answered for its address: what {@link mergeIpFacts} gives for the
 * event alone, built in one pass (screenings ask this for every login of every profile).
 *
 * @example
 * ipFactsOfLoginAlone({ ip: '203.0.113.9', at: '2025-03-01T10:00:00Z', geo: { country: 'US' } });
 * // { ip: '203.0.113.9', sources: [{ name: 'login-event', asOf: '2025-03-01T10:00:00Z', fields: ['country'] }],
 * //   country: 'US' }
 */
export function ipFactsOfLoginAlone(login: {
  ip?: string | undefined;
  at?: string | undefined;
  geo?: LoginGeoFacts | undefined;
}): IpFacts {
  // `sources` is written last but keeps its place after `ip`; the placeholder is never handed out.
  const facts: IpFacts = { ip: login.ip ?? '', sources: NO_SOURCES };
  const geo = login.geo;
  // Sized exactly: an array grown by push reserves room for 16 names, garbage for every login.
  const fields = new Array<string>(geo === undefined ? 0 : presentFieldCount(geo));
  if (geo !== undefined) {
    let n = 0;
    for (const field of FIELDS) {
      const value = geo[field];
      if (value === undefined) continue;
      (facts as unknown as Record<string, unknown>)[field] = value;
      fields[n++] = field;
    }
  }
  facts.sources = [
    login.at !== undefined
      ? { name: 'login-event', asOf: login.at, fields }
      : { name: 'login-event', fields },
  ];
  return facts;
}

const NO_SOURCES: IpFactSource[] = [];

function presentFieldCount(geo: LoginGeoFacts): number {
  let count = 0;
  for (const field of FIELDS) if (geo[field] !== undefined) count++;
  return count;
}
