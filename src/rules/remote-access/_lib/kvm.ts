import { findKvmLookAlike, matchIpKvmUsb, type IpKvmMatch } from '../../../intel/catalogs/match-kvm.js';
import { IP_KVM_DEVICES } from '../../../intel/catalogs/ip-kvm-devices.js';
import type { KvmLookAlike } from '../../../intel/catalogs/types.js';
import type { Device } from '../../../schema/profile.js';

type Usb = NonNullable<Device['usb']>[number];

/** How strongly a USB device looks like an IP-KVM: a named string, generic gadget ids, or only its shape. */
export type KvmUsbLevel = 'named' | 'generic' | 'shape';

export interface KvmUsbAssessment {
  level: KvmUsbLevel;
  matches: IpKvmMatch[];
  lookAlike: KvmLookAlike | undefined;
}

/**
 * The composite-gadget shape: one device that is at once a keyboard, a mouse and a mass-storage drive.
 * IP-KVMs present exactly that to mount an ISO and type; a wireless receiver has no storage, a flash drive
 * no keyboard. Ids can be copied from a real keyboard, the shape cannot be hidden without losing a function.
 *
 * @example
 * hasKvmShape({ interfaceClasses: ['hid-keyboard', 'hid-mouse', 'mass-storage'] }) // true
 */
export function hasKvmShape(usb: Usb): boolean {
  const classes = usb.interfaceClasses ?? [];
  return (
    classes.includes('hid-keyboard') && classes.includes('hid-mouse') && classes.includes('mass-storage')
  );
}

/**
 * Assesses one USB device against the IP-KVM catalog; undefined when nothing but weak signatures match.
 *
 * @example
 * assessUsb({ vendorId: '1d6b', productId: '0104' })?.level // 'generic'
 */
export function assessUsb(usb: Usb): KvmUsbAssessment | undefined {
  const strongest = strongestMatches(matchIpKvmUsb(IP_KVM_DEVICES, usb));
  // Most devices are an ordinary mouse or receiver: decided without looking for a look-alike.
  if (!strongest && !hasKvmShape(usb)) return undefined;
  const lookAlike = findKvmLookAlike(IP_KVM_DEVICES, usb);
  return strongest ? { ...strongest, lookAlike } : { level: 'shape', matches: [], lookAlike };
}

/** The named matches if any, else the generic ones; undefined when only weak signatures (or none) match. */
function strongestMatches(matches: IpKvmMatch[]): { level: KvmUsbLevel; matches: IpKvmMatch[] } | undefined {
  if (matches.length === 0) return undefined;
  const named = matches.filter((m) => m.signature.confidence === 'named');
  if (named.length > 0) return { level: 'named', matches: named };
  const generic = matches.filter((m) => m.signature.confidence === 'generic');
  if (generic.length > 0) return { level: 'generic', matches: generic };
  return undefined;
}
