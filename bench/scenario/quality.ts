// Detection quality against the scenario's labels: recall, false-positive rates and farm recovery.
import type { Decision } from '../../src/engine/types.js';
import type { ScenarioLabel } from './generate.js';

export interface QualityReport {
  profiles: number;
  fraud: number;
  legitimate: number;
  /** Fraudulent profiles routed to review or escalate, over all fraudulent profiles. */
  recallAtReview: number;
  /** Fraudulent profiles escalated, over all fraudulent profiles. */
  recallAtEscalate: number;
  /** Legitimate profiles routed to review or escalate, over all legitimate profiles. */
  falsePositiveRateAtReview: number;
  falsePositiveRateAtEscalate: number;
  /** Farms with two or more members in the roster. */
  farms: number;
  /** One cluster holds ≥ 80 % of the farm's members and no one else. */
  farmsRecovered: number;
  /** One cluster holds ≥ 80 % of the farm's members, and the farm is ≥ 80 % of that cluster. */
  farmsRecoveredMostlyPure: number;
  /** At least two of the farm's members share some cluster. */
  farmsTouched: number;
  /** Legitimate profiles at review or above, by unit and confounder tag: [count, flagged]. */
  byConfounder: Record<string, [number, number]>;
  /** Farms (2+ members in the roster) by size bucket: totals, strict recoveries, and why the rest were not. */
  farmsBySize: Record<FarmSizeBucket, FarmBreakdown>;
}

/** Farm size in the roster: 2-4, 5-9 or 10+ members. */
export type FarmSizeBucket = '2-4' | '5-9' | '10+';

export const FARM_SIZE_BUCKETS: readonly FarmSizeBucket[] = ['2-4', '5-9', '10+'];

/**
 * Farms of one size bucket. Every farm is exactly one of recovered, merged, split or unclustered,
 * so `farms = recovered + merged + split + unclustered`.
 */
export interface FarmBreakdown {
  farms: number;
  /** Recovered strictly, as `farmsRecovered`. */
  recovered: number;
  /** Not recovered: the cluster holding the most members holds ≥ 80 % of the farm, but also non-members. */
  merged: number;
  /** Not recovered: two or more members are in clusters, but no one cluster holds ≥ 80 % of the farm. */
  split: number;
  /** Not recovered: fewer than two members are in any cluster at all. */
  unclustered: number;
}

const bucketOf = (size: number): FarmSizeBucket => (size >= 10 ? '10+' : size >= 5 ? '5-9' : '2-4');

const FLAGGED: ReadonlySet<Decision> = new Set(['review', 'escalate']);

/**
 * Scores decisions and clusters against labels.
 *
 * @example
 * scoreDetection(labels, decisions, clusters).recallAtReview; // 0.93
 */
export function scoreDetection(
  labels: ReadonlyMap<string, ScenarioLabel>,
  decisions: ReadonlyMap<string, Decision>,
  clusters: ReadonlyArray<{ members: readonly string[] }>,
  share = 0.8,
): QualityReport {
  let fraud = 0;
  let legitimate = 0;
  let fraudReview = 0;
  let fraudEscalate = 0;
  let legitReview = 0;
  let legitEscalate = 0;
  const farms = new Map<string, string[]>();
  const byConfounder: Record<string, [number, number]> = {};
  for (const [id, label] of labels) {
    const decision = decisions.get(id) ?? 'clear';
    if (label.fraud) {
      fraud++;
      if (FLAGGED.has(decision)) fraudReview++;
      if (decision === 'escalate') fraudEscalate++;
      if (label.farmId) {
        const members = farms.get(label.farmId) ?? [];
        members.push(id);
        farms.set(label.farmId, members);
      }
    } else {
      legitimate++;
      const flagged = FLAGGED.has(decision);
      if (flagged) legitReview++;
      if (decision === 'escalate') legitEscalate++;
      for (const tag of new Set([`unit:${label.unit}`, ...label.confounders])) {
        const entry = (byConfounder[tag] ??= [0, 0]);
        entry[0]++;
        if (flagged) entry[1]++;
      }
    }
  }
  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, i) => {
    for (const id of cluster.members) clusterOf.set(id, i);
  });
  let counted = 0;
  let recovered = 0;
  let mostlyPure = 0;
  let touched = 0;
  const farmsBySize = Object.fromEntries(
    FARM_SIZE_BUCKETS.map((bucket) => [
      bucket,
      { farms: 0, recovered: 0, merged: 0, split: 0, unclustered: 0 },
    ]),
  ) as Record<FarmSizeBucket, FarmBreakdown>;
  for (const members of farms.values()) {
    if (members.length < 2) continue;
    counted++;
    const breakdown = farmsBySize[bucketOf(members.length)];
    breakdown.farms++;
    const hits = new Map<number, number>();
    let clustered = 0;
    for (const id of members) {
      const at = clusterOf.get(id);
      if (at !== undefined) {
        hits.set(at, (hits.get(at) ?? 0) + 1);
        clustered++;
      }
    }
    let best = -1;
    let bestHits = 0;
    for (const [at, n] of hits) if (n > bestHits) [best, bestHits] = [at, n];
    if (bestHits >= 2) touched++;
    if (best < 0 || bestHits < share * members.length) {
      if (clustered < 2) breakdown.unclustered++;
      else breakdown.split++;
      continue;
    }
    const size = clusters[best]?.members.length ?? 0;
    if (size === bestHits) {
      recovered++;
      breakdown.recovered++;
    } else breakdown.merged++;
    if (bestHits >= share * size) mostlyPure++;
  }
  return {
    profiles: fraud + legitimate,
    fraud,
    legitimate,
    recallAtReview: fraudReview / fraud,
    recallAtEscalate: fraudEscalate / fraud,
    falsePositiveRateAtReview: legitReview / legitimate,
    falsePositiveRateAtEscalate: legitEscalate / legitimate,
    farms: counted,
    farmsRecovered: recovered,
    farmsRecoveredMostlyPure: mostlyPure,
    farmsTouched: touched,
    byConfounder,
    farmsBySize,
  };
}
