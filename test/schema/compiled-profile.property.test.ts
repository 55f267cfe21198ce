import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { generateScenario } from '../../bench/scenario/generate.js';
import { compiledProfileSchema } from '../../src/schema/_lib/compiled-profile.js';
import { safeParseProfile } from '../../src/schema/parse.js';
import { profileSchema } from '../../src/schema/profile.js';

/** Realistic whole profiles: every field the generator fills, with its variety. */
const SCENARIO = [...generateScenario({ size: 300, seed: 11 })].map((record) => record.profile);

type Step = string | number;

/** Every path to a value in a JSON tree, containers included, so a mutation can land anywhere. */
function pathsOf(value: unknown, prefix: Step[] = [], out: Step[][] = []): Step[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

function setAt(root: unknown, path: Step[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [Step, ...Step[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<Step, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** Values near the schema's edges: valid ones of other fields, and the usual mistakes. */
const edgeValue = fc.oneof(
  fc.constantFrom(
    'US',
    'us',
    'USA',
    'u1',
    '',
    '2025-02-30',
    '2025-02-28',
    '2025-1-1',
    '2025-03-01T14:05:00Z',
    '2025-03-01T14:05:00+05:30',
    '2025-03-01T14:05:00',
    '2025-03-01 14:05:00Z',
    'America/Chicago',
    'Mars/Olympus',
    'AS15169',
    ' as 15169 ',
    'AS99999999999',
    '1d6b',
    '1D6G',
    'home',
    'shipping',
    'bogus',
    'mobile',
    'voip',
    'video',
    'candidate',
    'us-ssn',
    'match',
    'x'.repeat(1_000),
    'x'.repeat(1_001),
  ),
  fc.constantFrom(null, undefined, true, false, 0, -1, 91, -181, 1.5, 1e10, Number.NaN, 4294967296),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom([], {}, [{}], { full: 'Ana' }, [null], { line1: 1 }),
  fc.dictionary(fc.constantFrom('full', 'line1', 'lin1', 'at', 'type', 'number', 'x'), fc.string()),
);

/** A scenario profile with a few of its values (or whole sub-objects) replaced. */
const mutatedProfile = fc
  .tuple(
    fc.nat({ max: SCENARIO.length - 1 }),
    fc.array(fc.tuple(fc.nat(), edgeValue), { minLength: 0, maxLength: 4 }),
  )
  .map(([which, mutations]) => {
    let profile: unknown = SCENARIO[which];
    for (const [at, value] of mutations) {
      const paths = pathsOf(profile);
      profile = setAt(profile, paths[at % paths.length] as Step[], value);
    }
    return profile;
  });

/** Small records built from scratch, so the top level and odd shapes are covered too. */
const smallRecord = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 6 }), edgeValue),
      name: fc.oneof(fc.record({ full: fc.string({ maxLength: 6 }) }), edgeValue),
      claimed: fc.oneof(fc.record({ country: edgeValue, timeZone: edgeValue, lat: edgeValue }), edgeValue),
      logins: fc.oneof(fc.array(fc.record({ at: edgeValue, geo: fc.record({ asn: edgeValue }) })), edgeValue),
      addresses: fc.oneof(fc.array(fc.record({ purpose: edgeValue, country: edgeValue })), edgeValue),
    },
    { requiredKeys: [] },
  ),
);

function sameOutcome(input: unknown): void {
  const runtime = profileSchema.safeParse(input);
  const fast = compiledProfileSchema().safeParse(input);
  expect(fast.success).toBe(runtime.success);
  if (runtime.success && fast.success) {
    expect(isDeepStrictEqual(fast.data, runtime.data)).toBe(true);
  } else {
    expect(fast.error?.issues).toEqual(runtime.error?.issues);
  }
}

describe('the compiled profile schema', () => {
  it('compiles the whole profile schema, with no part left to the runtime parser', () => {
    expect(() => z.compile(profileSchema, { strict: true })).not.toThrow();
    expect(compiledProfileSchema()).not.toBe(profileSchema);
  });

  it('accepts and outputs exactly what zod does on every scenario profile', () => {
    for (const profile of SCENARIO) sameOutcome(profile);
  });

  it('agrees with zod (accepted set, output, issue paths, codes and messages) on mutated profiles', () => {
    fc.assert(fc.property(mutatedProfile, sameOutcome), { numRuns: 1_000 });
  });

  it('agrees with zod on small records of any shape', () => {
    fc.assert(fc.property(smallRecord, sameOutcome), { numRuns: 1_000 });
  });

  it('rejects a record through safeParseProfile with zod\u2019s path and message', () => {
    const result = safeParseProfile({ id: 'p1', claimed: { country: 'USA' }, logins: [{ at: 'noon' }] });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'claimed.country',
        code: 'invalid_format',
        message: 'must be a two-letter ISO 3166-1 country code, like "US"',
      },
      {
        path: 'logins[0].at',
        code: 'invalid_format',
        message: 'must be a date-time with a time zone offset, like 2025-03-01T14:05:00Z',
      },
    ]);
  });
});
