import fc from 'fast-check';
import { LinkIndex } from '../../src/links/link-index.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import { linksRules } from '../../src/rules/links/index.js';
import { parseProfile } from '../../src/schema/parse.js';
import { prng, syntheticRoster } from './_lib/synthetic-roster.js';

const FARM_SIZES = [2, 3, 3, 4, 5, 7, 7, 9, 12, 20, 40];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('synthetic roster (acceptance)', () => {
  const roster = syntheticRoster(20260115, FARM_SIZES);
  const profiles = roster.profiles.map((input) => parseProfile(input));
  const build = (order: typeof profiles) => {
    const index = new LinkIndex({ allowlist: roster.allowlist });
    for (const profile of order) index.add(profile);
    return index;
  };

  it('finds every farm of two or more as exactly one cluster, and nothing else', () => {
    const clusters = build(profiles).clusters();
    const found = clusters.map((cluster) => cluster.members).sort((a, b) => a[0]!.localeCompare(b[0]!));
    const expected = roster.farms.map((farm) => [...farm].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(found).toEqual(expected);
  });

  it('rates a farm of five or more critical and spans several organisations', () => {
    const index = build(profiles);
    const big = roster.farms.find((farm) => farm.length === 40) as string[];
    expect(index.clusterOf(big[0] as string)).toMatchObject({ size: 40, severity: 'critical' });
    expect(index.clusterOf(big[0] as string)?.organizationCount).toBeGreaterThan(1);
  });

  it('flags no household, office or coworking shipper', () => {
    const index = build(profiles);
    for (const id of [...roster.households.flat(), ...roster.officeStaff])
      expect(index.clusterOf(id)).toBeUndefined();
  });

  it('gives the same clusters whatever the insertion order', () => {
    const reference = JSON.stringify(build(profiles).clusters());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        expect(JSON.stringify(build(shuffled(profiles, seed)).clusters())).toBe(reference);
      }),
      { numRuns: 5 },
    );
  });

  it('gives the same clusters after removing and re-adding profiles', () => {
    const index = build(profiles);
    const reference = JSON.stringify(index.clusters());
    for (const profile of profiles.slice(0, 50)) index.remove(profile.id);
    for (const profile of profiles.slice(0, 50)) index.add(profile);
    expect(JSON.stringify(index.clusters())).toBe(reference);
  });
});

describe('screenRoster', () => {
  const roster = syntheticRoster(7, [3, 6], 20);
  const records: unknown[] = [
    ...roster.profiles.slice(0, 5),
    { id: 'bad-1', dateOfBirth: '1990-13-01' },
    'not a record',
    ...roster.profiles.slice(5),
    roster.profiles[0],
  ];

  async function* stream() {
    for (const record of records) yield record;
  }

  it('screens every valid record, rejects the rest with positions, and the counts add up', async () => {
    const result = await screenRoster(stream(), {
      now: '2026-01-15T12:00:00Z',
      rules: linksRules,
      links: { allowlist: roster.allowlist },
    });
    expect(
      result.rejects.map((reject) => [
        reject.position,
        reject.profileId,
        reject.error.issues.map((issue) => issue.path),
      ]),
    ).toEqual([
      [5, 'bad-1', ['dateOfBirth']],
      [6, undefined, ['']],
      [records.length - 1, roster.profiles[0]!.id as string, ['id']],
    ]);
    expect(result.summary.total).toBe(records.length);
    expect(result.summary.screened + result.summary.rejected).toBe(result.summary.total);
    expect(result.clusters.map((cluster) => cluster.members.length)).toEqual([6, 3]);
    const member = roster.farms[1]![0] as string;
    const screening = result.screenings.find((s) => s.profileId === member);
    const finding = screening?.findings.find((f) => f.ruleId === 'shared-shipping-address');
    expect(finding?.severity).toBe('critical');
    expect(finding?.related?.clusterId).toBe(result.clusters[0]?.id);
    expect(finding?.related?.profileIds).toHaveLength(5);
  });
});
