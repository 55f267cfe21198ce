import { readWith } from './_lib/run.js';
import { at, compact, emailKey, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterResult, Mapped, PersonRef } from './types.js';

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((app) => {
    const name = isObject(app) ? str(app.name)?.replace(/\.app$/i, '') : undefined;
    return name ? [name] : [];
  });
}

// Jamf Pro API (`/api/v1/computers-inventory?section=GENERAL&section=HARDWARE&section=USER_AND_LOCATION
// &section=APPLICATIONS`) and the Classic API (`/JSSResource/computers/id/{id}`, wrapped in `computer`).
function mapJamfComputer(record: Json): Mapped {
  const classic = isObject(record.computer) ? record.computer : undefined;
  const source = classic ?? record;
  const udid = str(at(source, 'udid')) ?? str(at(source, 'general.udid'));
  const id = udid ?? str(source.id) ?? str(at(source, 'general.id'));
  if (id === undefined) return { malformed: 'no udid or id' };
  const serial = str(at(source, 'hardware.serialNumber')) ?? str(at(source, 'general.serial_number'));
  const apps = classic ? names(at(classic, 'software.applications')) : names(source.applications);
  const email =
    emailKey(at(source, 'userAndLocation.email')) ?? emailKey(at(source, 'location.email_address'));
  const person: PersonRef = { deviceId: id, ...(email && { email }) };
  const device = compact({
    id,
    serial,
    managed: true,
    software: apps.length > 0 ? apps.map((name) => ({ name })) : undefined,
  });
  return { partials: [{ person, profile: { devices: [device] } }] };
}

/** The Jamf Pro computer-inventory adapter. */
export const jamfAdapter: Adapter = { name: 'jamf', lineDelimited: false, map: mapJamfComputer };

/**
 * Reads Jamf Pro computer inventory (the API's `results` page or an array; Classic API `computer`
 * objects too) into partial profiles: a managed device with its serial and installed applications,
 * keyed by the machine's UDID and the assigned user's e-mail.
 *
 * @example
 * fromJamf({ results: [{ udid: 'A1', hardware: { serialNumber: 'C02X' }, applications: [{ name: 'AnyDesk.app' }] }] }.results)
 *   .partials[0]?.profile.devices // [{ id: 'A1', serial: 'C02X', managed: true, software: [{ name: 'AnyDesk' }] }]
 */
export function fromJamf(input: string | readonly unknown[]): AdapterResult {
  return readWith(jamfAdapter, input);
}
