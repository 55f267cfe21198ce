import type { PostalAddress, Profile } from '../../schema/profile.js';

/**
 * A place company equipment is to go: a shipping address (`addresses[index]`) or a device's
 * `shippedTo` (`devices[index].shippedTo`). The path is written only for a finding: most destinations
 * raise none.
 */
export interface Destination {
  address: PostalAddress;
  index: number;
  onDevice: boolean;
}

/**
 * The shipping addresses, then the devices' shippedTo addresses, in profile order.
 *
 * @example
 * destinations({ id: 'p', devices: [{ id: 'd', shippedTo: { line1: '1 Elm St' } }] }).map(destinationPath) // ['devices[0].shippedTo']
 */
export function destinations(profile: Profile): Destination[] {
  const out: Destination[] = [];
  const addresses = profile.addresses ?? [];
  for (let index = 0; index < addresses.length; index++) {
    const address = addresses[index] as NonNullable<Profile['addresses']>[number];
    if (address.purpose === 'shipping') out.push({ address, index, onDevice: false });
  }
  const devices = profile.devices ?? [];
  for (let index = 0; index < devices.length; index++) {
    const shippedTo = devices[index]?.shippedTo;
    if (shippedTo) out.push({ address: shippedTo, index, onDevice: true });
  }
  return out;
}

/** Where a destination is in the profile, for a finding's path. */
export function destinationPath(destination: Destination): string {
  return destination.onDevice ? `devices[${destination.index}].shippedTo` : `addresses[${destination.index}]`;
}
