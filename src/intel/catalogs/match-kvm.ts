import { boundedCache } from '../../_lib/bounded-memo.js';
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

const computeTokens = (text: string): readonly string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

// Inventories repeat the same few strings ('Logitech', 'USB Receiver') across a roster: split each once.
const cachedTokens = boundedCache<readonly string[]>();
const tokens = (text: string) => cachedTokens(text, computeTokens);

/** True when the needle's words appear, in order and adjacent, among the haystack's words. */
function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    let j = 0;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** An id, serial or code as compared: surrounding blanks dropped, case ignored. */
const foldId = (value: string | undefined) => value?.trim().toLowerCase();

/** A reported string's words, through the token cache. */
const wordsOf = (value: string | undefined) => (value === undefined ? undefined : tokens(value));

/**
 * One input's fields as signatures read them, each prepared once per call: ids, serials and codes folded
 * by {@link foldId}; names and strings split into words.
 */
interface Input {
  ids: {
    vendorId?: string | undefined;
    productId?: string | undefined;
    serial?: string | undefined;
    manufacturerCode?: string | undefined;
  };
  words: {
    manufacturer?: readonly string[] | undefined;
    product?: readonly string[] | undefined;
    storageVendor?: readonly string[] | undefined;
    name?: readonly string[] | undefined;
  };
}

/** A signature's test, prepared once per catalog: lowercase ids, and signature strings already split. */
type Test =
  | { compare: 'ids'; vendorId: string; productId: string }
  | {
      compare: 'words';
      field: 'manufacturer' | 'product' | 'storageVendor' | 'name';
      words: readonly string[];
    }
  | { compare: 'id'; field: 'serial' | 'manufacturerCode'; id: string };

interface PreparedSignature {
  device: IpKvmDevice;
  signature: KvmSignature;
  test: Test;
}

interface KvmMatcher {
  /** USB and display signatures, each list in catalog order (the order matches are reported in). */
  usb: PreparedSignature[];
  display: PreparedSignature[];
  /** Look-alikes by lowercase vendor id, then product id; the first listed wins. */
  lookAlikes: Map<string, Map<string, KvmLookAlike>>;
}

/** The test for a signature and the input it reads; web titles are not matched against devices. */
function prepare(signature: KvmSignature): { input: 'usb' | 'display'; test: Test } | undefined {
  if (signature.kind === 'usb-id') {
    const vendorId = signature.vendorId.toLowerCase();
    return { input: 'usb', test: { compare: 'ids', vendorId, productId: signature.productId.toLowerCase() } };
  }
  const { value } = signature;
  switch (signature.kind) {
    case 'usb-manufacturer':
      return { input: 'usb', test: { compare: 'words', field: 'manufacturer', words: tokens(value) } };
    case 'usb-product':
      return { input: 'usb', test: { compare: 'words', field: 'product', words: tokens(value) } };
    case 'usb-serial':
      return { input: 'usb', test: { compare: 'id', field: 'serial', id: value.toLowerCase() } };
    case 'storage-vendor':
      return { input: 'usb', test: { compare: 'words', field: 'storageVendor', words: tokens(value) } };
    case 'edid-name':
      return { input: 'display', test: { compare: 'words', field: 'name', words: tokens(value) } };
    case 'edid-manufacturer':
      return {
        input: 'display',
        test: { compare: 'id', field: 'manufacturerCode', id: value.toLowerCase() },
      };
    default:
      return undefined;
  }
}

// Built once per catalog object: catalogs are not changed once built (extendCatalog returns a new one).
const matchers = new WeakMap<IpKvmCatalog, KvmMatcher>();

function matcherFor(catalog: IpKvmCatalog): KvmMatcher {
  const cached = matchers.get(catalog);
  if (cached) return cached;
  const matcher: KvmMatcher = { usb: [], display: [], lookAlikes: new Map() };
  for (const device of catalog.entries) {
    for (const signature of device.signatures) {
      const prepared = prepare(signature);
      if (prepared) matcher[prepared.input].push({ device, signature, test: prepared.test });
    }
  }
  for (const look of catalog.lookAlikes) {
    const vendor = look.vendorId.toLowerCase();
    const product = look.productId.toLowerCase();
    const products = matcher.lookAlikes.get(vendor) ?? new Map<string, KvmLookAlike>();
    if (!products.has(product)) products.set(product, look);
    matcher.lookAlikes.set(vendor, products);
  }
  matchers.set(catalog, matcher);
  return matcher;
}

/** The input field a signature matched, if it did. */
function matchedField(test: Test, input: Input): IpKvmMatch['field'] | undefined {
  if (test.compare === 'ids') {
    const { vendorId, productId } = input.ids;
    return vendorId === test.vendorId && productId === test.productId ? 'ids' : undefined;
  }
  if (test.compare === 'id') return input.ids[test.field] === test.id ? test.field : undefined;
  const words = input.words[test.field];
  return words !== undefined && containsWords(words, test.words) ? test.field : undefined;
}

function collect(signatures: readonly PreparedSignature[], input: Input): IpKvmMatch[] {
  const matches: IpKvmMatch[] = [];
  for (const { device, signature, test } of signatures) {
    const field = matchedField(test, input);
    if (field) matches.push({ device, signature, field });
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
  return collect(matcherFor(catalog).usb, {
    ids: { vendorId: foldId(usb.vendorId), productId: foldId(usb.productId), serial: foldId(usb.serial) },
    words: {
      manufacturer: wordsOf(usb.manufacturer),
      product: wordsOf(usb.product),
      storageVendor: wordsOf(usb.storageVendor),
    },
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
  return collect(matcherFor(catalog).display, {
    ids: { manufacturerCode: foldId(display.manufacturerCode) },
    words: { name: wordsOf(display.name) },
  });
}

/**
 * The benign device whose ids a USB device carries, when an IP-KVM is known to copy them.
 *
 * @example
 * findKvmLookAlike(IP_KVM_DEVICES, { vendorId: '046D', productId: 'C52B' })?.name; // 'Logitech Unifying Receiver'
 */
export function findKvmLookAlike(catalog: IpKvmCatalog, usb: UsbDeviceLike): KvmLookAlike | undefined {
  const vendor = foldId(usb.vendorId);
  const product = foldId(usb.productId);
  if (vendor === undefined || product === undefined) return undefined;
  return matcherFor(catalog).lookAlikes.get(vendor)?.get(product);
}
