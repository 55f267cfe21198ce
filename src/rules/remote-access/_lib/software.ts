import { z } from 'zod';
import { matchCatalog } from '../../../intel/catalogs/match.js';
import type { SoftwareCatalog, SoftwareEntry } from '../../../intel/catalogs/types.js';
import type { Profile } from '../../../schema/profile.js';

/** One catalog hit in a device's software inventory. */
export interface SoftwareHit<E extends SoftwareEntry> {
  entry: E;
  /** The inventory name as reported. */
  name: string;
  deviceIndex: number;
  deviceId: string;
  softwareIndex: number;
  path: string;
  firstSeenAt: string | undefined;
  managed: boolean | undefined;
  deliveredAt: string | undefined;
}

/**
 * An option listing catalog ids, refusing ids the catalog does not have.
 *
 * @example
 * catalogIdList(REMOTE_ACCESS_TOOLS, 'Sanctioned tools.').parse(['teamviewer']) // ['teamviewer']
 */
export function catalogIdList(catalog: SoftwareCatalog, description: string) {
  const ids = (catalog.entries as readonly SoftwareEntry[]).map((entry) => entry.id);
  return z
    .array(
      z.string().refine((id) => ids.includes(id), {
        message: `must be a catalog id, one of: ${ids.join(', ')}`,
      }),
    )
    .default([])
    .describe(description);
}

/**
 * Every software item on every device that the catalog knows, in profile order.
 *
 * @example
 * softwareHits({ id: 'p', devices: [{ id: 'LT-1', software: [{ name: 'AnyDesk.exe' }] }] }, REMOTE_ACCESS_TOOLS)[0]?.path
 * // 'devices[0].software[0]'
 */
export function softwareHits<C extends SoftwareCatalog>(
  profile: Profile,
  catalog: C,
): SoftwareHit<C['entries'][number]>[] {
  const hits: SoftwareHit<C['entries'][number]>[] = [];
  const devices = profile.devices ?? [];
  for (let deviceIndex = 0; deviceIndex < devices.length; deviceIndex++) {
    const device = devices[deviceIndex] as (typeof devices)[number];
    const inventory = device.software ?? [];
    for (let softwareIndex = 0; softwareIndex < inventory.length; softwareIndex++) {
      const software = inventory[softwareIndex] as (typeof inventory)[number];
      const match = matchCatalog(catalog, software.name);
      if (!match) continue;
      hits.push({
        entry: match.entry,
        name: software.name,
        deviceIndex,
        deviceId: device.id,
        softwareIndex,
        path: `devices[${deviceIndex}].software[${softwareIndex}]`,
        firstSeenAt: software.firstSeenAt,
        managed: device.managed,
        deliveredAt: device.deliveredAt,
      });
    }
  }
  return hits;
}

/**
 * Groups hits by device, keeping one hit per catalog entry (the first seen in the inventory).
 *
 * @example
 * byDevice(softwareHits(profile, REMOTE_ACCESS_TOOLS)).map((tools) => tools.length) // [2, 1]
 */
export function byDevice<E extends SoftwareEntry>(hits: readonly SoftwareHit<E>[]): SoftwareHit<E>[][] {
  if (hits.length === 0) return [];
  const groups = new Map<number, Map<string, SoftwareHit<E>>>();
  for (const hit of hits) {
    const tools = groups.get(hit.deviceIndex) ?? new Map<string, SoftwareHit<E>>();
    if (!tools.has(hit.entry.id)) tools.set(hit.entry.id, hit);
    groups.set(hit.deviceIndex, tools);
  }
  return [...groups.values()].map((tools) => [...tools.values()]);
}
