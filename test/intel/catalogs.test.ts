import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOG_REFERENCES,
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
  safeExtendCatalog,
} from '../../src/intel/catalogs/index.js';
import { catalogFiles } from '../../src/intel/catalogs/files.js';

describe('matchCatalog', () => {
  it.each([
    ['AnyDesk.exe', 'anydesk'],
    ['C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe', 'anydesk'],
    ['AnyDesk 8.0.9', 'anydesk'],
    ['anydesk', 'anydesk'],
    ['AnyDesk-3f2a1b.exe', 'anydesk'],
    ['TeamViewer 15 (64-bit)', 'teamviewer'],
    ['tv_x64.exe', 'teamviewer'],
    ['remoting_host.exe', 'chrome-remote-desktop'],
    ['Chrome Remote Desktop Host 124.0.6367.20', 'chrome-remote-desktop'],
    ['rustdesk-1.2.3-x86_64.exe', 'rustdesk'],
    ['ScreenConnect.WindowsClient.exe', 'screenconnect'],
    ['ScreenConnect Client (a1b2c3d4e5f6)', undefined],
    ['/Applications/Parsec.app', 'parsec'],
    ['AteraAgent.exe', 'atera'],
  ])('matches %s to %s', (name, id) => {
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, name)?.entry.id).toBe(id);
  });

  it('does not match a different word that starts with a tool name', () => {
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, 'AnyDeskTop')).toBeUndefined();
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, 'Microsoft Teams')).toBeUndefined();
    expect(matchCatalog(KEEP_AWAKE_TOOLS, 'Caffeine Roaster')).toBeUndefined();
  });

  it('reports the pattern that matched', () => {
    expect(matchCatalog(REMOTE_ACCESS_TOOLS, 'anydesk-custom.exe')?.pattern).toBe('AnyDesk-*');
  });

  it('matches VPN clients and keep-awake tools', () => {
    expect(matchCatalog(VPN_PROVIDERS, 'Astrill VPN 3.10')?.entry.id).toBe('astrill');
    expect(matchCatalog(VPN_PROVIDERS, 'asovpnc')?.entry.id).toBe('astrill');
    expect(matchCatalog(KEEP_AWAKE_TOOLS, 'caffeine64.exe')?.entry.id).toBe('caffeine');
    expect(matchCatalog(KEEP_AWAKE_TOOLS, "Don't Sleep 9.2")?.entry.id).toBe('dont-sleep');
  });
});

describe('matchVpnProvider', () => {
  it.each([
    ['Astrill', 'astrill'],
    ['ASTRILL SYSTEMS CORP.', 'astrill'],
    ['astrill-vpn', 'astrill'],
    ['Nord VPN', 'nordvpn'],
    ['Private Internet Access', 'pia'],
    ['Mullvad VPN AB', 'mullvad'],
    ['Comcast Cable', undefined],
    ['VPN', undefined],
  ])('maps the provider string %s to %s', (name, id) => {
    expect(matchVpnProvider(VPN_PROVIDERS, name)?.id).toBe(id);
  });
});

describe('IP-KVM matching', () => {
  const summary = (matches: ReturnType<typeof matchIpKvmUsb>) =>
    matches.map((m) => [m.device.id, m.field, m.signature.confidence]);

  it('finds a default PiKVM gadget by ids (generic) and strings (named)', () => {
    const usb = {
      vendorId: '1D6B',
      productId: '0104',
      manufacturer: 'PiKVM',
      product: 'PiKVM Composite Device',
      serial: 'CAFEBABE',
    };
    expect(summary(matchIpKvmUsb(IP_KVM_DEVICES, usb))).toEqual([
      ['linux-usb-gadget', 'ids', 'generic'],
      ['pikvm', 'manufacturer', 'named'],
      ['pikvm', 'product', 'named'],
      ['pikvm', 'serial', 'generic'],
    ]);
  });

  it('finds TinyPilot by its serial and manufacturer', () => {
    const usb = {
      manufacturer: 'tinypilot',
      product: 'Multifunction USB Device',
      serial: '6b65796d696d6570690',
    };
    expect(summary(matchIpKvmUsb(IP_KVM_DEVICES, usb))).toEqual([
      ['linux-usb-gadget', 'product', 'generic'],
      ['tinypilot', 'manufacturer', 'named'],
      ['tinypilot', 'serial', 'named'],
    ]);
  });

  it('does not take a Logitech Unifying Receiver for an IP-KVM, but says a KVM could copy it', () => {
    const receiver = {
      vendorId: '046d',
      productId: 'c52b',
      manufacturer: 'Logitech',
      product: 'USB Receiver',
    };
    expect(matchIpKvmUsb(IP_KVM_DEVICES, receiver)).toEqual([]);
    expect(matchIpKvmUsb(IP_KVM_DEVICES, { product: 'Logitech Unifying Receiver' })).toEqual([]);
    expect(findKvmLookAlike(IP_KVM_DEVICES, receiver)).toMatchObject({
      name: 'Logitech Unifying Receiver',
      spoofedBy: ['jetkvm'],
    });
  });

  it('grades EDID names as named and the TSB code alone as weak', () => {
    const grade = (display: { name?: string; manufacturerCode?: string }) =>
      matchIpKvmDisplay(IP_KVM_DEVICES, display).map((m) => [m.device.id, m.signature.confidence]);
    expect(grade({ name: 'PiKVM V4 Plus', manufacturerCode: 'LNX' })).toEqual([
      ['pikvm', 'named'],
      ['pikvm', 'weak'],
    ]);
    expect(grade({ name: 'TinyPilot', manufacturerCode: 'TSB' })).toEqual([
      ['tinypilot', 'named'],
      ['tinypilot', 'weak'],
    ]);
    expect(grade({ name: 'DELL U2720Q', manufacturerCode: 'DEL' })).toEqual([]);
    expect(grade({ name: 'PiKVMish' })).toEqual([]);
  });
});

describe('extendCatalog', () => {
  it('adds a validated entry with defaults and a local version', () => {
    const tools = extendCatalog(REMOTE_ACCESS_TOOLS, [
      { id: 'acme-remote', name: 'Acme Remote', kind: 'remote-desktop', matchNames: ['AcmeRemote.exe'] },
    ]);
    expect(tools.version).toBe('1.0.0+local');
    expect(matchCatalog(tools, 'acmeremote')?.entry).toEqual({
      id: 'acme-remote',
      name: 'Acme Remote',
      kind: 'remote-desktop',
      matchNames: ['AcmeRemote.exe'],
      sources: [],
      confirmed: true,
      reporting: 'none',
    });
    expect(REMOTE_ACCESS_TOOLS.entries.some((entry) => entry.id === 'acme-remote')).toBe(false);
  });

  it('reports every problem with its path', () => {
    const result = safeExtendCatalog(REMOTE_ACCESS_TOOLS, [
      { id: 'Acme Remote', name: 'Acme', kind: 'vpn', matchNames: ['acme.exe'], colour: 'red' },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual([
      'entries[0].id',
      'entries[0].kind',
      'entries[0]',
    ]);
    expect(result.error.message).toMatch(
      /^3 invalid catalog entries for remote-access-tools:\nentries\[0\]\.id: must be kebab-case/,
    );
  });

  it('rejects a clashing id unless asked to replace, and a match name owned by another entry', () => {
    const clash = { id: 'anydesk', name: 'AnyDesk', kind: 'remote-desktop', matchNames: ['AnyDesk.exe'] };
    expect(() => extendCatalog(REMOTE_ACCESS_TOOLS, [clash])).toThrow(
      /"anydesk" is already in remote-access-tools/,
    );
    expect(extendCatalog(REMOTE_ACCESS_TOOLS, [clash], { replace: true }).entries).toHaveLength(
      REMOTE_ACCESS_TOOLS.entries.length,
    );
    const stolen = { id: 'my-tool', name: 'Mine', kind: 'rmm', matchNames: ['teamviewer.exe'] };
    expect(() => extendCatalog(REMOTE_ACCESS_TOOLS, [stolen])).toThrow(
      expect.objectContaining({
        reason: 'INVALID_CATALOG_ENTRY',
        issues: [
          {
            path: 'entries[0].matchNames[0]',
            message: '"teamviewer.exe" already matches entry "teamviewer"',
          },
        ],
      }),
    );
  });

  it('validates IP-KVM signatures', () => {
    const kvms = extendCatalog(IP_KVM_DEVICES, [
      {
        id: 'acme-kvm',
        name: 'Acme KVM',
        signatures: [{ kind: 'usb-id', vendorId: 'ABCD', productId: '0001', confidence: 'named' }],
      },
    ]);
    expect(matchIpKvmUsb(kvms, { vendorId: 'abcd', productId: '0001' }).map((m) => m.device.id)).toEqual([
      'acme-kvm',
    ]);
    expect(() =>
      extendCatalog(IP_KVM_DEVICES, [
        {
          id: 'x',
          name: 'X',
          signatures: [{ kind: 'usb-id', vendorId: 'zz', productId: '1', confidence: 'named' }],
        },
      ]),
    ).toThrow(/entries\[0\]\.signatures\[0\]\.vendorId: must be four hex digits/);
  });
});

describe('catalog data', () => {
  const catalogs = [REMOTE_ACCESS_TOOLS, VPN_PROVIDERS, KEEP_AWAKE_TOOLS, IP_KVM_DEVICES];

  it('gives every entry and signature a source the reference list knows', () => {
    for (const catalog of catalogs) {
      for (const entry of catalog.entries) {
        expect(entry.sources.length).toBeGreaterThan(0);
        const keys = [
          ...entry.sources,
          ...('signatures' in entry ? entry.signatures.flatMap((s) => s.sources) : []),
        ];
        for (const key of keys) expect(CATALOG_REFERENCES).toHaveProperty(key);
      }
    }
  });

  it('uses unique ids and no match name in two entries', () => {
    for (const catalog of catalogs) {
      const ids = catalog.entries.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const catalog of [REMOTE_ACCESS_TOOLS, VPN_PROVIDERS, KEEP_AWAKE_TOOLS]) {
      for (const entry of catalog.entries) {
        for (const name of entry.matchNames.filter((n) => !n.endsWith('*'))) {
          expect(matchCatalog(catalog, name)?.entry.id).toBe(entry.id);
        }
      }
    }
  });

  it('validates against its own extension schema', () => {
    for (const catalog of catalogs) {
      const empty = { ...catalog, entries: [] } as typeof catalog;
      expect(safeExtendCatalog(empty, catalog.entries).success).toBe(true);
    }
  });

  it('matches the exported JSON in data/catalogs', () => {
    const dir = join(__dirname, '..', '..', 'data', 'catalogs');
    for (const [file, catalog] of Object.entries(catalogFiles())) {
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8'))).toEqual(JSON.parse(JSON.stringify(catalog)));
    }
    expect(JSON.parse(readFileSync(join(dir, 'references.json'), 'utf8'))).toEqual(CATALOG_REFERENCES);
  });
});
