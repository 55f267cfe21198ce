// Software and USB inventories: what farms plug in and what ordinary laptops carry.

/** Named in IT-worker reporting: AnyDesk, TeamViewer, Chrome Remote Desktop, RustDesk (INDICATORS.md §3.1). */
export const FARM_REMOTE_TOOLS: readonly string[] = [
  'AnyDesk.exe',
  'TeamViewer.exe',
  'remoting_host.exe',
  'rustdesk.exe',
];
/** What an IT department installs on purpose for its help desk. */
export const SANCTIONED_REMOTE_TOOLS: readonly string[] = [
  'TeamViewer.exe',
  'ScreenConnect.ClientService.exe',
];

/** USB ids of IP-KVMs (PiKVM / Linux gadget and TinyPilot-style ids; INDICATORS.md §3.2). */
export const IP_KVM_USB = [
  { vendorId: '1d6b', productId: '0104', manufacturer: 'PiKVM', product: 'PiKVM Composite Device' },
  { vendorId: '1209', productId: 'eda1', manufacturer: 'TinyPilot', product: 'TinyPilot' },
] as const;
export const ORDINARY_USB = [
  { vendorId: '046d', productId: 'c52b', manufacturer: 'Logitech', product: 'USB Receiver' },
  { vendorId: '045e', productId: '07a5', manufacturer: 'Microsoft', product: 'Wireless Receiver' },
] as const;
