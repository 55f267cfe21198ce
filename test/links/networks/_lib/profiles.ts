// Small profiles for the networks tests: farm hires, a person's other records, coworking members.
import type { ProfileInput } from '../../../../src/schema/profile.js';

type Login = NonNullable<ProfileInput['logins']>[number];

export const FARM_SITE = {
  line1: '1420 Ridgeview Dr Apt 3',
  city: 'Nashville',
  region: 'TN',
  postalCode: '37211',
  country: 'US',
};

export const COWORKING_DESK = {
  line1: '500 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
};

const NAMES = ['Ann Lee', 'Bob Ray', 'Cal Fox', 'Dee Orr', 'Eve Kim', 'Fay Roe', 'Gus Poe', 'Hal Ng'];

/** Sign-ins from one network (`a.b.c`), as residential, unknown or corporate-VPN connections. */
export function logins(
  network: string,
  count: number,
  connectionType: 'residential' | 'unknown' | 'vpn',
  deviceId: string,
): Login[] {
  return Array.from({ length: count }, (_, i) => ({
    at: `2025-06-${String(10 + i).padStart(2, '0')}T15:00:00Z`,
    ip: `${network}.${10 + i}`,
    deviceId,
    source: 'idp' as const,
    interactive: true,
    geo: { country: 'US', connectionType },
  }));
}

/**
 * Person `n`'s record at an employer: own name, SSN, home and phone; `shipTo` and `signIns` add what the
 * employer saw of the laptop. Without them it is a candidate record: no device, no sign-in.
 */
export function record(
  id: string,
  n: number,
  organizationId: string,
  options: { shipTo?: typeof FARM_SITE; signIns?: Login[] } = {},
): ProfileInput {
  const full = NAMES[n % NAMES.length] as string;
  const [given, family] = full.split(' ') as [string, string];
  const employee = options.shipTo !== undefined || options.signIns !== undefined;
  return {
    id,
    kind: employee ? 'employee' : 'candidate',
    organizationId,
    name: { full, given, family },
    nationalIds: [{ type: 'us-ssn', value: `123-45-${String(6700 + n)}` }],
    addresses: [
      {
        purpose: 'home',
        line1: `${100 + n} Oak St`,
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
        deliveryType: 'residential',
      },
    ],
    ...(options.shipTo && {
      devices: [{ id: `dev-${id}`, serial: `SN${id.toUpperCase()}`, shippedTo: options.shipTo }],
    }),
    ...(options.signIns && { logins: options.signIns }),
  };
}
