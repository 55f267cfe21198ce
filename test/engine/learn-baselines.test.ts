import { generateScenario } from '../../bench/scenario/generate.js';
import { learningFactsOf } from '../../src/engine/_lib/learning-facts.js';
import { BaselineLearner } from '../../src/engine/learn-baselines.js';
import { parseProfile } from '../../src/schema/parse.js';

const home = (n: number) => ({
  purpose: 'home',
  line1: `${n} Elm St`,
  city: 'Austin',
  region: 'TX',
  postalCode: '78701',
});
const office = {
  line1: '500 Congress Ave',
  city: 'Austin',
  region: 'TX',
  postalCode: '78701',
  deliveryType: 'commercial',
};

function person(id: string, org: string, extra: Record<string, unknown> = {}) {
  return parseProfile({
    id,
    organizationId: org,
    addresses: [home(Number(id.replace(/\D/g, '')))],
    ...extra,
  });
}

const withTool = (name: string) => ({ devices: [{ id: 'd', software: [{ name }] }] });

describe('BaselineLearner', () => {
  it("learns a tool on most of one employer's laptops, with the counts in words", () => {
    const learner = new BaselineLearner();
    for (let i = 1; i <= 12; i++)
      learner.add(person(`p${i}`, 'org-acme', i <= 8 ? withTool('TeamViewer.exe') : {}));
    const { standards, contexts } = learner.learn();
    expect(standards).toEqual([
      {
        organizationId: 'org-acme',
        kind: 'remote-tool',
        value: 'teamviewer',
        people: 8,
        staff: 12,
        explanation:
          "treated as org-acme's standard: 8 of its 12 screened staff have teamviewer on their laptops",
      },
    ]);
    expect(contexts).toEqual({ 'org-acme': { sanctionedRemoteTools: ['teamviewer'] } });
  });

  it('never learns what many employers share with a few staff each (a laptop farm)', () => {
    const learner = new BaselineLearner();
    for (let org = 1; org <= 6; org++) {
      for (let i = 1; i <= 10; i++) {
        const id = `p${org * 100 + i}`;
        const farm =
          i === 1
            ? {
                ...withTool('AnyDesk'),
                devices: [
                  {
                    id: 'd',
                    shippedTo: { line1: '9 Farm Rd', city: 'Nashville', region: 'TN', postalCode: '37211' },
                    software: [{ name: 'AnyDesk' }],
                  },
                ],
              }
            : {};
        learner.add(person(id, `org-${org}`, farm));
      }
    }
    expect(learner.learn().standards).toEqual([]);
  });

  it("learns a building many of one employer's staff receive equipment at, and not one shared with others", () => {
    const learner = new BaselineLearner();
    for (let i = 1; i <= 10; i++)
      learner.add(person(`p${i}`, 'org-acme', i <= 5 ? { devices: [{ id: 'd', shippedTo: office }] } : {}));
    const shared = {
      line1: '1 Hub Way',
      city: 'Austin',
      region: 'TX',
      postalCode: '78702',
      deliveryType: 'commercial',
    };
    for (let i = 11; i <= 20; i++)
      learner.add(person(`p${i}`, 'org-beta', i <= 15 ? { devices: [{ id: 'd', shippedTo: shared }] } : {}));
    for (let i = 21; i <= 25; i++)
      learner.add(person(`p${i}`, `org-x${i}`, { devices: [{ id: 'd', shippedTo: shared }] }));
    const { standards, contexts } = learner.learn();
    expect(standards.map((s) => [s.organizationId, s.kind, s.people])).toEqual([['org-acme', 'office', 5]]);
    expect(contexts['org-acme']?.offices).toEqual([
      { line1: '500 Congress Ave', city: 'Austin', region: 'TX', postalCode: '78701' },
    ]);
  });

  it('learns a network many staff sign in from out of many different homes, not a household line', () => {
    const learner = new BaselineLearner();
    const login = (ip: string) => ({ logins: [{ at: '2026-01-05T15:00:00Z', ip }] });
    for (let i = 1; i <= 10; i++)
      learner.add(person(`p${i}`, 'org-acme', login(i <= 6 ? `198.51.100.${i}` : `203.0.113.${i}`)));
    for (let i = 11; i <= 20; i++) {
      // Six people of org-beta behind one line, all at one home: a household, not an egress.
      const profile = parseProfile({
        id: `p${i}`,
        organizationId: 'org-beta',
        addresses: [home(1)],
        ...login(i <= 16 ? '192.0.2.9' : `192.0.2.${i}`),
      });
      learner.add(profile);
    }
    expect(learner.learn().standards.map((s) => [s.organizationId, s.kind, s.value])).toEqual([
      ['org-acme', 'egress-network', '198.51.100.0/24'],
    ]);
  });

  it("learns how an employer checks remote hires' identity when nine in ten of them were checked the same way, from hires only", () => {
    const learner = new BaselineLearner();
    const remote = (live: boolean | undefined) => ({
      employment: { workArrangement: 'remote' },
      interviews: [{ mode: 'video', ...(live !== undefined && { identityVerifiedLive: live }) }],
    });
    // org-live: 19 of 20 checked live; a 21st has no check on record and does not count.
    for (let i = 1; i <= 21; i++)
      learner.add(person(`p${i}`, 'org-live', remote(i <= 19 ? true : i === 20 ? false : undefined)));
    // Its candidates, not yet at the identity step, are no hires: counted, the share would be 19 of 26.
    for (let i = 22; i <= 27; i++)
      learner.add(person(`p${i}`, 'org-live', { ...remote(false), kind: 'candidate' }));
    // org-docs: every remote hire on automated document checks only.
    for (let i = 101; i <= 112; i++) learner.add(person(`p${i}`, 'org-docs', remote(false)));
    // org-mixed: 7 of 10 live, below the 0.9 share: no practice learned.
    for (let i = 201; i <= 210; i++) learner.add(person(`p${i}`, 'org-mixed', remote(i <= 207)));
    // org-onsite: on-site staff never count towards a remote-hire practice.
    for (let i = 301; i <= 312; i++)
      learner.add(
        person(`p${i}`, 'org-onsite', { ...remote(false), employment: { workArrangement: 'onsite' } }),
      );
    const { standards, contexts } = learner.learn();
    expect(standards).toEqual([
      {
        organizationId: 'org-docs',
        kind: 'identity-check',
        value: 'automated',
        people: 12,
        staff: 12,
        explanation:
          "treated as org-docs's standard: 12 of its 12 screened remote hires with an identity check on record had only checks no person watched",
      },
      {
        organizationId: 'org-live',
        kind: 'identity-check',
        value: 'live',
        people: 19,
        staff: 20,
        explanation:
          "treated as org-live's standard: 19 of its 20 screened remote hires with an identity check on record were checked live, in person or on video",
      },
    ]);
    expect(contexts).toEqual({
      'org-docs': { identityCheck: 'automated' },
      'org-live': { identityCheck: 'live' },
    });
  });

  it('counts a profile once however many of its logins, laptops or shipments name the same network, tool or building', () => {
    const learner = new BaselineLearner();
    const busy = {
      logins: ['09', '10', '11'].map((hour) => ({ at: `2026-01-05T${hour}:00:00Z`, ip: '198.51.100.7' })),
      devices: [
        { id: 'd1', shippedTo: office, software: [{ name: 'TeamViewer' }] },
        { id: 'd2', shippedTo: office, software: [{ name: 'TeamViewer' }] },
      ],
    };
    for (let i = 1; i <= 10; i++) learner.add(person(`p${i}`, 'org-acme', i <= 5 ? busy : {}));
    expect(learner.learn().standards.map((s) => [s.kind, s.value, s.people, s.staff, s.explanation])).toEqual(
      [
        [
          'remote-tool',
          'teamviewer',
          5,
          10,
          "treated as org-acme's standard: 5 of its 10 screened staff have teamviewer on their laptops",
        ],
        [
          'egress-network',
          '198.51.100.0/24',
          5,
          10,
          "treated as org-acme's standard: 5 of its 10 screened staff sign in from 198.51.100.0/24 from 5 different homes",
        ],
        [
          'office',
          '500 Congress Ave, Austin, TX',
          5,
          10,
          "treated as org-acme's standard: 5 of its 10 screened staff receive equipment at 500 Congress Ave, Austin, TX",
        ],
      ],
    );
  });

  it("learns one person's line or provider when the options let one person make a standard", () => {
    const learner = new BaselineLearner({ minStaff: 1, minPeople: 1 });
    const login = (ip: string, provider: string) => ({
      logins: [{ at: '2026-01-05T15:00:00Z', ip, geo: { provider } }],
    });
    learner.add(person('p1', 'org-tiny', login('198.51.100.7', 'Comcast Cable')));
    learner.add(person('p2', 'org-tiny', login('203.0.113.9', 'comcast cable')));
    expect(learner.learn().standards.map((s) => [s.kind, s.value, s.people, s.staff])).toEqual([
      ['egress-provider', 'Comcast Cable', 2, 2],
      ['egress-network', '198.51.100.0/24', 1, 2],
      ['egress-network', '203.0.113.0/24', 1, 2],
    ]);
  });

  it('learns nothing at an employer with fewer screened staff than the minimum', () => {
    const learner = new BaselineLearner({ minStaff: 10 });
    for (let i = 1; i <= 9; i++) learner.add(person(`p${i}`, 'org-small', withTool('TeamViewer')));
    expect(learner.learn().standards).toEqual([]);
  });
});

describe('BaselineLearner.addFacts', () => {
  it('learns from facts taken elsewhere (a worker) exactly what add learns from the profiles', () => {
    const profiles = [...generateScenario({ size: 1_500, seed: 11 })].map((record) =>
      parseProfile(record.profile),
    );
    const fromProfiles = new BaselineLearner();
    const fromFacts = new BaselineLearner();
    let withoutOrganization = 0;
    for (const profile of profiles) {
      fromProfiles.add(profile);
      const facts = learningFactsOf(profile);
      if (facts) fromFacts.addFacts(structuredClone(facts));
      else withoutOrganization += 1;
    }
    const learned = fromProfiles.learn();
    expect(learned.standards.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['remote-tool', 'egress-network', 'office']),
    );
    expect(fromFacts.learn()).toEqual(learned);
    expect(withoutOrganization).toBe(profiles.filter((p) => p.organizationId === undefined).length);
  });

  it('gives no facts for a profile without an organisation, and counts a remote hire’s live check only', () => {
    expect(learningFactsOf(parseProfile({ id: 'p1' }))).toBeUndefined();
    const hire = parseProfile({
      id: 'p2',
      organizationId: 'org-a',
      kind: 'employee',
      employment: { workArrangement: 'remote' },
      interviews: [{ mode: 'video', identityVerifiedLive: true }],
    });
    expect(learningFactsOf(hire)).toEqual({
      organizationId: 'org-a',
      person: 'p2',
      identityCheck: 'live',
      tools: [],
      vpnClients: [],
      home: undefined,
      providers: [],
      networks: [],
      destinations: [],
    });
    expect(learningFactsOf({ ...hire, kind: 'candidate' })?.identityCheck).toBeUndefined();
  });
});
