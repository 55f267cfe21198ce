import { LinkIndex } from '../../src/links/link-index.js';
import type { LinkIndexOptions } from '../../src/links/link-index-options.js';
import { LINK_ATTRIBUTES } from '../../src/links/lookup.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { Profile } from '../../src/schema/profile.js';
import { syntheticRoster } from './_lib/synthetic-roster.js';

// Module state shared between indexes (a tally, a hash pair, an extraction cache) would make one
// index's answers depend on what another was just asked. Each step below is one call on one index;
// run alone or interleaved step by step with the other index's steps, each must answer the same.

type Step = (index: LinkIndex) => unknown;

function steps(profiles: readonly Profile[]): Step[] {
  const out: Step[] = [];
  const [indexed, newcomers] = [profiles.slice(0, -20), profiles.slice(-20)];
  for (const profile of indexed) out.push((index) => index.add(profile));
  // The indexed objects, copies of them (not the indexed objects) and profiles never indexed.
  const probes = [
    ...indexed.slice(0, 30),
    ...indexed.slice(0, 10).map((p) => structuredClone(p)),
    ...newcomers,
  ];
  for (const profile of probes)
    for (const attribute of LINK_ATTRIBUTES) out.push((index) => index.matchesFor(profile, attribute));
  out.push((index) => index.clusters());
  for (const profile of indexed.slice(0, 40)) out.push((index) => index.clusterOf(profile.id));
  for (const profile of indexed.slice(0, 40).filter((_, i) => i % 3 === 0))
    out.push((index) => index.remove(profile.id));
  out.push((index) => index.clusters());
  out.push((index) => index.snapshot());
  out.push((index) => index.size);
  return out;
}

function alone(options: LinkIndexOptions, script: readonly Step[]): unknown[] {
  const index = new LinkIndex(options);
  return script.map((step) => JSON.stringify(step(index)));
}

describe('two link indexes used together', () => {
  const a = syntheticRoster(11, [3, 5, 7], 60);
  const b = syntheticRoster(12, [2, 4, 9], 60);
  const scriptA = steps(a.profiles.map((input) => parseProfile(input)));
  const scriptB = steps(b.profiles.map((input) => parseProfile(input)));
  const optionsA: LinkIndexOptions = { allowlist: a.allowlist };
  const optionsB: LinkIndexOptions = { allowlist: b.allowlist, hmacSecret: 'secret-b', householdMax: 2 };

  it('answers each call as each index used alone does, when their calls alternate', () => {
    const expectedA = alone(optionsA, scriptA);
    const expectedB = alone(optionsB, scriptB);
    const indexA = new LinkIndex(optionsA);
    const indexB = new LinkIndex(optionsB);
    const gotA: unknown[] = [];
    const gotB: unknown[] = [];
    for (let i = 0; i < Math.max(scriptA.length, scriptB.length); i++) {
      const stepA = scriptA[i];
      const stepB = scriptB[i];
      if (stepA) gotA.push(JSON.stringify(stepA(indexA)));
      if (stepB) gotB.push(JSON.stringify(stepB(indexB)));
    }
    expect(gotA).toEqual(expectedA);
    expect(gotB).toEqual(expectedB);
  });

  it("answers the same when one index is asked about the other index's profiles in between", () => {
    const expectedA = alone(optionsA, scriptA);
    const indexA = new LinkIndex(optionsA);
    const indexB = new LinkIndex(optionsB);
    for (const input of b.profiles) indexB.add(parseProfile(input));
    const probesB = b.profiles.slice(0, 25).map((input) => parseProfile(input));
    const gotA = scriptA.map((step, i) => {
      const answer = JSON.stringify(step(indexA));
      const probe = probesB[i % probesB.length] as Profile;
      for (const attribute of LINK_ATTRIBUTES) indexB.matchesFor(probe, attribute);
      return answer;
    });
    expect(gotA).toEqual(expectedA);
  });

  it('finds clusters in both rosters, so the comparison above is not between empty answers', () => {
    const indexA = new LinkIndex(optionsA);
    for (const input of a.profiles) indexA.add(parseProfile(input));
    expect(
      indexA
        .clusters()
        .map((cluster) => cluster.members.length)
        .sort(),
    ).toEqual([3, 5, 7]);
  });
});
