import { countryCode } from './_lib/country.js';
import { signInPartial } from './_lib/login.js';
import { mapLines, readWith } from './_lib/run.js';
import { asn, at, emailKey, instant, num, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterItem, AdapterResult, Mapped } from './types.js';

// Events that record a person signing in; admin actions and token grants are other event types.
const SIGN_IN_EVENT = /^user\.(session\.start|authentication\.)/;

function mapOktaEvent(event: Json): Mapped {
  const eventType = str(event.eventType);
  if (eventType === undefined) return { malformed: 'no eventType' };
  if (!SIGN_IN_EVENT.test(eventType)) return { skip: `event type ${eventType} is not a sign-in` };
  const result = str(at(event, 'outcome.result'));
  if (result !== undefined && result !== 'SUCCESS' && result !== 'ALLOW')
    return { skip: `outcome ${result}` };
  const when = instant(event.published);
  if (when === undefined) return { malformed: 'published is not a date-time' };
  const email = emailKey(at(event, 'actor.alternateId'));
  if (email === undefined) return { skip: 'the actor has no sign-in e-mail' };
  const place = at(event, 'client.geographicalContext');
  return signInPartial(
    { email },
    {
      at: when,
      ip: str(at(event, 'client.ipAddress')),
      interactive: eventType === 'user.session.start' ? true : undefined,
      // Okta writes the country as an English name ("United States"), not a code.
      country: countryCode(at(place, 'country')),
      region: str(at(place, 'state')),
      city: str(at(place, 'city')),
      lat: num(at(place, 'geolocation.lat')),
      lon: num(at(place, 'geolocation.lon')),
      asn: asn(at(event, 'securityContext.asNumber')),
      org: str(at(event, 'securityContext.asOrg')),
      connectionType: at(event, 'securityContext.isProxy') === true ? 'proxy' : undefined,
    },
  );
}

/** The Okta System Log adapter (LogEvent objects, one per line or as the API's JSON array). */
export const oktaAdapter: Adapter = { name: 'okta', lineDelimited: true, map: mapOktaEvent };

/**
 * Reads Okta System Log events (the `/api/v1/logs` array, or NDJSON) into partial profiles keyed by the
 * actor's sign-in e-mail, one `logins` entry per successful sign-in event.
 *
 * @example
 * const result = fromOkta([{ eventType: 'user.session.start', published: '2026-01-05T14:00:00.000Z',
 *   actor: { type: 'User', alternateId: 'ana@example.com' }, client: { ipAddress: '203.0.113.7' } }]);
 * result.partials[0]?.profile.logins?.[0]?.ip // '203.0.113.7'
 */
export function fromOkta(input: string | readonly unknown[]): AdapterResult {
  return readWith(oktaAdapter, input);
}

/**
 * {@link fromOkta} for a stream of NDJSON lines, one event held at a time.
 *
 * @example
 * for await (const item of streamOkta(createInterface({ input: createReadStream('okta.jsonl') }))) console.log(item.kind);
 */
export function streamOkta(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<AdapterItem> {
  return mapLines(oktaAdapter, lines);
}
