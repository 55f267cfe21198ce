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
