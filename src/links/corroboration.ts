import type { Cluster } from './cluster.js';
import type { LinkAttribute } from './lookup.js';

/** Where the laptops are: the keys that place equipment somewhere. */
const EQUIPMENT: ReadonlySet<LinkAttribute> = new Set(['shipping-address', 'device-serial']);
/** What shows the same people also use the laptops there, or are paid together. */
const CORROBORATING: ReadonlySet<LinkAttribute> = new Set(['login-network', 'bank-account']);

/**
 * The members of a cluster whose equipment goes to one place (a shipping address, a device) that two
 * or more of the same members also share a residential line or a pay account with: a laptop farm's
 * core. A coworking space or an office ties people by the address alone, and a building's Wi-Fi ties
 * other people than the ones its shipping address does, so neither has a core. Ties are compared
 * member by member, not kind by kind: a mega-cluster holding one shipping tie and an unrelated
 * login-network tie is not corroborated.
 *
 * @example
 * corroboratedMembers(cluster).has('p-17'); // true when p-17's laptop and sign-ins sit at one farm
 */
export function corroboratedMembers(cluster: Cluster): ReadonlySet<string> {
  const core = new Set<string>();
  const equipment = cluster.attributes.filter((tie) => EQUIPMENT.has(tie.attribute));
  const corroborating = cluster.attributes.filter((tie) => CORROBORATING.has(tie.attribute));
  for (const place of equipment) {
    const there = new Set(place.profileIds);
    for (const tie of corroborating) {
      const both = tie.profileIds.filter((id) => there.has(id));
      if (both.length >= 2) for (const id of both) core.add(id);
    }
  }
  return core;
}
