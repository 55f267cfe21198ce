let lastTime = Number.NaN;
let lastIso = '';

/**
 * `date.toISOString()`, remembered for the last instant asked: one screening asks for its as-of time many
 * times (the screening's `asOf`, several rules' "today"), and formatting is the slow part.
 *
 * @example
 * isoString(new Date(0)) // '1970-01-01T00:00:00.000Z'
 */
export function isoString(date: Date): string {
  const time = date.getTime();
  if (time !== lastTime) {
    lastIso = date.toISOString();
    lastTime = time;
  }
  return lastIso;
}
