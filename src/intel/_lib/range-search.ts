/**
 * Binary searches over sorted, non-overlapping address ranges held as typed arrays (starts and ends,
 * IPv6 split into high and low 64-bit halves), shared by the CIDR index and the ASN range index.
 */

/** The index of the IPv4 range holding `n`, or -1. */
export function findV4Range(starts: Uint32Array, ends: Uint32Array, n: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= n) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && n <= (ends[hi] as number) ? hi : -1;
}

/** Starts and ends of IPv6 ranges, each address as its high and low 64 bits. */
export interface V6Ranges {
  startHi: BigUint64Array;
  startLo: BigUint64Array;
  endHi: BigUint64Array;
  endLo: BigUint64Array;
}

/** The index of the IPv6 range holding the address `xHi:xLo`, or -1. */
export function findV6Range(ranges: V6Ranges, xHi: bigint, xLo: bigint): number {
  const { startHi, startLo } = ranges;
  let lo = 0;
  let hi = startHi.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const sHi = startHi[mid] as bigint;
    if (sHi < xHi || (sHi === xHi && (startLo[mid] as bigint) <= xLo)) lo = mid + 1;
    else hi = mid - 1;
  }
  if (hi < 0) return -1;
  const eHi = ranges.endHi[hi] as bigint;
  return xHi < eHi || (xHi === eHi && xLo <= (ranges.endLo[hi] as bigint)) ? hi : -1;
}
