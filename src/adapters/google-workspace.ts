import { countryCode } from './_lib/country.js';
import { signInPartial } from './_lib/login.js';
import { mapLines, readWith } from './_lib/run.js';
import { asn, at, emailKey, instant, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterItem, AdapterResult, Mapped } from './types.js';

function mapGoogleLogin(activity: Json): Mapped {
  const application = str(at(activity, 'id.applicationName'));
  if (application !== undefined && application !== 'login')
    return { skip: `application ${application} is not the login audit` };
  const events = Array.isArray(activity.events) ? activity.events : [];
  const names = events.flatMap((event) =>
    isObject(event) && typeof event.name === 'string' ? [event.name] : [],
  );
  if (!names.includes('login_success')) return { skip: 'no login_success event' };
  const when = instant(at(activity, 'id.time'));
  if (when === undefined) return { malformed: 'id.time is not a date-time' };
  const email = emailKey(at(activity, 'actor.email'));
  if (email === undefined) return { skip: 'the actor has no e-mail' };
  // networkInfo.ipAsn is an array: an address announced by several networks lists each; the first is
  // the one Google attributes the sign-in to.
  const asns = at(activity, 'networkInfo.ipAsn');
  const subdivision = str(at(activity, 'networkInfo.subdivisionCode'));
  return signInPartial(
    { email },
    {
      at: when,
      ip: str(activity.ipAddress),
      country: countryCode(at(activity, 'networkInfo.regionCode')),
      region: subdivision?.includes('-') ? subdivision.slice(subdivision.indexOf('-') + 1) : subdivision,
      asn: Array.isArray(asns) ? asn(asns[0]) : asn(asns),
    },
  );
}

/** The Google Workspace login-audit adapter (Admin SDK Reports `activities` of application `login`). */
export const googleWorkspaceAdapter: Adapter = {
  name: 'google-workspace',
  lineDelimited: true,
  map: mapGoogleLogin,
};

/**
 * Reads Google Workspace login activities (the Reports API `items` array, or NDJSON) into partial
 * profiles keyed by the actor's e-mail, one `logins` entry per activity with a `login_success` event.
 *
 * @example
 * fromGoogleWorkspace('{"items":[]}').records // 0
 */
export function fromGoogleWorkspace(input: string | readonly unknown[]): AdapterResult {
  return readWith(googleWorkspaceAdapter, input);
}

/**
 * {@link fromGoogleWorkspace} for a stream of NDJSON lines.
 *
 * @example
 * for await (const item of streamGoogleWorkspace(lines)) console.log(item.kind);
 */
export function streamGoogleWorkspace(
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<AdapterItem> {
  return mapLines(googleWorkspaceAdapter, lines);
}
