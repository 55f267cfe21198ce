// Networks: home address space, trips abroad and VPN providers.

/** Residential-looking first octets for home networks (documentation-free public space). */
export const HOME_OCTETS: readonly number[] = [
  24, 50, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 173, 174, 184,
];

export const TRAVEL = [
  { country: 'FR', city: 'Paris', lat: 48.86, lon: 2.35, octet: 90 },
  { country: 'JP', city: 'Tokyo', lat: 35.68, lon: 139.69, octet: 126 },
  { country: 'MX', city: 'Cancun', lat: 21.16, lon: -86.85, octet: 187 },
  { country: 'GB', city: 'London', lat: 51.51, lon: -0.13, octet: 86 },
] as const;

export const CORPORATE_VPNS: readonly string[] = ['Zscaler', 'Cisco AnyConnect', 'Palo Alto GlobalProtect'];
export const CONSUMER_VPNS: readonly string[] = ['NordVPN', 'ExpressVPN', 'Proton VPN'];

/** Payroll providers an employer runs pay through; `paycard` ones offer a prepaid pay card to staff. */
export const PAYROLL_PROVIDERS: ReadonlyArray<{ name: string; paycard: boolean; contractors: boolean }> = [
  { name: 'ADP', paycard: true, contractors: false },
  { name: 'Paychex', paycard: true, contractors: false },
  { name: 'Gusto', paycard: false, contractors: false },
  { name: 'Rippling', paycard: false, contractors: false },
  { name: 'Deel', paycard: false, contractors: true },
];
