import { hash64 } from '../_lib/hash.js';
import type { ClusterTie } from '../cluster.js';
import type { LinkAttribute } from '../lookup.js';

// The order in which keys anchor an id: the farm's address outlives any one member, then its line, its
// accounts; identity material last. Résumé ties carry no key of their own (their display is a label).
const ANCHOR_ORDER: readonly LinkAttribute[] = [
  'shipping-address',
  'home-address',
  'login-network',
  'bank-account',
  'device-serial',
  'ssn',
  'phone',
  'email',
  'photo-hash',
];

/**
 * The key a group's id derives from: of its ties on the first attribute in {@link ANCHOR_ORDER} it
 * has, the one with the most carriers (then the smallest display). A member joining or leaving does
 * not move it; only losing or overtaking that key does. Undefined when only résumé ties hold the group.
 *
 * @example
 * anchorOf(cluster.attributes); // 'shipping-address\u00001420 RIDGEVIEW DR #3, 37211 US'
 */
export function anchorOf(ties: readonly ClusterTie[]): string | undefined {
  for (const attribute of ANCHOR_ORDER) {
    let best: ClusterTie | undefined;
    for (const tie of ties) {
      if (tie.attribute !== attribute) continue;
      if (
        !best ||
        tie.profileIds.length > best.profileIds.length ||
        (tie.profileIds.length === best.profileIds.length && tie.displayKey < best.displayKey)
      )
        best = tie;
    }
    if (best) return `${attribute}\u0000${best.displayKey}`;
  }
  return undefined;
}

/** `<prefix>-<16 hex digits>` of a text. */
export function hashedId(prefix: string, text: string): string {
  const [hi, lo] = hash64(text);
  return `${prefix}-${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`;
}

/**
 * Makes ids unique within one result: masked displays can coincide (two accounts ending 4821), so a
 * repeated id gets `-2`, `-3`… in the order of the groups' smallest member, which is stable too.
 *
 * @example
 * dedupeIds([{ id: 'farm-1', members: ['b'] }, { id: 'farm-1', members: ['a'] }]); // ids farm-1-2, farm-1
 */
export function dedupeIds<T extends { id: string; members: readonly string[] }>(groups: T[]): void {
  const byId = new Map<string, T[]>();
  for (const group of groups) {
    const same = byId.get(group.id);
    if (same) same.push(group);
    else byId.set(group.id, [group]);
  }
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    same.sort((a, b) => (a.members[0] ?? '').localeCompare(b.members[0] ?? ''));
    same.forEach((group, i) => {
      if (i > 0) group.id = `${group.id}-${i + 1}`;
    });
  }
}
