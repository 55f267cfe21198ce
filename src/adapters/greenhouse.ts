import { addressFromText, email, personFrom, phone, platformOf, present } from './_lib/people.js';
import { readWith } from './_lib/run.js';
import { calendarDate, compact, instant, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterResult, Mapped, ProfileFragment } from './types.js';

type Email = NonNullable<ProfileFragment['emails']>[number];
type Phone = NonNullable<ProfileFragment['phones']>[number];

const listOf = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

const EMAIL_PURPOSE: Readonly<Record<string, Email['purpose']>> = { personal: 'personal', work: 'work' };
const PHONE_PURPOSE: Readonly<Record<string, Phone['purpose']>> = {
  mobile: 'mobile',
  home: 'home',
  work: 'work',
};

function mapCandidate(candidate: Json): Mapped {
  const first = str(candidate.first_name);
  const last = str(candidate.last_name);
  if (str(candidate.id) === undefined) return { malformed: 'no candidate id' };
  const emails = listOf(candidate.email_addresses).map((e) =>
    email(e.value, EMAIL_PURPOSE[str(e.type) ?? ''] ?? 'other'),
  );
  const person = personFrom(undefined, emails);
  if (!person.email) return { skip: 'no e-mail address to join on' };
  const full = [first, last].filter(Boolean).join(' ');
  const profile: ProfileFragment = compact({
    kind: 'candidate' as const,
    name: full ? compact({ full, given: first, family: last }) : undefined,
    emails: present(emails),
    phones: present(
      listOf(candidate.phone_numbers).map((p) => phone(p.value, PHONE_PURPOSE[str(p.type) ?? ''] ?? 'other')),
    ),
    // Greenhouse keeps each address as one free-text string.
    addresses: present(
      listOf(candidate.addresses).map((a) =>
        addressFromText(a.value, str(a.type) === 'home' ? 'home' : 'other'),
      ),
    ),
    onlinePresence: present(
      [...listOf(candidate.social_media_addresses), ...listOf(candidate.website_addresses)].map((link) => {
        const url = str(link.value);
        return url ? { platform: platformOf(url), handle: url } : undefined;
      }),
    ),
    employment: compact({
      workHistory: present(
        listOf(candidate.employments).map((job) => {
          const employer = str(job.company_name);
          return employer
            ? compact({ employer, start: calendarDate(job.start_date), end: calendarDate(job.end_date) })
            : undefined;
        }),
      ),
      education: present(
        listOf(candidate.educations).map((school) => {
          const institution = str(school.school_name);
          const end = calendarDate(school.end_date);
          return institution
            ? compact({ institution, graduationYear: end ? Number(end.slice(0, 4)) : undefined })
            : undefined;
        }),
      ),
    }),
  });
  const observedAt = instant(candidate.updated_at) ?? instant(candidate.created_at);
  return { partials: [{ person, profile, ...(observedAt && { observedAt }) }] };
}

/** The Greenhouse Harvest candidate adapter. */
export const greenhouseAdapter: Adapter = { name: 'greenhouse', lineDelimited: false, map: mapCandidate };

/**
 * Reads Greenhouse Harvest candidates (`GET /v1/candidates`, an array) into partial profiles keyed by
 * their e-mail addresses: name, e-mails, phones, addresses (free text, parsed with the address
 * normaliser), social and web links, employments and educations.
 *
 * @example
 * fromGreenhouse([{ id: 1, first_name: 'Ana', last_name: 'Lima', email_addresses: [{ value: 'ana@example.com', type: 'personal' }] }])
 *   .partials[0]?.profile.name // { full: 'Ana Lima', given: 'Ana', family: 'Lima' }
 */
export function fromGreenhouse(input: string | readonly unknown[]): AdapterResult {
  return readWith(greenhouseAdapter, input);
}
