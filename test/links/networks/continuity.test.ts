import type { Cluster, ClusterTie } from '../../../src/links/cluster.js';
import { LinkIndex } from '../../../src/links/link-index.js';
import { continuityOf, personsOf } from '../../../src/links/networks/continuity.js';
import { nestClusters } from '../../../src/links/networks/nest.js';
import { formatGraphCsv } from '../../../src/report/graph-csv.js';
import { parseProfile } from '../../../src/schema/parse.js';
import type { ProfileInput } from '../../../src/schema/profile.js';
import { FARM_SITE, logins, record } from './_lib/profiles.js';

const cluster = (id: string, attributes: ClusterTie[]): Cluster => ({
  id,
  members: [...new Set(attributes.flatMap((t) => t.profileIds))].sort(),
  attributes,
  organizations: [],
  suspicion: 0,
  severity: 'info',
  explanation: '',
});
const farmA = [
  {
    attribute: 'shipping-address',
    displayKey: '1420 RIDGEVIEW DR #3, 37211 US',
    profileIds: ['a1', 'a2', 'a3', 'a4'],
    severity: 'critical',
  },
  {
    attribute: 'login-network',
    displayKey: '73.10.20.0/24',
    profileIds: ['a1', 'a2', 'a3', 'a4'],
    severity: 'high',
  },
] satisfies ClusterTie[];
const farmB = [
  {
    attribute: 'shipping-address',
    displayKey: '88 ELM ST, 62701 US',
    profileIds: ['b1', 'b2', 'b3'],
    severity: 'high',
  },
  { attribute: 'bank-account', displayKey: 'account ••••4821', profileIds: ['b1', 'b2'], severity: 'high' },
] satisfies ClusterTie[];
const person = (...profileIds: string[]) => ({ displayKey: '***-**-6789', profileIds });
const orgOf = (id: string) => `org-${id}`;

function index(profiles: readonly ProfileInput[]): LinkIndex {
  const links = new LinkIndex();
  for (const profile of profiles) links.add(parseProfile(profile));
  return links;
}

/** Four hires of four people at one farm: shipped to its address, signing in from its line. */
const farmHires = [0, 1, 2, 3].map((n) =>
  record(`f${n}`, n, `org-${n}`, {
    shipTo: FARM_SITE,
    signIns: logins('73.10.20', 6, 'residential', `dev-f${n}`),
  }),
);

describe('personsOf', () => {
  it('groups the carriers of one SSN by full name and leaves unnamed records out', () => {
    const names: Record<number, number> = { 1: 41, 2: 41, 3: 77, 4: 0, 5: 0, 6: 77 };
    expect(personsOf([1, 2, 3, 4, 5, 6], (pid) => names[pid] as number)).toEqual([
      [1, 2],
      [3, 6],
    ]);
  });
});

describe('continuityOf', () => {
  it("brings a person's stray record to the one cluster their other record is in", () => {
    const out = continuityOf([cluster('cl-a', farmA)], [person('a1', 'x1')]);
    expect(out.get(0)?.extras).toEqual(['x1']);
    expect(out.get(0)?.ties).toEqual([
      { attribute: 'ssn', displayKey: '***-**-6789', profileIds: ['a1', 'x1'], severity: 'info' },
    ]);
  });

  it('brings nothing for a person in no cluster, and nothing for a person in two', () => {
    const clusters = [cluster('cl-a', farmA), cluster('cl-b', farmB)];
    expect(continuityOf(clusters, [person('x1', 'x2'), person('a1', 'b1', 'x3')]).size).toBe(0);
  });

  it('gives a record two people would bring to two clusters to neither', () => {
    const clusters = [cluster('cl-a', farmA), cluster('cl-b', farmB)];
    const out = continuityOf(clusters, [person('a1', 'x1'), person('b1', 'x1')]);
    expect([out.get(0)?.extras, out.get(1)?.extras]).toEqual([[], []]);
  });
});

describe('identity continuity in nestClusters', () => {
  it("puts a candidate record into the farm its person's employee record sits in, without diluting the farm's line", () => {
    const { farms, networks } = nestClusters([cluster('cl-abcd', farmA)], orgOf, {
      persons: [person('a1', 'c1'), person('a2', 'c2')],
    });
    expect(networks).toEqual([]);
    const [farm] = farms;
    expect(farm?.id).toBe('farm-abcd');
    expect(farm?.members).toEqual(['a1', 'a2', 'a3', 'a4', 'c1', 'c2']);
    expect(farm?.organizations).toEqual(['org-a1', 'org-a2', 'org-a3', 'org-a4', 'org-c1', 'org-c2']);
    expect([farm?.reading, farm?.severity, farm?.suspicion]).toEqual(['farm', 'critical', 84]);
    expect(farm?.sameIdentity?.map((t) => t.profileIds)).toEqual([
      ['a1', 'c1'],
      ['a2', 'c2'],
    ]);
    expect(farm?.explanation).toBe(
      'Held by a shared address (4 profiles, critical) and one residential home line (4 profiles, high); lacks a shared pay account or device serial. 2 more records of the same people (same name and SSN: a candidate record, another employer) belong here by identity alone.',
    );
  });

  it('never builds a farm or a network from identity continuity alone', () => {
    expect(nestClusters([], orgOf, { persons: [person('x1', 'x2', 'x3')] })).toEqual({
      networks: [],
      farms: [],
    });
  });

  it('never merges two farms of one network through a person with records in both', () => {
    const photo: ClusterTie = {
      attribute: 'photo-hash',
      displayKey: 'photo 3f2a',
      profileIds: ['a1', 'b1'],
      severity: 'high',
    };
    const { networks } = nestClusters([cluster('cl-00ff', [...farmA, ...farmB, photo])], orgOf, {
      persons: [person('a2', 'b2', 'x9')],
    });
    expect(networks[0]?.farms.map((f) => f.members)).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['b1', 'b2', 'b3'],
    ]);
    expect(networks[0]?.unaffiliated).toEqual(['x9']);
    expect(networks[0]?.members).toContain('x9');
  });
});

describe('identity continuity from the link index', () => {
  it("puts a farm identity's candidate record at another employer into the farm, not into the flat cluster", () => {
    const candidate = record('cand-0', 0, 'org-9');
    const links = index([...farmHires, candidate]);
    const [farm] = links.investigation().farms;
    expect(farm?.members).toEqual(['cand-0', 'f0', 'f1', 'f2', 'f3']);
    expect(farm?.reading).toBe('farm');
    expect(farm?.sameIdentity?.map((t) => [t.attribute, t.profileIds, t.severity])).toEqual([
      ['ssn', ['cand-0', 'f0'], 'info'],
    ]);
    expect(farm?.sameIdentity?.[0]?.displayKey).not.toContain('45-6700');
    // The flat cluster and what rules read stay as the ties made them.
    expect(links.clusters()[0]?.members).toEqual(['f0', 'f1', 'f2', 'f3']);
    expect(links.clusterOf('cand-0')).toBeUndefined();
  });

  it('builds nothing from one person holding three jobs that nothing else ties', () => {
    const jobs = ['j1', 'j2', 'j3'].map((id, i) =>
      record(id, 5, `org-${i}`, { shipTo: FARM_SITE, signIns: logins('73.10.20', 4, 'residential', id) }),
    );
    expect(index(jobs).investigation()).toEqual({ networks: [], farms: [] });
  });

  it('exports a record joined by continuity as a node, tied to its person by the masked SSN', () => {
    const links = index([...farmHires, record('cand-0', 0, 'org-9')]);
    const { nodes, edges } = formatGraphCsv(links.clusters(), links.investigation());
    const rows = nodes.trimEnd().split('\n').slice(1);
    expect(rows.filter((row) => row.startsWith('p:cand-0,'))).toHaveLength(1);
    const ssn = rows.find((row) => row.includes(',ssn,ssn,')) as string;
    expect(ssn).toBe('k:3,key,ssn ***-**-6700,,,,ssn,ssn,***-**-6700,info,,2,,,');
    const keyId = ssn.split(',')[0];
    const ends = edges
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .filter(([, , target]) => target === keyId)
      .map(([, source]) => source);
    expect(ends).toEqual(['p:cand-0', 'p:f0']);
    const ids = new Set(rows.map((row) => row.split(',')[0]));
    for (const line of edges.trimEnd().split('\n').slice(1)) {
      const [, source, target] = line.split(',');
      expect([ids.has(source as string), ids.has(target as string)]).toEqual([true, true]);
    }
    expect(nodes).not.toContain('45-6700');
  });
});
