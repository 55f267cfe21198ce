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

/**
 * Remote-support and RMM agents an IT department rolls out to its fleet, by executable and by the
 * catalog id a deployment declares in `allowedTools` (src/intel/catalogs/remote-access-tools.ts).
 */
export const EMPLOYER_REMOTE_TOOLS: ReadonlyArray<{ exe: string; catalogId: string }> = [
  { exe: 'TeamViewer.exe', catalogId: 'teamviewer' },
  { exe: 'ScreenConnect.ClientService.exe', catalogId: 'screenconnect' },
  { exe: 'SRService.exe', catalogId: 'splashtop' },
  { exe: 'LogMeIn.exe', catalogId: 'logmein' },
  { exe: 'AteraAgent.exe', catalogId: 'atera' },
  { exe: 'BASupSrvc.exe', catalogId: 'n-able' },
  { exe: 'AgentMon.exe', catalogId: 'kaseya' },
  { exe: 'ZAService.exe', catalogId: 'zoho-assist' },
];

/** Remote desktops people install for themselves (reach the home PC, help a parent). */
export const PERSONAL_REMOTE_TOOLS: readonly string[] = [
  'AnyDesk.exe',
  'remoting_host.exe',
  'TeamViewer.exe',
  'Parsec',
];

/**
 * Microcontroller and single-board-computer development boards as USB inventories list them. Vendor
 * ids are the boards' real ones (Arduino 2341, Raspberry Pi 2e8a, Silicon Labs 10c4, WCH 1a86,
 * Espressif 303a, STMicroelectronics 0483, Adafruit 239a, SparkFun 1b4f); Leonardo- and Pro Micro-class
 * boards enumerate as keyboards and mice. `gadget` boards (a Raspberry Pi Zero or BeagleBone in USB
 * gadget mode) use the Linux Foundation composite-gadget id 1d6b:0104 that IP-KVMs use too.
 */
export const DEV_BOARD_USB: ReadonlyArray<{
  vendorId: string;
  productId: string;
  manufacturer: string;
  product: string;
  interfaceClasses: Array<'hid-keyboard' | 'hid-mouse' | 'mass-storage' | 'network' | 'other'>;
  gadget?: true;
}> = [
  {
    vendorId: '2341',
    productId: '0043',
    manufacturer: 'Arduino (www.arduino.cc)',
    product: 'Arduino Uno',
    interfaceClasses: ['other'],
  },
  {
    vendorId: '2341',
    productId: '8036',
    manufacturer: 'Arduino LLC',
    product: 'Arduino Leonardo',
    interfaceClasses: ['hid-keyboard', 'hid-mouse', 'other'],
  },
  {
    vendorId: '2e8a',
    productId: '0005',
    manufacturer: 'MicroPython',
    product: 'Board in FS mode',
    interfaceClasses: ['other'],
  },
  {
    vendorId: '2e8a',
    productId: '0003',
    manufacturer: 'Raspberry Pi',
    product: 'RP2 Boot',
    interfaceClasses: ['mass-storage', 'other'],
  },
  {
    vendorId: '10c4',
    productId: 'ea60',
    manufacturer: 'Silicon Labs',
    product: 'CP2102 USB to UART Bridge Controller',
    interfaceClasses: ['other'],
  },
  {
    vendorId: '1a86',
    productId: '7523',
    manufacturer: 'QinHeng Electronics',
    product: 'USB Serial',
    interfaceClasses: ['other'],
  },
  {
    vendorId: '303a',
    productId: '1001',
    manufacturer: 'Espressif',
    product: 'USB JTAG/serial debug unit',
    interfaceClasses: ['other'],
  },
  {
    vendorId: '0483',
    productId: '374b',
    manufacturer: 'STMicroelectronics',
    product: 'STM32 STLink',
    interfaceClasses: ['mass-storage', 'other'],
  },
  {
    vendorId: '239a',
    productId: '80f4',
    manufacturer: 'Adafruit',
    product: 'QT Py RP2040',
    interfaceClasses: ['hid-keyboard', 'mass-storage', 'other'],
  },
  {
    vendorId: '1b4f',
    productId: '9206',
    manufacturer: 'SparkFun',
    product: 'Pro Micro',
    interfaceClasses: ['hid-keyboard', 'hid-mouse', 'other'],
  },
  {
    vendorId: '1d6b',
    productId: '0104',
    manufacturer: 'Linux Foundation',
    product: 'Multifunction Composite Gadget',
    interfaceClasses: ['network', 'mass-storage'],
    gadget: true,
  },
  {
    vendorId: '1d6b',
    productId: '0104',
    manufacturer: 'BeagleBoard.org',
    product: 'BeagleBone',
    interfaceClasses: ['network', 'mass-storage', 'other'],
    gadget: true,
  },
];
