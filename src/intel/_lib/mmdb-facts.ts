import type { ConnectionType, IpFactFields } from '../types.js';

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
// IPinfo's .mmdb files are tabular and store flags as strings ("true", or "" when unset); MaxMind's
// store booleans, and only when true.
const flag = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');

function number(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** `15169`, `"15169"` or `"AS15169"` (IPinfo writes the ASN as a string with its prefix). */
export function parseAsn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(?:AS)?(\d{1,10})\s*$/i.exec(value);
  if (!match) return undefined;
  const asn = Number(match[1]);
  return asn <= 0xffffffff ? asn : undefined;
}

const COUNTRY = /^[A-Z]{2}$/;

function countryOf(record: Obj): string | undefined {
  // MaxMind: a map with iso_code. IPinfo Lite and ip-location-db: country_code. IPinfo ASN and
  // country_asn: `country` is the code, but IPinfo Lite's `country` is the country's *name*.
  if (isObj(record.country)) return checkedCountry(record.country.iso_code);
  return checkedCountry(record.country_code) ?? checkedCountry(record.country);
}

function checkedCountry(value: unknown): string | undefined {
  const code = text(value)?.toUpperCase();
  return code !== undefined && COUNTRY.test(code) ? code : undefined;
}

// Most specific first, as in mergeIpFacts: a VPN usually sits in hosting space.
const RANK: readonly ConnectionType[] = [
  'tor',
  'vpn',
  'proxy',
  'hosting',
  'mobile',
  'business',
  'residential',
];

const USER_TYPES: Readonly<Record<string, ConnectionType>> = {
  hosting: 'hosting',
  content_delivery_network: 'hosting',
  cellular: 'mobile',
  residential: 'residential',
  business: 'business',
  college: 'business',
  school: 'business',
  government: 'business',
  military: 'business',
  library: 'business',
};

const IPINFO_ASN_TYPES: Readonly<Record<string, ConnectionType>> = {
  hosting: 'hosting',
  business: 'business',
  education: 'business',
  government: 'business',
};

function connectionTypeOf(record: Obj, traits: Obj): ConnectionType | undefined {
  const seen: ConnectionType[] = [];
  for (const source of [record, traits]) {
    // MaxMind Anonymous IP / Anonymous Plus (and the deprecated traits of City and Enterprise).
    if (flag(source.is_tor_exit_node)) seen.push('tor');
    if (flag(source.is_anonymous_vpn)) seen.push('vpn');
    if (flag(source.is_public_proxy) || flag(source.is_residential_proxy) || flag(source.is_anonymous_proxy))
      seen.push('proxy');
    if (flag(source.is_hosting_provider)) seen.push('hosting');
    // `is_anonymous` is true whenever a narrower flag is; alone it still names an anonymiser.
    if (flag(source.is_anonymous) && seen.length === 0) seen.push('proxy');
  }
  // IPinfo privacy. `relay` (e.g. iCloud Private Relay) keeps the user's region by design, so it
  // is not an anonymiser here; its service name is still kept as the provider.
  if (flag(record.tor)) seen.push('tor');
  if (flag(record.vpn)) seen.push('vpn');
  if (flag(record.proxy)) seen.push('proxy');
  if (flag(record.hosting)) seen.push('hosting');
  const userType = text(traits.user_type);
  if (userType !== undefined && USER_TYPES[userType]) seen.push(USER_TYPES[userType]);
  // IPinfo ASN: `type` is isp, hosting, business or education; an ISP says nothing about the line.
  const asnType = record.asn !== undefined ? text(record.type)?.toLowerCase() : undefined;
  if (asnType !== undefined && IPINFO_ASN_TYPES[asnType]) seen.push(IPINFO_ASN_TYPES[asnType]);
  let best: ConnectionType | undefined;
  for (const type of seen) if (best === undefined || RANK.indexOf(type) < RANK.indexOf(best)) best = type;
  return best;
}

/**
 * Maps one `.mmdb` record to IP facts by the fields it carries, so one function reads MaxMind
 * GeoIP2/GeoLite2 City, Country, ASN, ISP, Anonymous IP and Anonymous Plus, IPinfo ASN, Lite,
 * country_asn and privacy, and ip-location-db country files. The field names are the vendors'
 * published schemas; docs/ip-intelligence.md has the table.
 */
export function factsFromMmdbRecord(record: unknown): IpFactFields {
  if (!isObj(record)) return {};
  const traits = isObj(record.traits) ? record.traits : {};
  const location = isObj(record.location) ? record.location : {};
  const facts: IpFactFields = {};

  const country = countryOf(record);
  if (country !== undefined) facts.country = country;
  const subdivision = Array.isArray(record.subdivisions) ? record.subdivisions[0] : undefined;
  const region = isObj(subdivision) ? text(subdivision.iso_code) : text(record.region);
  if (region !== undefined) facts.region = region;
  const city =
    isObj(record.city) && isObj(record.city.names) ? text(record.city.names.en) : text(record.city);
  if (city !== undefined) facts.city = city;
  // MaxMind nests the coordinates in `location`; IPinfo's geolocation file has them at the top level.
  const lat = number(location.latitude) ?? number(record.latitude);
  const lon = number(location.longitude) ?? number(record.longitude);
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    facts.lat = lat;
    facts.lon = lon;
  }

  const asn =
    parseAsn(record.autonomous_system_number) ??
    parseAsn(traits.autonomous_system_number) ??
    parseAsn(record.asn);
  if (asn !== undefined) facts.asn = asn;
  const org =
    text(record.autonomous_system_organization) ??
    text(traits.autonomous_system_organization) ??
    text(record.as_name) ??
    // IPinfo's ASN database names the AS in `name`; elsewhere `name` could mean anything.
    (record.asn !== undefined ? text(record.name) : undefined);
  if (org !== undefined) facts.org = org;

  const connectionType = connectionTypeOf(record, traits);
  if (connectionType !== undefined) facts.connectionType = connectionType;
  const provider = text(record.service) ?? text(record.provider_name);
  if (provider !== undefined) facts.provider = provider;
  return facts;
}
