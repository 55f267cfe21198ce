import type { Cluster, ClusterTie } from '../../links/cluster.js';
import { compareSeverity } from '../../schema/severity.js';
import type { Farm, Investigation, Network } from '../../links/networks/types.js';
import { attributeLabel } from '../../links/cluster.js';
import { shownTies, type ShownTie } from './ties.js';

/** Ties listed one per line before the rest are folded into one line of counts. */
export const TIES_SHOWN = 6;

/** A flat cluster as reports show it: the network or stand-alone farm it is, when the digest has them. */
export type GroupView = { kind: 'network'; network: Network } | { kind: 'farm'; farm: Farm } | undefined;

/**
 * The network or stand-alone farm a flat cluster is: they share the hex of their ids.
 *
 * @example
 * groupOf(digest.investigation, cluster)?.kind; // 'network'
 */
export function groupOf(investigation: Investigation | undefined, cluster: Cluster): GroupView {
  if (!investigation) return undefined;
  const hex = cluster.id.slice(cluster.id.indexOf('-') + 1);
  const network = investigation.networks.find((n) => n.id === `net-${hex}`);
  if (network) return { kind: 'network', network };
  const farm = investigation.farms.find((f) => f.id === `farm-${hex}`);
  return farm ? { kind: 'farm', farm } : undefined;
}

/**
 * Ties strongest first (severity, then how many carry them), résumé pairs merged, the first
 * {@link TIES_SHOWN} listed and the rest folded into a count per attribute:
 * "and 14 more: 9 near-identical résumé text, 5 shipping address (2-3 profiles each)".
 *
 * @example
 * const { shown, folded } = foldTies(farm.ties);
 */
export function foldTies(
  ties: readonly ClusterTie[],
  limit = TIES_SHOWN,
): { shown: ShownTie[]; folded: string } {
  const merged = shownTies({ attributes: [...ties] } as Cluster).sort(
    (a, b) => compareSeverity(b.severity, a.severity) || b.profileIds.length - a.profileIds.length,
  );
  const shown = merged.slice(0, limit);
  const rest = merged.slice(limit);
  if (rest.length === 0) return { shown, folded: '' };
  const byAttribute = new Map<string, number>();
  for (const tie of rest)
    byAttribute.set(attributeLabel(tie.attribute), (byAttribute.get(attributeLabel(tie.attribute)) ?? 0) + 1);
  const sizes = rest.map((tie) => tie.profileIds.length);
  const low = Math.min(...sizes);
  const high = Math.max(...sizes);
  const counts = [...byAttribute].map(([label, n]) => `${n} ${label}`).join(', ');
  return {
    shown,
    folded: `and ${rest.length} more: ${counts} (${low === high ? low : `${low}-${high}`} profiles each)`,
  };
}
