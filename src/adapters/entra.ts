import { countryCode } from './_lib/country.js';
import { signInPartial } from './_lib/login.js';
import { mapLines, readWith } from './_lib/run.js';
import { asn, at, emailKey, instant, isObject, num, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterItem, AdapterResult, Mapped } from './types.js';

/** Sentinel and Log Analytics exports hold dynamic columns as JSON text; Graph gives objects. */
function objectOf(value: unknown): Json | undefined {
  if (isObject(value)) return value;
  if (typeof value !== 'string' || !value.trim().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const bool = (value: unknown): boolean | undefined =>
  value === true || value === 'true' || value === 'True'
    ? true
    : value === false || value === 'false' || value === 'False'
      ? false
      : undefined;

/** One sign-in in either spelling: Graph `signIn` (camelCase) or the `SigninLogs` table (PascalCase). */
interface Fields {
  at: unknown;
  user: unknown;
  ip: unknown;
  interactive: unknown;
  location: Json | undefined;
  country: unknown;
  asn: unknown;
  error: unknown;
  device: Json | undefined;
}

function fieldsOf(record: Json): Fields {
  if ('UserPrincipalName' in record || 'TimeGenerated' in record || 'IPAddress' in record) {
    const location = objectOf(record.LocationDetails);
    return {
      at: record.CreatedDateTime ?? record.TimeGenerated,
      user: record.UserPrincipalName,
      ip: record.IPAddress,
      interactive: record.IsInteractive,
      location,
      country: at(location, 'countryOrRegion') ?? record.Location,
      asn: record.AutonomousSystemNumber,
      error: record.ResultType,
      device: objectOf(record.DeviceDetail),
    };
  }
  const location = objectOf(record.location);
  return {
    at: record.createdDateTime,
    user: record.userPrincipalName,
    ip: record.ipAddress,
    interactive: record.isInteractive,
    location,
    country: at(location, 'countryOrRegion'),
    // Only the beta endpoint returns the ASN; v1.0 exports have none and the IP-intel step fills it.
    asn: record.autonomousSystemNumber,
    error: at(record, 'status.errorCode'),
    device: objectOf(record.deviceDetail),
  };
}

function mapEntraSignIn(record: Json): Mapped {
  const fields = fieldsOf(record);
  const when = instant(fields.at);
  if (when === undefined) return { malformed: 'createdDateTime is not a date-time' };
  const error = num(fields.error);
  if (error !== undefined && error !== 0) return { skip: `sign-in failed (error ${error})` };
  const email = emailKey(fields.user);
  if (email === undefined) return { skip: 'no userPrincipalName' };
  return signInPartial(
    { email },
    {
      at: when,
      ip: str(fields.ip),
      deviceId: str(at(fields.device, 'deviceId')),
      interactive: bool(fields.interactive),
      country: countryCode(fields.country),
      region: str(at(fields.location, 'state')),
      city: str(at(fields.location, 'city')),
      lat: num(at(fields.location, 'geoCoordinates.latitude')),
      lon: num(at(fields.location, 'geoCoordinates.longitude')),
      asn: asn(fields.asn),
    },
  );
}

/** The Microsoft Entra sign-in adapter: Graph `signIn` resources and Sentinel `SigninLogs` rows. */
export const entraAdapter: Adapter = { name: 'entra', lineDelimited: false, map: mapEntraSignIn };

/**
 * Reads Microsoft Entra sign-ins (a Graph `/auditLogs/signIns` response with its `value` array, an array,
 * or NDJSON; camelCase Graph or PascalCase Sentinel columns) into partial profiles keyed by the user
 * principal name, one `logins` entry per successful sign-in.
 *
 * @example
 * fromEntra({ value: [] }.value).records // 0
 */
export function fromEntra(input: string | readonly unknown[]): AdapterResult {
  return readWith(entraAdapter, input);
}

/**
 * {@link fromEntra} for a stream of NDJSON lines (a Sentinel or Log Analytics export).
 *
 * @example
 * for await (const item of streamEntra(lines)) if (item.kind === 'malformed') console.log(item.record.line);
 */
export function streamEntra(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<AdapterItem> {
  return mapLines(entraAdapter, lines);
}
