import type { IpKvmCatalog, IpKvmDevice, KvmLookAlike, KvmSignature } from './types.js';

/** A USB device as inventories report it; ids are four hex digits. */
export interface UsbDeviceLike {
  vendorId?: string | undefined;
  productId?: string | undefined;
  manufacturer?: string | undefined;
  product?: string | undefined;
  serial?: string | undefined;
  /** SCSI inquiry vendor of a mass-storage function, when reported. */
  storageVendor?: string | undefined;
}

/** A display as inventories report it: EDID monitor name and three-letter manufacturer code. */
export interface DisplayLike {
  name?: string | undefined;
  manufacturerCode?: string | undefined;
}

export interface IpKvmMatch {
  device: IpKvmDevice;
  signature: KvmSignature;
  /** The input field that matched. */
  field: 'ids' | 'manufacturer' | 'product' | 'serial' | 'storageVendor' | 'name' | 'manufacturerCode';
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** True when the signature's words appear, in order and adjacent, among the value's words. */
function containsWords(value: string | undefined, signature: string): boolean {
  if (value === undefined) return false;
  const haystack = tokens(value);
  const needle = tokens(signature);
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

const sameId = (a: string | undefined, b: string) =>
  a !== undefined && a.trim().toLowerCase() === b.toLowerCase();

function collect(catalog: IpKvmCatalog, test: (signature: KvmSignature) => IpKvmMatch['field'] | undefined) {
  const matches: IpKvmMatch[] = [];
  for (const device of catalog.entries) {
    for (const signature of device.signatures) {
      const field = test(signature);
      if (field) matches.push({ device, signature, field });
    }
  }
  return matches;
}

/**
 * Every IP-KVM signature a USB device carries. Named strings match as whole words ('PiKVM' in
 * 'PiKVM Composite Device'); ids and serials match exactly. Check {@link findKvmLookAlike} too:
 * an IP-KVM can wear a benign device's ids, so ids alone never prove or disprove a KVM.
 *
 * @example
 * matchIpKvmUsb(IP_KVM_DEVICES, { vendorId: '1d6b', productId: '0104', manufacturer: 'PiKVM' })
 *   .map((m) => [m.device.id, m.signature.confidence]);
 * // [['linux-usb-gadget', 'generic'], ['pikvm', 'named']]
 * matchIpKvmUsb(IP_KVM_DEVICES, { vendorId: '046d', productId: 'c52b', product: 'USB Receiver' }); // []
 */
export function matchIpKvmUsb(catalog: IpKvmCatalog, usb: UsbDeviceLike): IpKvmMatch[] {
  return collect(catalog, (signature) => {
    if (signature.kind === 'usb-id') {
      return sameId(usb.vendorId, signature.vendorId) && sameId(usb.productId, signature.productId)
        ? 'ids'
        : undefined;
    }
    if (signature.kind === 'usb-manufacturer' && containsWords(usb.manufacturer, signature.value))
      return 'manufacturer';
    if (signature.kind === 'usb-product' && containsWords(usb.product, signature.value)) return 'product';
    if (signature.kind === 'usb-serial' && sameId(usb.serial, signature.value)) return 'serial';
    if (signature.kind === 'storage-vendor' && containsWords(usb.storageVendor, signature.value))
      return 'storageVendor';
    return undefined;
  });
}

/**
 * Every IP-KVM signature a display's EDID carries (monitor name as whole words, manufacturer code exactly).
 *
 * @example
 * matchIpKvmDisplay(IP_KVM_DEVICES, { name: 'PiKVM V4 Plus', manufacturerCode: 'LNX' }).map((m) => m.signature.confidence);
 * // ['named', 'weak']
 */
export function matchIpKvmDisplay(catalog: IpKvmCatalog, display: DisplayLike): IpKvmMatch[] {
  return collect(catalog, (signature) => {
    if (signature.kind === 'edid-name' && containsWords(display.name, signature.value)) return 'name';
    if (signature.kind === 'edid-manufacturer' && sameId(display.manufacturerCode, signature.value))
      return 'manufacturerCode';
    return undefined;
  });
}

/**
 * The benign device whose ids a USB device carries, when an IP-KVM is known to copy them.
 *
 * @example
 * findKvmLookAlike(IP_KVM_DEVICES, { vendorId: '046D', productId: 'C52B' })?.name; // 'Logitech Unifying Receiver'
 */
export function findKvmLookAlike(catalog: IpKvmCatalog, usb: UsbDeviceLike): KvmLookAlike | undefined {
  return catalog.lookAlikes.find(
    (look) => sameId(usb.vendorId, look.vendorId) && sameId(usb.productId, look.productId),
  );
}
