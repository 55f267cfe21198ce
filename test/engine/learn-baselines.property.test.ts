import fc from 'fast-check';
import type { LearningFacts } from '../../src/engine/_lib/learning-facts.js';
import { BaselineLearner } from '../../src/engine/learn-baselines.js';

// Small vocabularies, so that staff share tools, lines and buildings and standards are learned.
const organization = fc.constantFrom('org-a', 'org-b', 'org-c');
const tool = fc.constantFrom('teamviewer', 'anydesk', 'zoom');
const provider = fc.constantFrom('Comcast Cable', 'comcast cable', 'Zscaler', 'AT&T');
const network = fc.constantFrom('198.51.100.0/24', '203.0.113.0/24', '192.0.2.0/24', '2001:db8::/48');
const home = fc.option(fc.constantFrom('1 ELM ST|AUSTIN|TX', '2 OAK ST|AUSTIN|TX', '3 FIR ST|AUSTIN|TX'), {
  nil: undefined,
});
const destination = fc.constantFrom('500 CONGRESS AVE|AUSTIN|TX', '1 HUB WAY|AUSTIN|TX').map((building) => ({
  building,
  address: { line1: building.split('|')[0] as string, city: 'Austin', region: 'TX' },
}));

const facts = (person: string): fc.Arbitrary<LearningFacts> =>
  fc.record({
    organizationId: organization,
    person: fc.constant(person),
    identityCheck: fc.constantFrom('live', 'not-live', undefined),
    tools: fc.array(tool, { maxLength: 3 }),
    vpnClients: fc.constant([]),
    home,
    providers: fc.array(provider, { maxLength: 3 }),
    networks: fc.array(network, { maxLength: 4 }),
    destinations: fc.array(destination, { maxLength: 2 }),
  });

/** A roster's facts: one per person, as a roster gives them once its duplicate ids are rejected. */
const roster = fc
  .integer({ min: 0, max: 40 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => facts(`p${i}`))));

const options = { minStaff: 2, minPeople: 2, egressShare: 0.2, toolShare: 0.3, officeShare: 0.2 };

function learnFrom(all: readonly LearningFacts[]) {
  const learner = new BaselineLearner(options);
  for (const one of all) learner.addFacts(one);
  return learner.learn();
}

describe('BaselineLearner (properties)', () => {
  it('learns the same from a profile however often its logins, laptops and shipments repeat what it already named', () => {
    fc.assert(
      fc.property(roster, (all) => {
        const repeated = all.map((one) => ({
          ...one,
          tools: [...one.tools, ...one.tools],
          providers: [...one.providers, ...one.providers],
          networks: [...one.networks, ...one.networks.slice().reverse()],
          destinations: [...one.destinations, ...one.destinations],
        }));
        expect(learnFrom(repeated)).toEqual(learnFrom(all));
      }),
    );
  });

  it('never counts more people than staff, nor more homes than people', () => {
    fc.assert(
      fc.property(roster, (all) => {
        for (const standard of learnFrom(all).standards) {
          const staff = all.filter((one) => one.organizationId === standard.organizationId).length;
          expect(standard.people).toBeLessThanOrEqual(standard.staff);
          if (standard.kind !== 'identity-check') expect(standard.staff).toBe(staff);
          const homes = /from (\d+) different homes/.exec(standard.explanation)?.[1];
          if (homes !== undefined) expect(Number(homes)).toBeLessThanOrEqual(standard.people);
        }
      }),
    );
  });
});

/** Each (organisation, value) group's people and distinct homes, counted directly from the facts. */
function directCounts(all: readonly LearningFacts[], valuesOf: (one: LearningFacts) => readonly string[]) {
  const groups = new Map<string, { people: number; homes: Set<string> }>();
  for (const one of all)
    for (const value of new Set(valuesOf(one))) {
      const key = `${one.organizationId}\u0000${value}`;
      const group = groups.get(key) ?? { people: 0, homes: new Set<string>() };
      group.people++;
      group.homes.add(one.home ?? one.person);
      groups.set(key, group);
    }
  return groups;
}

// Homes from a larger vocabulary, or none (the person stands in for it), so that distinct homes and
// people differ; one person can make a standard when `minPeople` is 1.
const manyHomes = fc.option(
  fc.integer({ min: 0, max: 6 }).map((n) => `${n} ELM ST|AUSTIN|TX`),
  { nil: undefined },
);
const varied = fc
  .integer({ min: 0, max: 40 })
  .chain((size) =>
    fc.tuple(
      ...Array.from({ length: size }, (_, i) =>
        facts(`p${i}`).chain((one) => manyHomes.map((home) => ({ ...one, home }))),
      ),
    ),
  );

describe('BaselineLearner (properties, counts)', () => {
  it('learns every network, provider and office whose direct counts meet the options, with those counts', () => {
    fc.assert(
      fc.property(varied, fc.integer({ min: 1, max: 3 }), (all, minPeople) => {
        const o = { minStaff: 2, minPeople, egressShare: 0.2, officeShare: 0.2, maxOutsiders: 0.5 };
        const learner = new BaselineLearner(o);
        for (const one of all) learner.addFacts(one);
        const learned = learner.learn().standards;
        const staff = (org: string) => all.filter((one) => one.organizationId === org).length;
        const expected: string[] = [];
        const egress = (
          kind: string,
          groups: ReturnType<typeof directCounts>,
          shown: (value: string, org: string) => string,
        ) => {
          for (const [key, { people, homes }] of groups) {
            const [org, value] = key.split('\u0000') as [string, string];
            const total = staff(org);
            if (
              total >= o.minStaff &&
              people >= minPeople &&
              people / total >= o.egressShare &&
              homes.size >= minPeople
            )
              expected.push(`${org} ${kind} ${shown(value, org)} ${people} ${homes.size}`);
          }
        };
        egress(
          'egress-network',
          directCounts(all, (one) => one.networks),
          (value) => value,
        );
        const providers = directCounts(all, (one) => one.providers.map((name) => name.toLowerCase()));
        // The name as the organisation's staff first gave it.
        const firstName = (lower: string, org: string) =>
          all
            .filter((one) => one.organizationId === org)
            .flatMap((one) => one.providers)
            .find((name) => name.toLowerCase() === lower) as string;
        egress('egress-provider', providers, firstName);
        const recipients = directCounts(all, (one) => one.destinations.map((d) => d.building));
        for (const [key, { people }] of recipients) {
          const [org, building] = key.split('\u0000') as [string, string];
          const everyone = [...recipients].filter(([other]) => other.endsWith(`\u0000${building}`));
          const total = everyone.reduce((sum, [, group]) => sum + group.people, 0);
          if (
            staff(org) >= o.minStaff &&
            people >= minPeople &&
            people / staff(org) >= o.officeShare &&
            (total - people) / total <= o.maxOutsiders
          )
            expected.push(`${org} office ${building.split('|')[0]} ${people}`);
        }
        const got = learned
          .filter((s) => s.kind === 'egress-network' || s.kind === 'egress-provider' || s.kind === 'office')
          .map((s) =>
            s.kind === 'office'
              ? `${s.organizationId} office ${s.address?.line1} ${s.people}`
              : `${s.organizationId} ${s.kind} ${s.value} ${s.people} ${/from (\d+) different homes/.exec(s.explanation)?.[1]}`,
          );
        expect(got.sort()).toEqual(expected.sort());
      }),
    );
  });
});
