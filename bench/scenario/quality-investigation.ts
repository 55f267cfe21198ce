// Issue 20's measures of clusters as an investigator meets them: farms recovered strictly, farms whole
// inside one network, and legitimate people in clusters rated `high` or above.
import type { Severity } from '../../src/schema/primitives.js';
import { compareSeverity } from '../../src/schema/severity.js';
import type { ScenarioLabel } from './generate.js';

/** A group as the measures see it: members and the severity it is shown with. */
export interface Group {
  members: readonly string[];
  severity: Severity;
}

export interface InvestigationQuality {
  /** Farms with 3+ members in the roster. */
  farms: number;
  /** One group holds >= 80 % of the farm and at most 20 % outsiders (other farms' members count as outsiders). */
  recovered: number;
  /** Farms whose clustered members all sit in one top-level group (a network or a stand-alone farm). */
  wholeInOneNetwork: number;
  /** Farms recovered strictly whose clustered members all sit in that one top-level group's network. */
  recoveredInOneNetwork: number;
  legitimate: number;
  /** Legitimate profiles in some group at `high` or above. */
  legitimateAtHigh: number;
  /** Groups of legitimate people only at `high` or above, by the units their members come from. */
  legitimateOnlyAtHigh: number;
  legitimateOnlyAtHighByUnit: Record<string, number>;
}

const high = (group: Group) => compareSeverity(group.severity, 'high') >= 0;

/**
 * Scores groups against labels. `units` are the groups an investigator acts on (flat clusters before
 * issue 20, farms and farm-less networks after); `top` the top-level groups; `all` every group shown
 * with a severity (farms and the networks around them).
 *
 * @example
 * scoreInvestigation(labels, farms, networks, [...farms, ...networks]).recovered;
 */
export function scoreInvestigation(
  labels: ReadonlyMap<string, ScenarioLabel>,
  units: readonly Group[],
  top: readonly Group[],
  all: readonly Group[],
  share = 0.8,
): InvestigationQuality {
  const farms = new Map<string, string[]>();
  let legitimate = 0;
  for (const [id, label] of labels) {
    if (!label.fraud) legitimate++;
    else if (label.farmId) farms.set(label.farmId, [...(farms.get(label.farmId) ?? []), id]);
  }
  const unitOf = new Map<string, number>();
  units.forEach((group, i) => group.members.forEach((id) => unitOf.set(id, i)));
  const topOf = new Map<string, number>();
  top.forEach((group, i) => group.members.forEach((id) => topOf.set(id, i)));
  let counted = 0;
  let recovered = 0;
  let whole = 0;
  let recoveredWhole = 0;
  for (const [farmId, members] of farms) {
    if (members.length < 3) continue;
    counted++;
    const hits = new Map<number, number>();
    for (const id of members) {
      const at = unitOf.get(id);
      if (at !== undefined) hits.set(at, (hits.get(at) ?? 0) + 1);
    }
    let best = -1;
    let bestHits = 0;
    for (const [at, n] of hits) if (n > bestHits) [best, bestHits] = [at, n];
    const unit = units[best];
    let strict = false;
    if (unit && bestHits >= share * members.length) {
      const outsiders = unit.members.filter((id) => labels.get(id)?.farmId !== farmId).length;
      strict = outsiders <= (1 - share) * unit.members.length;
      if (strict) recovered++;
    }
    const tops = new Set(members.flatMap((id) => topOf.get(id) ?? []));
    if (tops.size === 1) whole++;
    if (strict && tops.size === 1) recoveredWhole++;
  }
  const atHigh = new Set<string>();
  let legitOnly = 0;
  const byUnit: Record<string, number> = {};
  for (const group of all) {
    if (!high(group)) continue;
    let fraud = false;
    const kinds = new Set<string>();
    for (const id of group.members) {
      const label = labels.get(id);
      if (!label || label.fraud) fraud = true;
      else {
        atHigh.add(id);
        kinds.add(label.unit);
      }
    }
    if (fraud) continue;
    legitOnly++;
    // Groups chained across units (an office, a household and a coworking space by shared addresses) are 'mixed'.
    const key = kinds.size === 1 ? ([...kinds][0] as string) : 'mixed';
    byUnit[key] = (byUnit[key] ?? 0) + 1;
  }
  return {
    farms: counted,
    recovered,
    wholeInOneNetwork: whole,
    recoveredInOneNetwork: recoveredWhole,
    legitimate,
    legitimateAtHigh: atHigh.size,
    legitimateOnlyAtHigh: legitOnly,
    legitimateOnlyAtHighByUnit: byUnit,
  };
}
