import type { Cluster, ClusterTie } from '../../src/links/cluster.js';
import type { LinkAttribute } from '../../src/links/lookup.js';
import { nestClusters } from '../../src/links/networks/nest.js';
import type { Severity } from '../../src/schema/primitives.js';

const tie = (
  attribute: LinkAttribute,
  displayKey: string,
  profileIds: string[],
  severity: Severity,
): ClusterTie => ({
  attribute,
  displayKey,
  profileIds,
  severity,
});
const cluster = (id: string, attributes: ClusterTie[]): Cluster => {
  const members = [...new Set(attributes.flatMap((t) => t.profileIds))].sort();
  return {
    id,
    members,
    attributes,
    organizations: [],
    suspicion: 0,
    severity: 'info',
    explanation: '',
  };
};
const orgOf = (id: string) => `org-${id}`;

const farmA = ['a1', 'a2', 'a3', 'a4'];
const farmB = ['b1', 'b2', 'b3'];
const physicalA = [
  tie('shipping-address', '1420 RIDGEVIEW DR #3, 37211 US', farmA, 'high'),
  tie('login-network', '203.0.113.0/24', farmA, 'high'),
];
const physicalB = [
  tie('shipping-address', '88 ELM ST, 62701 US', farmB, 'high'),
  tie('bank-account', 'account ••••4821', ['b1', 'b2'], 'high'),
];

describe('nestClusters', () => {
  it('nests two farms joined by a reused photo into one network with both farms inside', () => {
    const photo = tie('photo-hash', 'photo 3f2a…', ['a1', 'b1'], 'high');
    const { networks, farms } = nestClusters(
      [cluster('cl-00ff', [...physicalA, ...physicalB, photo])],
      orgOf,
    );
    expect(farms).toEqual([]);
    expect(networks).toHaveLength(1);
    const [network] = networks;
    expect(network?.id).toBe('net-00ff');
    expect(network?.farms.map((f) => f.members)).toEqual([farmA, farmB]);
    expect(network?.farms.every((f) => f.networkId === 'net-00ff')).toBe(true);
    expect(network?.ties).toEqual([photo]);
    expect(network?.unaffiliated).toEqual([]);
    expect(network?.headline).toBe('Network: 2 farms, 7 profiles, joined by a reused photo');
    expect(network?.farms[0]?.headline).toBe(
      'Farm: 4 laptops shipped to 1420 RIDGEVIEW DR #3, 37211 US, signing in from one home line, 4 employers',
    );
  });

  it('lists a farm that no identity material joins to anything outside any network, with the cluster hex', () => {
    const { networks, farms } = nestClusters([cluster('cl-abcd', physicalA)], orgOf);
    expect(networks).toEqual([]);
    expect(farms.map((f) => [f.id, f.reading, f.severity, f.members])).toEqual([
      ['farm-abcd', 'farm', 'high', farmA],
    ]);
    expect(farms[0]?.explanation).toBe(
      'Held by a shared address (4 profiles, high) and one residential home line (4 profiles, high); lacks a shared pay account or device serial.',
    );
  });

  it('puts a profile tied by a photo to one farm only into that farm', () => {
    const photo = tie('photo-hash', 'photo 3f2a…', ['a1', 'a5'], 'high');
    const { networks, farms } = nestClusters([cluster('cl-abcd', [...physicalA, photo])], orgOf);
    expect(networks).toEqual([]);
    expect(farms[0]?.members).toEqual([...farmA, 'a5']);
  });

  it('keeps a profile tied to two farms loose in their network', () => {
    const photo = tie('photo-hash', 'photo 3f2a…', ['a1', 'x9', 'b1'], 'high');
    const { networks } = nestClusters([cluster('cl-00ff', [...physicalA, ...physicalB, photo])], orgOf);
    expect(networks[0]?.unaffiliated).toEqual(['x9']);
    expect(networks[0]?.headline).toBe(
      'Network: 2 farms and 1 other profile, 8 profiles, joined by a reused photo',
    );
  });

  it('reads a shipping address shared by people with nothing else in common as a shared address, not a farm', () => {
    const desk = tie(
      'shipping-address',
      '500 MARKET ST, 94105 US',
      ['c1', 'c2', 'c3', 'c4', 'c5'],
      'critical',
    );
    const [farm] = nestClusters([cluster('cl-0c0c', [desk])], orgOf).farms;
    expect([farm?.reading, farm?.severity, farm?.suspicion]).toEqual(['shared-address', 'medium', 45]);
    expect(farm?.headline).toBe(
      'Shared address: 5 laptops shipped to 500 MARKET ST, 94105 US, no shared home line, pay account or device, 5 employers',
    );
  });
});
