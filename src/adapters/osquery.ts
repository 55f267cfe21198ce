import { edidManufacturer, hex4, usbClasses, type DisplayEntry, type UsbEntry } from './_lib/hardware.js';
import { mapLines, readWith } from './_lib/run.js';
import { at, calendarDate, compact, emailKey, instant, isObject, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterItem, AdapterResult, Mapped, PersonRef, ProfileFragment } from './types.js';

type Table = 'usb_devices' | 'connected_displays' | 'programs' | 'apps';
type Device = NonNullable<ProfileFragment['devices']>[number];

/** Which table a row came from, by the columns only that table has (query names are the user's own). */
function tableOf(row: Json, queryName: string): Table | undefined {
  for (const table of ['usb_devices', 'connected_displays', 'programs', 'apps'] as const)
    if (queryName.includes(table)) return table;
  if ('usb_address' in row || 'usb_port' in row || 'model_id' in row) return 'usb_devices';
  if ('display_id' in row || 'manufactured_week' in row || 'manufactured_year' in row)
    return 'connected_displays';
  if ('identifying_number' in row || 'uninstall_string' in row || 'install_location' in row)
    return 'programs';
  if ('bundle_identifier' in row || 'bundle_name' in row) return 'apps';
  return undefined;
}

/** A row and whether the log says it appeared then (`added`), which dates its first sighting. */
interface Row {
  columns: Json;
  added: boolean;
}

// Three result-log shapes: one event per row (`columns` + `action`), the batched differential
// (`diffResults.added/removed`) and the snapshot (`snapshot`). A removed row still proves the device or
// program was there until then, so it is kept, undated.
function rowsOf(record: Json): Row[] | undefined {
  if (isObject(record.columns)) return [{ columns: record.columns, added: record.action === 'added' }];
  const rows = (list: unknown, added: boolean): Row[] =>
    Array.isArray(list) ? list.filter(isObject).map((columns) => ({ columns, added })) : [];
  if (isObject(record.diffResults))
    return [...rows(record.diffResults.added, true), ...rows(record.diffResults.removed, false)];
  if (Array.isArray(record.snapshot)) return rows(record.snapshot, false);
  return undefined;
}

function usbOf(row: Json, seen: string | undefined): UsbEntry {
  return compact({
    vendorId: hex4(row.vendor_id),
    productId: hex4(row.model_id),
    manufacturer: str(row.vendor),
    product: str(row.model),
    serial: str(row.serial),
    interfaceClasses: usbClasses(row.class, row.protocol),
    firstSeenAt: seen,
  });
}

function displayOf(row: Json, seen: string | undefined): DisplayEntry {
  return compact({
    name: str(row.name),
    manufacturerCode: edidManufacturer(row.vendor_id),
    productCode: str(row.product_id)?.replace(/^0x/i, '').toLowerCase(),
    firstSeenAt: seen,
  });
}

function softwareName(row: Json, table: Table): string | undefined {
  if (table === 'apps')
    return str(row.bundle_name) ?? str(row.display_name) ?? str(row.name)?.replace(/\.app$/i, '');
  return str(row.name);
}

/** The person an osquery host belongs to: decorations the fleet adds, else only the machine. */
function personOf(record: Json, deviceId: string): PersonRef {
  const decorations = isObject(record.decorations) ? record.decorations : {};
  const email = emailKey(decorations.email ?? decorations.user_email);
  const employeeId = str(decorations.employee_id);
  return { deviceId, ...(email && { email }), ...(employeeId && { employeeId }) };
}

function mapOsqueryResult(record: Json): Mapped {
  const rows = rowsOf(record);
  if (rows === undefined) return { malformed: 'no columns, diffResults or snapshot' };
  const deviceId = str(at(record, 'decorations.host_uuid')) ?? str(record.hostIdentifier);
  if (deviceId === undefined) return { malformed: 'no hostIdentifier' };
  const when = instant(record.unixTime, 's') ?? instant(record.calendarTime);
  const queryName = str(record.name) ?? '';
  const device: Device = { id: deviceId, usb: [], displays: [], software: [] };
  const serial = str(at(record, 'decorations.hardware_serial'));
  if (serial) device.serial = serial;
  for (const { columns, added } of rows) {
    const table = tableOf(columns, queryName);
    const seen = added ? when : undefined;
    if (table === 'usb_devices') device.usb?.push(usbOf(columns, seen));
    else if (table === 'connected_displays') device.displays?.push(displayOf(columns, seen));
    else if (table === 'programs' || table === 'apps') {
      const name = softwareName(columns, table);
      const installed =
        table === 'programs'
          ? calendarDate(str(columns.install_date)?.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'))
          : undefined;
      if (name)
        device.software?.push(
          compact({ name, firstSeenAt: seen ?? (installed && `${installed}T00:00:00.000Z`) }),
        );
    }
  }
  const kept = compact({
    ...device,
    usb: device.usb?.length ? device.usb : undefined,
    displays: device.displays?.length ? device.displays : undefined,
    software: device.software?.length ? device.software : undefined,
  });
  if (!kept.usb && !kept.displays && !kept.software)
    return { skip: 'no usb_devices, connected_displays, programs or apps rows' };
  return { partials: [{ person: personOf(record, deviceId), profile: { devices: [kept] } }] };
}

/** The osquery result-log adapter: `usb_devices`, `connected_displays`, `programs` and `apps` rows. */
export const osqueryAdapter: Adapter = { name: 'osquery', lineDelimited: true, map: mapOsqueryResult };

/**
 * Reads osquery result logs (differential event or batch format, or snapshots; one JSON object per
 * line) into partial profiles: one device per record, keyed by the host (`decorations.host_uuid`, else
 * `hostIdentifier`) and by the person when the fleet decorates results with `email` or `employee_id`.
 *
 * @example
 * fromOsquery('{"name":"usb","hostIdentifier":"mac-17","unixTime":1767625200,"action":"added","columns":{"vendor_id":"1d6b","model_id":"0104","usb_address":"3"}}')
 *   .partials[0]?.profile.devices?.[0]?.usb // [{ vendorId: '1d6b', productId: '0104', firstSeenAt: '2026-01-05T15:00:00.000Z' }]
 */
export function fromOsquery(input: string | readonly unknown[]): AdapterResult {
  return readWith(osqueryAdapter, input);
}

/**
 * {@link fromOsquery} for a stream of result-log lines (osquery's filesystem logger writes one per line).
 *
 * @example
 * for await (const item of streamOsquery(lines)) if (item.kind === 'malformed') console.log(item.record.line);
 */
export function streamOsquery(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<AdapterItem> {
  return mapLines(osqueryAdapter, lines);
}
