import { compareCodeUnits } from '../../_lib/sort-in-place.js';

/**
 * Splits `total` whole points in proportion to `shares` by largest remainder. Ties go to the larger
 * share, then to the group that sorts first by name (each group appears once), so the result does not
 * depend on input order.
 */
export function apportion(total: number, shares: readonly number[], groups: readonly string[]): number[] {
  const n = shares.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += shares[k] as number;
  const parts = new Array<number>(n).fill(0);
  if (total === 0 || sum === 0) return parts;
  const exact = new Array<number>(n);
  let left = total;
  for (let k = 0; k < n; k++) {
    exact[k] = (total * (shares[k] as number)) / sum;
    parts[k] = Math.floor(exact[k] as number);
    left -= parts[k] as number;
  }
  // The points left over go one each to the largest remainders: picked in turn from those not yet given
  // one, which is the head of the sorted order without sorting (a handful of groups).
  for (; left > 0; left--) {
    let best = -1;
    for (let k = 0; k < n; k++) {
      if ((parts[k] as number) > Math.floor(exact[k] as number)) continue;
      if (best < 0 || outranks(k, best, exact, shares, groups)) best = k;
    }
    if (best < 0) break;
    parts[best] = (parts[best] as number) + 1;
  }
  return parts;
}

/** Whether share `a` gets a left-over point before share `b`: larger remainder, larger share, group name. */
function outranks(
  a: number,
  b: number,
  exact: readonly number[],
  shares: readonly number[],
  groups: readonly string[],
): boolean {
  const restA = (exact[a] as number) - Math.floor(exact[a] as number);
  const restB = (exact[b] as number) - Math.floor(exact[b] as number);
  if (restA !== restB) return restA > restB;
  if (shares[a] !== shares[b]) return (shares[a] as number) > (shares[b] as number);
  // Code-unit order, not locale order: the result must be the same on every machine.
  return compareCodeUnits(groups[a] as string, groups[b] as string) < 0;
}

/**
 * The index of each group's strongest active finding by `strength` (the first of equals), in the order
 * the groups first have one. A screening has a handful of groups, so a list searched in place serves as
 * the map.
 */
export function strongestOfEachGroup<T extends { group: string; active: boolean }>(
  inputs: readonly T[],
  strength: (input: T) => number,
): number[] {
  const chosen: number[] = [];
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index] as T;
    if (!input.active || !(strength(input) > 0)) continue;
    let slot = 0;
    while (slot < chosen.length && (inputs[chosen[slot] as number] as T).group !== input.group) slot++;
    if (slot === chosen.length) chosen.push(index);
    else if (strength(input) > strength(inputs[chosen[slot] as number] as T)) chosen[slot] = index;
  }
  return chosen;
}
