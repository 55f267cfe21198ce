import { attributeLabel, type Cluster, type ClusterTie } from '../../links/cluster.js';

/** A tie as reports show it: pairwise résumé ties of one severity merged into one, with their pair count. */
export interface ShownTie extends ClusterTie {
  pairs?: number;
}

/**
 * The cluster's ties for display: near-identical résumés come from the index as one tie per pair
 * (ten lines for a five-profile farm); reports show one line per severity with every profile involved.
 *
 * @example
 * shownTies(cluster).map((tie) => tie.attribute) // ['shipping-address', 'login-network', 'resume']
 */
export function shownTies(cluster: Cluster): ShownTie[] {
  const out: ShownTie[] = [];
  const resume = new Map<string, { ids: Set<string>; pairs: number }>();
  for (const tie of cluster.attributes) {
    if (tie.attribute !== 'resume') {
      out.push(tie);
      continue;
    }
    let merged = resume.get(tie.severity);
    if (!merged) {
      merged = { ids: new Set(), pairs: 0 };
      resume.set(tie.severity, merged);
      out.push({ ...tie, profileIds: [], pairs: 0 });
    }
    merged.pairs += 1;
    for (const id of tie.profileIds) merged.ids.add(id);
  }
  return out.map((tie) => {
    const merged = tie.attribute === 'resume' ? resume.get(tie.severity) : undefined;
    return merged ? { ...tie, profileIds: [...merged.ids].sort(), pairs: merged.pairs } : tie;
  });
}

/** "shipping address 1420 RIDGEVIEW DR #3 (5 profiles, critical)" */
export function tieText(tie: ShownTie): string {
  const what =
    tie.attribute === 'resume'
      ? attributeLabel(tie.attribute)
      : `${attributeLabel(tie.attribute)} ${tie.displayKey}`;
  const pairs = tie.pairs !== undefined && tie.pairs > 1 ? ` in ${tie.pairs} pairs` : '';
  return `${what} (${tie.profileIds.length} profiles${pairs}, ${tie.severity})`;
}

/** "5 profiles at 4 organisations share: shipping address … (5 profiles, critical); …" */
export function clusterSummary(cluster: Cluster): string {
  const orgs = cluster.organizations.length;
  const at = orgs === 0 ? '' : ` at ${orgs} organisation${orgs === 1 ? '' : 's'}`;
  return `${cluster.members.length} profiles${at} share: ${shownTies(cluster).map(tieText).join('; ')}.`;
}
