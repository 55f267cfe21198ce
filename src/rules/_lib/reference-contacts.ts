import { emailKey } from '../../normalize/email.js';
import { phoneKey } from '../../normalize/phone.js';
import type { Profile, Reference } from '../../schema/profile.js';

/** How a finding names a reference: by name, else by its place in the list. */
export const referenceLabel = (reference: Reference, index: number): string =>
  reference.name ? `"${reference.name}"` : `reference ${index + 1}`;

/**
 * The country a profile's nationally written numbers are read in: its claimed country, else the US, as
 * the link index reads them, so a rule and the index agree on what is one number.
 */
const countryOf = (profile: Profile): string => profile.claimed?.country ?? 'US';

export interface OwnContactKeys {
  phones: ReadonlySet<string>;
  emails: ReadonlySet<string>;
}

/** The profile asked about last and its keys: two rules ask for every reference of one profile in turn. */
let last: { profile: Profile; keys: OwnContactKeys } | undefined;

/**
 * The candidate's own phone and e-mail keys, to compare each reference's with. The answer for the
 * profile asked about last is kept (profiles are frozen, so it cannot go stale), which saves building
 * the sets again for each reference and contact.
 */
export function ownContactKeys(profile: Profile): OwnContactKeys {
  if (last?.profile === profile) return last.keys;
  const keys = contactKeysOf(profile);
  last = { profile, keys };
  return keys;
}

function contactKeysOf(profile: Profile): OwnContactKeys {
  const country = countryOf(profile);
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const phone of profile.phones ?? []) {
    const key = phoneKey(phone.number, country);
    if (key) phones.add(key);
  }
  for (const email of profile.emails ?? []) {
    const key = emailKey(email.address);
    if (key) emails.add(key);
  }
  return { phones, emails };
}

/** A reference's phone or e-mail key, read like the candidate's own; undefined when it has none. */
export function referenceContactKey(
  profile: Profile,
  reference: Reference,
  contact: 'phone' | 'email',
): string | undefined {
  if (contact === 'phone') return reference.phone ? phoneKey(reference.phone, countryOf(profile)) : undefined;
  return reference.email ? emailKey(reference.email) : undefined;
}
