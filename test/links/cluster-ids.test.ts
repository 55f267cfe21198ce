import { LinkIndex } from '../../src/links/link-index.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { Profile } from '../../src/schema/profile.js';
import { prng, syntheticRoster } from './_lib/synthetic-roster.js';

const FARM_SIZES = [3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 20];

describe('cluster ids', () => {
  const roster = syntheticRoster(20261205, FARM_SIZES, 400);
  const profiles = roster.profiles.map((input) => parseProfile(input));
  const build = (list: readonly Profile[]) => {
    const index = new LinkIndex({ allowlist: roster.allowlist });
    for (const profile of list) index.add(profile);
    return index;
  };
  const idsByMembers = (index: LinkIndex) =>
    new Map(index.clusters().map((cluster) => [cluster.members.join(','), cluster.id]));

  it('keeps the ids of untouched clusters when 5 % of the roster changes', () => {
    const before = build(profiles);
    const random = prng(7);
    const removed = new Set(profiles.filter(() => random() < 0.05).map((profile) => profile.id));
    // The other half of the change: records re-entered, so they join the index in a different order.
    const reentered = profiles.filter(() => random() < 0.05);
    const after = build([
      ...profiles.filter((p) => !removed.has(p.id) && !reentered.includes(p)),
      ...reentered.filter((p) => !removed.has(p.id)),
    ]);
    expect(removed.size).toBeGreaterThan(profiles.length * 0.03);
    const now = idsByMembers(after);
    const untouched = before.clusters().filter((c) => c.members.every((id) => !removed.has(id)));
    expect(untouched.length).toBeGreaterThan(5);
    for (const cluster of untouched) expect(now.get(cluster.members.join(','))).toBe(cluster.id);
  });

  it("keeps a farm's id when its smallest member id leaves, since the id comes from its address", () => {
    const before = build(profiles);
    const farm = [...(roster.farms.find((members) => members.length === 10) as string[])].sort();
    const leaver = farm[0] as string;
    farm.shift();
    const after = build(profiles.filter((p) => p.id !== leaver));
    const id = (index: LinkIndex, member: string) =>
      index.clusters().find((c) => c.members.includes(member))?.id;
    expect(id(after, farm[0] as string)).toBe(id(before, farm[0] as string));
    const farmIn = (index: LinkIndex) =>
      index.investigation().farms.find((f) => f.members.includes(farm[0] as string))?.id;
    expect(farmIn(after)).toBe(farmIn(before));
  });

  it('gives the same ids whatever the input order', () => {
    const reversed = [...profiles].reverse();
    expect([...idsByMembers(build(reversed))].sort()).toEqual([...idsByMembers(build(profiles))].sort());
  });
});
