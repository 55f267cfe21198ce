import type { ProfileFragment } from '../types.js';
import { str } from './values.js';

type Device = NonNullable<ProfileFragment['devices']>[number];
export type UsbEntry = NonNullable<Device['usb']>[number];
export type DisplayEntry = NonNullable<Device['displays']>[number];
export type UsbClass = NonNullable<UsbEntry['interfaceClasses']>[number];

/**
 * A USB vendor or product id as the schema wants it, four lower-case hex digits, from `0x1D6B`, `1d6b`
 * or a decimal number (some exports write ids as integers).
 *
 * @example
 * hex4('0x1D6B') // '1d6b'
 */
export function hex4(value: unknown): string | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 0xffff
      ? value.toString(16).padStart(4, '0')
      : undefined;
  const text = str(value)?.replace(/^0x/i, '');
  return text !== undefined && /^[0-9a-fA-F]{1,4}$/.test(text)
    ? text.toLowerCase().padStart(4, '0')
    : undefined;
}

function letters(value: number): string | undefined {
  const codes = [(value >> 10) & 31, (value >> 5) & 31, value & 31];
  if ((value & 0x8000) !== 0 || codes.some((c) => c < 1 || c > 26)) return undefined;
  return String.fromCharCode(...codes.map((c) => 64 + c));
}

/**
 * The EDID manufacturer id (bytes 8-9: three letters of five bits each, 1 = A, in a big-endian 16-bit
 * value) as its three-letter PNP code. Accepts the value as hex text (`610`, `0x0610`), a number, or the
 * code itself. Some tools read the two bytes little-endian; when the value does not decode, the swapped
 * bytes are tried.
 *
 * @example
 * edidManufacturer('610') // 'APP'
 */
export function edidManufacturer(value: unknown): string | undefined {
  const text = str(value);
  if (text !== undefined && /^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  const hex = text?.replace(/^0x/i, '');
  const n =
    typeof value === 'number'
      ? value
      : hex !== undefined && /^[0-9a-fA-F]{1,4}$/.test(hex)
        ? parseInt(hex, 16)
        : NaN;
  if (!Number.isInteger(n) || n <= 0 || n > 0xffff) return undefined;
  return letters(n) ?? letters(((n & 0xff) << 8) | (n >> 8));
}

/** USB base classes (usb.org "Defined Class Codes") to the schema's interface classes; HID by protocol. */
export function usbClasses(baseClass: unknown, protocol: unknown): UsbClass[] | undefined {
  const base = typeof baseClass === 'number' ? baseClass : parseInt(str(baseClass) ?? '', 16);
  if (!Number.isFinite(base) || base === 0 || base === 0xef) return undefined;
  if (base === 0x03) {
    const p = typeof protocol === 'number' ? protocol : parseInt(str(protocol) ?? '', 16);
    return [p === 1 ? 'hid-keyboard' : p === 2 ? 'hid-mouse' : 'hid-other'];
  }
  if (base === 0x08) return ['mass-storage'];
  if (base === 0x01) return ['audio'];
  if (base === 0x0e) return ['video'];
  if (base === 0x02 || base === 0x0a || base === 0xe0) return ['network'];
  return ['other'];
}
