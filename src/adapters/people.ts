import { email as emailOf, personFrom } from './_lib/people.js';
import { readWith } from './_lib/run.js';
import { isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterResult, Mapped, ProfileFragment } from './types.js';

function mapPeopleRow(row: Json): Mapped {
  const id = str(row.id);
  const emails = Array.isArray(row.emails) ? row.emails : [];
  const listed = emails.map((e) => (isObject(e) ? emailOf(e.address, undefined) : undefined));
  const person = personFrom(id, listed);
  if (!person.employeeId && !person.email) return { malformed: 'no id and no emails[].address' };
  const { id: _id, ...profile } = row;
  return { partials: [{ person, profile: profile as ProfileFragment }] };
}

/** Rows already in hirescreen's profile shape (the HRIS export `hirescreen screen` reads). */
export const peopleAdapter: Adapter = { name: 'people', lineDelimited: true, map: mapPeopleRow };

/**
 * Reads profile-shaped records (objects, or the rows of a CSV whose headers are profile paths, as
 * `hirescreen screen` reads them) as partial profiles keyed by `id` (the employee id) and `emails`.
 * Values are passed through unchanged; the assembled profile is validated as a whole.
 *
 * @example
 * fromPeople([{ id: 'E-1001', name: { full: 'Dana Reyes' } }]).partials[0]?.person // { employeeId: 'E-1001' }
 */
export function fromPeople(input: string | readonly unknown[]): AdapterResult {
  return readWith(peopleAdapter, input);
}
