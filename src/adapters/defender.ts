import { hex4, type DisplayEntry, type UsbClass, type UsbEntry } from './_lib/hardware.js';
import { mapLines, readWith } from './_lib/run.js';
import { compact, emailKey, instant, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterItem, AdapterResult, Mapped, PersonRef } from './types.js';

/** Windows setup classes (the event's ClassName) to the schema's interface classes. */
const CLASS: Readonly<Record<string, UsbClass>> = {
  keyboard: 'hid-keyboard',
  mouse: 'hid-mouse',
  hidclass: 'hid-other',
  diskdrive: 'mass-storage',
  wpd: 'mass-storage',
  usbstor: 'mass-storage',
  net: 'network',
  media: 'audio',
  audioendpoint: 'audio',
  camera: 'video',
  image: 'video',
};

function additionalFields(value: unknown): Json | undefined {
  if (isObject(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A PnP instance id, `USB\VID_1D6B&PID_0104\<serial or instance>`, as USB ids; the last segment is a
 * serial only when Windows did not generate it (generated instance ids contain `&`).
 */
function usbOf(instanceId: string, fields: Json, at: string): UsbEntry | undefined {
  const match = /^(?:USB|HID|USBSTOR)\\VID_([0-9A-F]{4})&PID_([0-9A-F]{4})[^\\]*(?:\\(.*))?$/i.exec(
    instanceId,
  );
  if (!match) return undefined;
  const tail = match[3];
  const className = str(fields.ClassName)?.toLowerCase();
  const kind = className === undefined ? undefined : CLASS[className];
  return compact({
    vendorId: hex4(match[1]),
    productId: hex4(match[2]),
    product: str(fields.DeviceDescription),
    serial: tail !== undefined && tail !== '' && !tail.includes('&') ? tail : undefined,
    interfaceClasses: kind ? [kind] : undefined,
    firstSeenAt: at,
  });
}

/** A monitor's instance id, `DISPLAY\LNX0000\...`: the PNP manufacturer code and product code. */
function displayOf(instanceId: string, fields: Json, at: string): DisplayEntry | undefined {
  const match = /^(?:DISPLAY|MONITOR)\\([A-Z]{3})([0-9A-F]{4})/i.exec(instanceId);
  if (!match) return undefined;
  return compact({
    name: str(fields.DeviceDescription),
    manufacturerCode: match[1]?.toUpperCase(),
    productCode: match[2]?.toLowerCase(),
    firstSeenAt: at,
  });
}

function mapPnpEvent(event: Json): Mapped {
  const action = str(event.ActionType);
  if (action === undefined) return { malformed: 'no ActionType' };
  if (action !== 'PnpDeviceConnected') return { skip: `action ${action} is not PnpDeviceConnected` };
  const when = instant(event.Timestamp ?? event.TimeGenerated);
  if (when === undefined) return { malformed: 'Timestamp is not a date-time' };
  const machine = str(event.DeviceName) ?? str(event.DeviceId);
  if (machine === undefined) return { malformed: 'no DeviceName or DeviceId' };
  const fields = additionalFields(event.AdditionalFields);
  const instanceId = str(fields?.DeviceId);
  if (fields === undefined || instanceId === undefined)
    return { malformed: 'AdditionalFields has no DeviceId' };
  const usb = usbOf(instanceId, fields, when);
  const display = usb ? undefined : displayOf(instanceId, fields, when);
  if (!usb && !display) return { skip: 'neither a USB device nor a display' };
  const email = emailKey(event.InitiatingProcessAccountUpn) ?? emailKey(event.AccountUpn);
  const person: PersonRef = { deviceId: machine, ...(email && { email }) };
  const device = { id: machine, ...(usb && { usb: [usb] }), ...(display && { displays: [display] }) };
  return { partials: [{ person, profile: { devices: [device] } }] };
}

/** The Microsoft Defender for Endpoint adapter: `DeviceEvents` rows with ActionType `PnpDeviceConnected`. */
export const defenderAdapter: Adapter = { name: 'defender', lineDelimited: true, map: mapPnpEvent };

/**
 * Reads Defender `DeviceEvents` exports (advanced hunting JSON or NDJSON) into partial profiles: one
 * device per PnP connection, keyed by `DeviceName`, with the USB vendor and product ids parsed from
 * `AdditionalFields.DeviceId` (`USB\VID_1D6B&PID_0104\...`) or a monitor's PNP code (`DISPLAY\LNX0000`).
 *
 * @example
 * fromDefender([{ Timestamp: '2026-01-05T15:00:00Z', DeviceName: 'lt-17', ActionType: 'PnpDeviceConnected',
 *   AdditionalFields: { ClassName: 'USB', DeviceId: 'USB\\VID_1D6B&PID_0104\\0001' } }]).used // 1
 */
export function fromDefender(input: string | readonly unknown[]): AdapterResult {
  return readWith(defenderAdapter, input);
}

/**
 * {@link fromDefender} for a stream of NDJSON lines.
 *
 * @example
 * for await (const item of streamDefender(lines)) console.log(item.kind);
 */
export function streamDefender(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<AdapterItem> {
  return mapLines(defenderAdapter, lines);
}
