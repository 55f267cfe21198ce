/** A key into the reference list of the indicators research (`S20` = Mandiant, `S40` = LOLRMM, ...). */
export type SourceKey = `S${number}`;

/**
 * How strongly public reporting ties an entry to DPRK IT-worker activity:
 * 'dprk' named in DPRK IT-worker reporting; 'general' named in general abuse reporting only;
 * 'unconfirmed' claimed only by a source we could not verify; 'none' listed for coverage.
 */
export type Reporting = 'dprk' | 'general' | 'unconfirmed' | 'none';

/** An entry that is matched by process or installed-software name. */
export interface SoftwareEntry {
  /** Permanent kebab-case id. */
  id: string;
  name: string;
  /**
   * Process or installed-software names, matched case-insensitively after dropping a path, `.exe`/`.app`
   * and a version suffix. A trailing `*` matches any continuation (`AnyDesk-*` for custom builds).
   */
  matchNames: readonly string[];
  sources: readonly SourceKey[];
  /** False when a source-read detail (usually the process names) is marked unconfirmed. */
  confirmed: boolean;
  reporting: Reporting;
  note?: string;
}

export interface RemoteAccessTool extends SoftwareEntry {
  kind: 'remote-desktop' | 'rmm';
  /** Ships with the operating system: only a running process or a session is a signal, not presence. */
  builtIn?: boolean;
  /** Network indicators (domains) where a source gave them. */
  domains?: readonly string[];
}

export interface VpnProvider extends SoftwareEntry {
  /** Spellings of the provider in IP-intelligence `provider` or `org` strings. */
  aliases: readonly string[];
}

export type KeepAwakeTool = SoftwareEntry;

/** How much an IP-KVM signature alone says. */
export type KvmConfidence = 'named' | 'generic' | 'weak';

export type KvmSignatureKind =
  | 'usb-manufacturer'
  | 'usb-product'
  | 'usb-serial'
  | 'storage-vendor'
  | 'edid-name'
  | 'edid-manufacturer'
  | 'web-title';

interface KvmSignatureBase {
  /** 'named' strings are a critical signal; generic gadget ids are weaker; 'weak' never stands alone. */
  confidence: KvmConfidence;
  confirmed: boolean;
  sources: readonly SourceKey[];
  note?: string;
}

export type KvmSignature =
  | (KvmSignatureBase & { kind: 'usb-id'; vendorId: string; productId: string })
  | (KvmSignatureBase & { kind: KvmSignatureKind; value: string });

export interface IpKvmDevice {
  id: string;
  name: string;
  reporting: Reporting;
  sources: readonly SourceKey[];
  signatures: readonly KvmSignature[];
  note?: string;
}

/** A benign device an IP-KVM can imitate: its ids alone never prove a KVM. */
export interface KvmLookAlike {
  vendorId: string;
  productId: string;
  name: string;
  /** Ids of IP-KVMs that ship a preset copying this device. */
  spoofedBy: readonly string[];
  sources: readonly SourceKey[];
}

export type CatalogKind = 'remote-access-tools' | 'vpn-providers' | 'keep-awake-tools' | 'ip-kvm-devices';

/** A versioned catalog. `version` changes whenever an entry does (date-based, `YYYY.MM.DD`). */
export interface Catalog<K extends CatalogKind, E> {
  kind: K;
  version: string;
  entries: readonly E[];
}

export type RemoteAccessCatalog = Catalog<'remote-access-tools', RemoteAccessTool>;
export type VpnProviderCatalog = Catalog<'vpn-providers', VpnProvider>;
export type KeepAwakeCatalog = Catalog<'keep-awake-tools', KeepAwakeTool>;
export type IpKvmCatalog = Catalog<'ip-kvm-devices', IpKvmDevice> & { lookAlikes: readonly KvmLookAlike[] };
export type SoftwareCatalog = RemoteAccessCatalog | VpnProviderCatalog | KeepAwakeCatalog;
export type AnyCatalog = SoftwareCatalog | IpKvmCatalog;

/**
 * An autonomous system whose addresses are servers, not homes or phones: a login from it egresses
 * through a data centre (a VPS, a cloud VM, a VPN exit). `vpn` entries are networks a VPN provider runs.
 */
export interface HostingAsn {
  asn: number;
  /** The organisation registered for the AS, as the ASN data names it [S50]. */
  org: string;
  kind: 'hosting' | 'vpn';
  /** For `vpn` entries: the VPN_PROVIDERS id that runs the network. */
  vpnProvider?: string;
  sources: readonly SourceKey[];
  /** False when the operator link rests on a source we could not verify. */
  confirmed: boolean;
  /** The operator's own page describing the service, for S51. */
  url?: string;
  note?: string;
}

/** The hosting and VPN networks catalog; pass your own entries to the embedded provider to extend it. */
export interface HostingAsnCatalog {
  kind: 'hosting-asns';
  version: string;
  entries: readonly HostingAsn[];
}
