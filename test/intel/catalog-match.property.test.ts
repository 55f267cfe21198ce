import fc from 'fast-check';
import { baseNameForCatalog } from '../../src/intel/_lib/software-name.js';
import {
  IP_KVM_DEVICES,
  KEEP_AWAKE_TOOLS,
  REMOTE_ACCESS_TOOLS,
  VPN_PROVIDERS,
  extendCatalog,
  findKvmLookAlike,
  matchCatalog,
  matchIpKvmDisplay,
  matchIpKvmUsb,
  matchVpnProvider,
  type DisplayLike,
  type IpKvmCatalog,
  type IpKvmMatch,
  type KvmLookAlike,
  type KvmSignature,
  type SoftwareCatalog,
  type SoftwareEntry,
  type UsbDeviceLike,
  type VpnProvider,
  type VpnProviderCatalog,
} from '../../src/intel/catalogs/index.js';

/**
 * The straightforward matchers the precompiled ones replaced: every signature tokenised and every catalog
 * entry scanned on each call. The fast paths must agree with them on any input.
 */
const reference = {
  tokens: (text: string) =>
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  containsWords(value: string | undefined, signature: string): boolean {
    if (value === undefined) return false;
    const haystack = reference.tokens(value);
    const needle = reference.tokens(signature);
    if (needle.length === 0) return false;
    for (let i = 0; i + needle.length <= haystack.length; i++) {
      if (needle.every((word, j) => haystack[i + j] === word)) return true;
    }
    return false;
  },
  sameId: (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.toLowerCase(),
  collect(catalog: IpKvmCatalog, test: (signature: KvmSignature) => IpKvmMatch['field'] | undefined) {
    const matches: IpKvmMatch[] = [];
    for (const device of catalog.entries) {
      for (const signature of device.signatures) {
        const field = test(signature);
        if (field) matches.push({ device, signature, field });
      }
    }
    return matches;
  },
  matchIpKvmUsb(catalog: IpKvmCatalog, usb: UsbDeviceLike): IpKvmMatch[] {
    const { containsWords, sameId } = reference;
    return reference.collect(catalog, (signature) => {
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
  },
  matchIpKvmDisplay(catalog: IpKvmCatalog, display: DisplayLike): IpKvmMatch[] {
    const { containsWords, sameId } = reference;
    return reference.collect(catalog, (signature) => {
      if (signature.kind === 'edid-name' && containsWords(display.name, signature.value)) return 'name';
      if (signature.kind === 'edid-manufacturer' && sameId(display.manufacturerCode, signature.value))
        return 'manufacturerCode';
      return undefined;
    });
  },
  findKvmLookAlike(catalog: IpKvmCatalog, usb: UsbDeviceLike): KvmLookAlike | undefined {
    const { sameId } = reference;
    return catalog.lookAlikes.find(
      (look) => sameId(usb.vendorId, look.vendorId) && sameId(usb.productId, look.productId),
    );
  },
};

/** Every string a KVM signature or look-alike carries: the inputs most likely to hit an edge. */
function kvmStrings(catalog: IpKvmCatalog): string[] {
  const out: string[] = [];
  for (const device of catalog.entries) {
    out.push(device.name);
    for (const s of device.signatures) {
      if (s.kind === 'usb-id') out.push(s.vendorId, s.productId);
      else out.push(s.value);
    }
  }
  for (const look of catalog.lookAlikes) out.push(look.vendorId, look.productId, look.name);
  return out;
}

/** Catalog strings recased, padded, joined with other words and punctuation, or plain arbitrary text. */
function textFrom(words: readonly string[]): fc.Arbitrary<string> {
  const recased = fc
    .tuple(fc.constantFrom(...words), fc.constantFrom('asis', 'upper', 'lower'))
    .map(([word, mode]) =>
      mode === 'upper' ? word.toUpperCase() : mode === 'lower' ? word.toLowerCase() : word,
    );
  const piece = fc.oneof(
    recased,
    fc.constantFrom('', ' ', '  ', '-', '_', '/', '.', '\t', 'USB', 'Device', 'v2', '\u00a0', 'İ', 'ß', 'ǅ'),
    fc.string({ maxLength: 6 }),
  );
  return fc.oneof(
    fc
      .array(piece, { maxLength: 4 })
      .chain((parts) => fc.constantFrom(' ', '', '-', ' / ').map((sep) => parts.join(sep))),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
}

const optional = (text: fc.Arbitrary<string>) => fc.option(text, { nil: undefined });

function usbFrom(words: readonly string[]): fc.Arbitrary<UsbDeviceLike> {
  const text = optional(textFrom(words));
  return fc.record(
    { vendorId: text, productId: text, manufacturer: text, product: text, serial: text, storageVendor: text },
    { requiredKeys: [] },
  );
}

function displayFrom(words: readonly string[]): fc.Arbitrary<DisplayLike> {
  const text = optional(textFrom(words));
  return fc.record({ name: text, manufacturerCode: text }, { requiredKeys: [] });
}

// A second catalog object: matchers are built per catalog, so an extended one must get its own signatures.
const EXTENDED = extendCatalog(IP_KVM_DEVICES, [
  {
    id: 'acme-kvm',
    name: 'Acme KVM',
    signatures: [
      { kind: 'usb-product', value: 'Acme  Remote-Console', confidence: 'named' },
      { kind: 'usb-id', vendorId: '1D6B', productId: '0104', confidence: 'weak' },
      { kind: 'usb-serial', value: 'AcMe-0001', confidence: 'generic' },
      { kind: 'edid-name', value: 'ACME hdmi', confidence: 'named' },
      { kind: 'edid-manufacturer', value: 'acm', confidence: 'weak' },
      { kind: 'web-title', value: 'Acme KVM', confidence: 'named' },
    ],
  },
]);

describe.each([
  ['the built-in catalog', IP_KVM_DEVICES],
  ['an extended catalog', EXTENDED],
])('precompiled IP-KVM matching on %s equals the reference', (_label, catalog) => {
  const words = kvmStrings(catalog);

  it('matchIpKvmUsb', () => {
    fc.assert(
      fc.property(usbFrom(words), (usb) => {
        expect(matchIpKvmUsb(catalog, usb)).toEqual(reference.matchIpKvmUsb(catalog, usb));
      }),
      { numRuns: 2000 },
    );
  });

  it('matchIpKvmDisplay', () => {
    fc.assert(
      fc.property(displayFrom(words), (display) => {
        expect(matchIpKvmDisplay(catalog, display)).toEqual(reference.matchIpKvmDisplay(catalog, display));
      }),
      { numRuns: 2000 },
    );
  });

  it('findKvmLookAlike', () => {
    fc.assert(
      fc.property(usbFrom(words), (usb) => {
        expect(findKvmLookAlike(catalog, usb)).toBe(reference.findKvmLookAlike(catalog, usb));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('precompiled IP-KVM matching: edge cases', () => {
  it.each<[string, UsbDeviceLike]>([
    ['empty', {}],
    ['blank strings', { vendorId: '', productId: '', manufacturer: '', product: '', serial: '' }],
    ['padded upper-case ids', { vendorId: ' 1D6B ', productId: '0104\t' }],
    ['words split by punctuation', { manufacturer: 'pi-kvm', product: 'PIKVM_composite/DEVICE' }],
    ['a signature inside a longer word', { manufacturer: 'PiKVMs', product: 'TinyPilotX' }],
    ['a padded serial', { serial: ' cafebabe ' }],
    ['a look-alike with padded ids', { vendorId: '046D ', productId: ' C52B' }],
    ['unicode around a name', { manufacturer: 'İ PiKVM ß', storageVendor: '\u00a0PiKVM\u00a0' }],
  ])('%s', (_label, usb) => {
    expect(matchIpKvmUsb(IP_KVM_DEVICES, usb)).toEqual(reference.matchIpKvmUsb(IP_KVM_DEVICES, usb));
    expect(findKvmLookAlike(IP_KVM_DEVICES, usb)).toBe(reference.findKvmLookAlike(IP_KVM_DEVICES, usb));
  });
});

/** The software matchers as they were: every name reduced, and every provider alias keyed, on each call. */
const softwareReference = {
  candidates(name: string): string[] {
    const decorations = [
      /\s*\([^()]*\)$/,
      /[\s_-]+(?:x64|x86|amd64|arm64|64-bit|32-bit)$/,
      /[\s_-]+v?\d+(?:\.\d+)*[a-z]?$/,
    ];
    const forms = [baseNameForCatalog(name)];
    for (let changed = true; changed;) {
      changed = false;
      const current = forms[forms.length - 1] as string;
      for (const pattern of decorations) {
        const shorter = current.replace(pattern, '').trim();
        if (shorter !== current && shorter !== '') {
          forms.push(shorter);
          changed = true;
          break;
        }
      }
    }
    return forms;
  },
  matchCatalog(
    catalog: SoftwareCatalog,
    name: string,
  ): { entry: SoftwareEntry; pattern: string } | undefined {
    for (const form of softwareReference.candidates(name)) {
      for (const entry of catalog.entries as readonly SoftwareEntry[]) {
        const pattern = entry.matchNames.find((p) => !p.endsWith('*') && baseNameForCatalog(p) === form);
        if (pattern) return { entry, pattern };
      }
      const prefixes = (catalog.entries as readonly SoftwareEntry[])
        .flatMap((entry) =>
          entry.matchNames
            .filter((p) => p.endsWith('*'))
            .map((pattern) => ({ entry, pattern, prefix: baseNameForCatalog(pattern.slice(0, -1)) })),
        )
        .sort((a, b) => b.prefix.length - a.prefix.length);
      const prefixed = prefixes.find(({ prefix }) => form.startsWith(prefix));
      if (prefixed) return { entry: prefixed.entry, pattern: prefixed.pattern };
    }
    return undefined;
  },
  providerKey(name: string): string {
    const legal = [
      'inc',
      'ltd',
      'llc',
      'corp',
      'corporation',
      'co',
      'ab',
      'ag',
      'sa',
      'srl',
      'gmbh',
      'limited',
      'systems',
    ];
    const words = name
      .toLowerCase()
      .replace(/\./g, '')
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '' && word !== 'vpn' && !legal.includes(word));
    return words.join('').replace(/vpn$/, '');
  },
  matchVpnProvider(catalog: VpnProviderCatalog, name: string): VpnProvider | undefined {
    const key = softwareReference.providerKey(name);
    if (key === '') return undefined;
    return catalog.entries.find((entry) =>
      entry.aliases.some((alias) => softwareReference.providerKey(alias) === key),
    );
  },
};

function softwareStrings(catalog: SoftwareCatalog): string[] {
  return (catalog.entries as readonly SoftwareEntry[]).flatMap((entry) => [
    entry.name,
    ...entry.matchNames.map((p) => (p.endsWith('*') ? p.slice(0, -1) : p)),
    ...('aliases' in entry ? (entry as VpnProvider).aliases : []),
  ]);
}

/** A software name as inventories spell it: a path, a catalog name, a version or architecture, an extension. */
function softwareNameFrom(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('', 'C:\\Program Files\\Acme\\', '/Applications/', '/usr/bin/'),
      textFrom(words),
      fc.constantFrom('', ' 8.0.9', '-1.2.3', ' v15', ' (64-bit)', '_x64', ' x86 (beta)', '-custom', 'top'),
      fc.constantFrom('', '.exe', '.EXE', '.app', '.msi', '.AppImage'),
    )
    .map((parts) => parts.join(''));
}

// Matchers are built per catalog object; an extended catalog must not reuse the base one's index.
const EXTENDED_VPNS = extendCatalog(VPN_PROVIDERS, [
  {
    id: 'acme-vpn',
    name: 'Acme VPN',
    matchNames: ['acmevpn.exe', 'Acme-*'],
    aliases: ['Acme Networks', 'Astrill'],
  },
]);

describe.each<[string, SoftwareCatalog]>([
  ['remote-access tools', REMOTE_ACCESS_TOOLS],
  ['VPN providers', VPN_PROVIDERS],
  ['keep-awake tools', KEEP_AWAKE_TOOLS],
  ['an extended VPN catalog', EXTENDED_VPNS],
])('matchCatalog with cached name forms on %s equals the reference', (_label, catalog) => {
  it('on generated names', () => {
    fc.assert(
      fc.property(softwareNameFrom(softwareStrings(catalog)), (name) => {
        const fast = matchCatalog(catalog, name);
        const slow = softwareReference.matchCatalog(catalog, name);
        expect(fast && { entry: fast.entry, pattern: fast.pattern }).toEqual(slow);
        // A second call is answered from the cache and must agree.
        expect(matchCatalog(catalog, name)?.entry).toBe(fast?.entry);
      }),
      { numRuns: 2000 },
    );
  });
});

describe.each<[string, VpnProviderCatalog]>([
  ['the built-in catalog', VPN_PROVIDERS],
  ['an extended catalog', EXTENDED_VPNS],
])('matchVpnProvider by alias index on %s equals the reference', (_label, catalog) => {
  it('on generated provider and org strings', () => {
    const words = [...softwareStrings(catalog), 'VPN', 'Inc.', 'Systems', 'Corp', 'LLC', 'S.A.', 'Networks'];
    fc.assert(
      fc.property(textFrom(words), (name) => {
        expect(matchVpnProvider(catalog, name)).toBe(softwareReference.matchVpnProvider(catalog, name));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    '',
    ' ',
    'VPN',
    'Inc.',
    'ASTRILL SYSTEMS CORP.',
    'Nord VPN',
    'nordvpn',
    'İ Astrill',
    'Astrill\u00a0VPN',
  ])('%j', (name) => {
    expect(matchVpnProvider(catalog, name)).toBe(softwareReference.matchVpnProvider(catalog, name));
  });
});

describe('matchCatalog answer memo', () => {
  it('answers the same after more distinct names than it holds (it is cleared, not stale)', () => {
    const before = matchCatalog(REMOTE_ACCESS_TOOLS, 'AnyDesk-3f2a1b.exe');
    for (let n = 0; n < 20_050; n++) matchCatalog(REMOTE_ACCESS_TOOLS, `unrelated-tool-${n}.exe`);
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, 'AnyDesk-3f2a1b.exe')).toEqual(before);
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, 'unrelated-tool-7.exe')).toBeUndefined();
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, 'AnyDesk 8.0.9')?.entry.id).toBe('anydesk');
  });

  it('keeps answers apart per catalog', () => {
    expect(matchCatalog(VPN_PROVIDERS, 'acmevpn.exe')).toBeUndefined();
    expect(matchCatalog(EXTENDED_VPNS, 'acmevpn.exe')?.entry.id).toBe('acme-vpn');
    expect(matchCatalog(VPN_PROVIDERS, 'acmevpn.exe')).toBeUndefined();
  });
});
