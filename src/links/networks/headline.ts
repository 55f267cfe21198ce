import type { Cluster, ClusterTie } from '../cluster.js';
import type { Corroboration } from './corroboration.js';
import { kindLabel, kindOf, type TieKind } from './tie-kinds.js';
import type { FarmReading } from './types.js';

const READING: Record<FarmReading, string> = {
  farm: 'Farm',
  'shared-address': 'Shared address',
  'shared-line': 'Shared line',
  linked: 'Linked profiles',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function strongest(ties: readonly ClusterTie[], kind: TieKind): ClusterTie | undefined {
  let best: ClusterTie | undefined;
  for (const tie of ties)
    if (kindOf(tie.attribute) === kind && (!best || tie.profileIds.length > best.profileIds.length))
      best = tie;
  return best;
}

function countOf(ties: readonly ClusterTie[], kind: TieKind): number {
  return ties.filter((tie) => kindOf(tie.attribute) === kind).length;
}

/**
 * A farm in words, strongest evidence first: "Farm: 14 laptops shipped to 1420 RIDGEVIEW DR #3,
 * 37211 US, signing in from one home line, paid into one account, 12 employers".
 *
 * @example
 * farmHeadline('shared-address', members, orgs, ties, corroborate(ties, members.length)); // 'Shared address: 9 laptops shipped to …, no shared home line, pay account or device, 9 employers'
 */
export function farmHeadline(
  reading: FarmReading,
  members: readonly string[],
  organizations: readonly string[],
  ties: readonly ClusterTie[],
  corroboration: Corroboration,
): string {
  // Only kinds that corroborate are named: flatmates' line inside an office's shipments is not "one line".
  const counts = (kind: TieKind): number =>
    corroboration.has.some((k) => k.kind === kind && k.corroborates) ? countOf(ties, kind) : 0;
  const parts: string[] = [];
  const place = strongest(ties, 'place');
  if (place)
    parts.push(
      place.attribute === 'shipping-address'
        ? `${plural(place.profileIds.length, 'laptop')} shipped to ${place.displayKey}`
        : `${plural(place.profileIds.length, 'profile')} giving one home, ${place.displayKey}`,
    );
  else parts.push(plural(members.length, 'profile'));
  const lines = counts('line');
  if (lines > 0)
    parts.push(`signing in from ${lines === 1 ? 'one home line' : `${lines} shared home lines`}`);
  const accounts = counts('money');
  if (accounts > 0) parts.push(`paid into ${accounts === 1 ? 'one account' : `${accounts} shared accounts`}`);
  if (counts('hardware') > 0) parts.push('sharing device serials');
  const identity = (['photo', 'resume', 'contact', 'ssn'] as const).filter((k) => counts(k) > 0);
  if (identity.length > 0) parts.push(`with ${identity.map(kindLabel).join(', ')}`);
  if (reading === 'shared-address') parts.push('no shared home line, pay account or device');
  if (reading === 'shared-line') parts.push('no shared address, pay account or device');
  if (organizations.length > 0) parts.push(plural(organizations.length, 'employer'));
  return `${READING[reading]}: ${parts.join(', ')}`;
}

/**
 * A network in words: "Network: 3 farms and 2 other profiles, 41 profiles at 30 employers, joined by a
 * reused photo and near-identical résumé text".
 *
 * @example
 * networkHeadline(3, 2, cluster, joining);
 */
export function networkHeadline(
  farms: number,
  unaffiliated: number,
  cluster: Pick<Cluster, 'members' | 'organizations'>,
  joining: readonly ClusterTie[],
): string {
  const what = [
    ...(farms > 0 ? [plural(farms, 'farm')] : []),
    ...(unaffiliated > 0 ? [plural(unaffiliated, farms > 0 ? 'other profile' : 'profile')] : []),
  ].join(' and ');
  const kinds = [...new Set(joining.map((tie) => kindOf(tie.attribute)))].map(kindLabel);
  const by =
    kinds.length === 0
      ? ''
      : `, joined by ${kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1] as string}`}`;
  const orgs = cluster.organizations.length;
  const at = orgs > 0 ? ` at ${plural(orgs, 'employer')}` : '';
  if (farms === 0) return `Network: ${plural(cluster.members.length, 'profile')}${at}${by}`;
  return `Network: ${what}, ${plural(cluster.members.length, 'profile')}${at}${by}`;
}
