// Workaround, to delete once src/testing/run-rule.ts is fixed: under Jest, the global structuredClone
// builds objects from Node's own realm, whose Object.prototype differs from the test realm's, so
// RuleTester's mutation check (isDeepStrictEqual(profile, structuredClone(profile))) fails on every case.
// A realm-local deep copy of plain data keeps the check meaningful.
function cloneHere<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneHere(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = cloneHere(item);
    return out as T;
  }
  return value;
}

(globalThis as { structuredClone: <T>(value: T) => T }).structuredClone = cloneHere;

export {};
