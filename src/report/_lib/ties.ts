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

const ARTICLE: Partial<Record<ClusterTie['attribute'], string>> = {
  resume: '',
  ssn: 'an ',
  email: 'an ',
};

/** "a shipping address in ZIP 37211 (US)": the attribute in words, and where when it is an address. */
function sharedThing(tie: ShownTie, withPlace: boolean): string {
  const thing = `${ARTICLE[tie.attribute] ?? 'a '}${attributeLabel(tie.attribute)}`;
  if (!withPlace || (tie.attribute !== 'shipping-address' && tie.attribute !== 'home-address')) return thing;
  // Address displays end in ", <postal code> <country>"; keys hold no city, so the postal code is the place.
  const place = /,\s*(\S+)\s+([A-Z]{2})$/.exec(tie.displayKey);
  return place ? `${thing} in postal code ${place[1]} (${place[2]})` : thing;
}

/**
 * A cluster's title in words: who shares what and where, most severe tie first, e.g.
 * "5 people at 4 employers share a shipping address in postal code 37211 (US), a home network,
 * a bank account and near-identical résumé text". Built from labels and the display form only.
 *
 * @example
 * clusterTitle(cluster) // '3 people share a bank account'
 */
export function clusterTitle(cluster: Cluster): string {
  const people = cluster.members.length;
  const orgs = cluster.organizations.length;
  const who = `${people} ${people === 1 ? 'person' : 'people'}${orgs === 0 ? '' : ` at ${orgs} employer${orgs === 1 ? '' : 's'}`}`;
  const things = [...new Set(shownTies(cluster).map((tie, i) => sharedThing(tie, i === 0)))];
  const last = things.pop();
  const list = things.length === 0 ? (last ?? 'nothing') : `${things.join(', ')} and ${last}`;
  return `${who} ${people === 1 ? 'shares' : 'share'} ${list}`;
}
