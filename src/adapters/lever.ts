import { countryCode } from './_lib/country.js';
import { email, personFrom, phone, platformOf, present } from './_lib/people.js';
import { readWith } from './_lib/run.js';
import { compact, instant, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterResult, Mapped, ProfileFragment } from './types.js';

type Phone = NonNullable<ProfileFragment['phones']>[number];
type Claimed = NonNullable<ProfileFragment['claimed']>;

const PHONE_PURPOSE: Readonly<Record<string, Phone['purpose']>> = {
  mobile: 'mobile',
  home: 'home',
  work: 'work',
};

/**
 * Lever's `location` is what the candidate typed ("Austin, TX", "Lisbon, Portugal"). The last part is
 * taken as a country only when it is a country's name: "CA" is California as often as Canada, so a
 * two-letter part is kept as a region, not guessed.
 */
function claimedFrom(location: unknown): Claimed | undefined {
  const text = str(location);
  if (text === undefined) return undefined;
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  const country = last !== undefined && last.length > 3 ? countryCode(last) : undefined;
  const rest = country ? parts.slice(0, -1) : parts;
  return compact({ country, city: rest[0], region: rest.length > 1 ? rest[rest.length - 1] : undefined });
}

function mapOpportunity(opportunity: Json): Mapped {
  if (str(opportunity.id) === undefined) return { malformed: 'no opportunity id' };
  const emails = (Array.isArray(opportunity.emails) ? opportunity.emails : []).map((e) =>
    email(e, undefined),
  );
  const person = personFrom(undefined, emails);
  if (!person.email) return { skip: 'no e-mail address to join on' };
  const name = str(opportunity.name);
  const phones = (Array.isArray(opportunity.phones) ? opportunity.phones : [])
    .filter(isObject)
    .map((p) => phone(p.value, PHONE_PURPOSE[str(p.type) ?? ''] ?? 'other'));
  const links = (Array.isArray(opportunity.links) ? opportunity.links : []).map((link) => {
    const url = str(link);
    return url ? { platform: platformOf(url), handle: url } : undefined;
  });
  const profile: ProfileFragment = compact({
    kind: 'candidate' as const,
    name: name ? { full: name } : undefined,
    emails: present(emails),
    phones: present(phones),
    claimed: claimedFrom(opportunity.location),
    onlinePresence: present(links),
  });
  // Lever writes every time as epoch milliseconds (createdAt, updatedAt, lastInteractionAt).
  const observedAt = instant(opportunity.updatedAt, 'ms') ?? instant(opportunity.createdAt, 'ms');
  return { partials: [{ person, profile, ...(observedAt && { observedAt }) }] };
}

/** The Lever opportunity adapter. */
export const leverAdapter: Adapter = { name: 'lever', lineDelimited: false, map: mapOpportunity };

/**
 * Reads Lever opportunities (`GET /v1/opportunities`, its `data` array) into partial profiles keyed by
 * their e-mails: name, e-mails, phones, the claimed location and links. Times are epoch milliseconds.
 *
 * @example
 * fromLever({ data: [] }.data).records // 0
 */
export function fromLever(input: string | readonly unknown[]): AdapterResult {
  return readWith(leverAdapter, input);
}
