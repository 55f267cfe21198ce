import { addressFromFields } from './_lib/people.js';
import { countryCode } from './_lib/country.js';
import { mapRecords, mapText, recordsOf, tally } from './_lib/run.js';
import { calendarDate, compact, emailKey, instant, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterResult, Mapped, ProfileFragment } from './types.js';

type Document = NonNullable<ProfileFragment['documents']>[number];

/** Persona's `id-class` to the schema's document types; classes with no counterpart are `other`. */
function documentType(idClass: string | undefined, country: string | undefined): Document['type'] {
  if (idClass === 'pp' || idClass === 'ppc') return 'passport';
  if (idClass === 'dl') return 'drivers-license';
  // An "identification card" is a state ID in the US and a national ID elsewhere.
  if (idClass === 'id') return country === 'US' ? 'state-id' : 'other';
  if (idClass === 'rp' || idClass === 'pr' || idClass === 'wp') return 'residence-permit';
  if (idClass === 'visa') return 'visa';
  return 'other';
}

function documentOf(verification: Json): Document | undefined {
  const a = isObject(verification.attributes) ? verification.attributes : {};
  const raw = str(a.status);
  if (raw !== 'passed' && raw !== 'failed') return undefined;
  const status: 'passed' | 'failed' = raw;
  const country = countryCode(a['country-code']);
  const name = [a['name-first'], a['name-middle'], a['name-last']].map(str).filter(Boolean).join(' ');
  const address = addressFromFields(
    {
      line1: a['address-street-1'],
      line2: a['address-street-2'],
      city: a['address-city'],
      region: a['address-subdivision'],
      postalCode: a['address-postal-code'],
      country: a['address-country-code'] ?? a['country-code'],
    },
    undefined,
  );
  return compact({
    type: documentType(str(a['id-class']), country),
    issuingCountry: country,
    number: str(a['identification-number']),
    nameOnDocument: name || undefined,
    dateOfBirth: calendarDate(a.birthdate),
    address,
    expiresOn: calendarDate(a['expiration-date']),
    verification: compact({
      status,
      // Persona's government-id check is automated capture and inspection, not a live video call.
      method: 'automated' as const,
      at: instant(a['completed-at']),
    }),
  });
}

function mapInquiry(record: Json): Mapped {
  const inquiry = isObject(record.data) ? record.data : record;
  if (str(inquiry.type) !== 'inquiry') {
    return str(inquiry.type) === 'verification/government-id'
      ? { malformed: 'a verification without its inquiry names no person' }
      : { malformed: 'not a Persona inquiry' };
  }
  const attributes = isObject(inquiry.attributes) ? inquiry.attributes : {};
  const employeeId = str(attributes['reference-id']);
  const email = emailKey(attributes['email-address']);
  if (employeeId === undefined && email === undefined) return { skip: 'no reference-id or email-address' };
  const linked = new Set<string>();
  const relationships = isObject(inquiry.relationships) ? inquiry.relationships : {};
  const verifications = isObject(relationships.verifications) ? relationships.verifications : {};
  for (const ref of Array.isArray(verifications.data) ? verifications.data : [])
    if (isObject(ref) && typeof ref.id === 'string') linked.add(ref.id);
  const included = Array.isArray(record.included) ? record.included.filter(isObject) : [];
  const documents = included
    .filter(
      (item) =>
        item.type === 'verification/government-id' && (linked.size === 0 || linked.has(String(item.id))),
    )
    .map(documentOf)
    .filter((doc): doc is Document => doc !== undefined);
  if (documents.length === 0) return { skip: 'no passed or failed government-id verification' };
  const person = { ...(employeeId && { employeeId }), ...(email && { email }) };
  const observedAt = instant(attributes['completed-at']);
  return { partials: [{ person, profile: { documents }, ...(observedAt && { observedAt }) }] };
}

/** The Persona adapter: inquiries with their included `verification/government-id` resources. */
export const personaAdapter: Adapter = { name: 'persona', lineDelimited: false, map: mapInquiry };

/**
 * A list response (`data` an array of inquiries, one `included` for all) as one record per inquiry,
 * each with the shared `included`.
 */
function perInquiry(document: unknown): unknown[] {
  if (isObject(document) && Array.isArray(document.data)) {
    const included = document.included;
    return document.data.map((data) => ({ data, included }));
  }
  return recordsOf(document);
}

/**
 * Reads Persona inquiries (`GET /api/v1/inquiries/{id}?include=verifications`, a list response, an array
 * of such responses, or NDJSON of them) into partial profiles keyed by the inquiry's `reference-id` (your
 * employee or candidate id) and `email-address`: one `documents` entry per passed or failed
 * government-id verification.
 *
 * @example
 * fromPersona('{"data":{"type":"inquiry","attributes":{"reference-id":"E-1"}},"included":[]}').skipped // 1
 */
export function fromPersona(input: string | readonly unknown[]): AdapterResult {
  if (typeof input !== 'string') return tally(personaAdapter.name, mapRecords(personaAdapter, input));
  const body = input.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return tally(personaAdapter.name, mapText(personaAdapter, body));
  }
  return tally(personaAdapter.name, mapRecords(personaAdapter, perInquiry(document)));
}
