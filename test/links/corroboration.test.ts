import type { Cluster, ClusterTie } from '../../src/links/cluster.js';
import { corroboratedMembers } from '../../src/links/corroboration.js';

const tie = (attribute: ClusterTie['attribute'], profileIds: string[]): ClusterTie => ({
  attribute,
  displayKey: 'k',
  profileIds,
  severity: 'high',
});
const cluster = (attributes: ClusterTie[]): Cluster => ({
  id: 'c',
  members: [...new Set(attributes.flatMap((t) => t.profileIds))].sort(),
  attributes,
  organizations: ['o1', 'o2'],
  suspicion: 70,
  severity: 'critical',
  explanation: '',
});

describe('corroboratedMembers', () => {
  it('takes the members whose shipping address two or more of them also share a line with', () => {
    const core = corroboratedMembers(
      cluster([tie('shipping-address', ['a', 'b', 'c', 'd']), tie('login-network', ['b', 'c', 'x'])]),
    );
    expect([...core].sort()).toEqual(['b', 'c']);
  });

  it('takes a device and a pay account shared by the same people', () => {
    const core = corroboratedMembers(
      cluster([tie('device-serial', ['a', 'b']), tie('bank-account', ['a', 'b'])]),
    );
    expect([...core].sort()).toEqual(['a', 'b']);
  });

  it('finds no core when the line ties other people than the address does (a coworking space beside a building Wi-Fi)', () => {
    const core = corroboratedMembers(
      cluster([
        tie('shipping-address', ['a', 'b', 'c', 'd', 'e']),
        tie('login-network', ['e', 'x', 'y']),
        tie('phone', ['a', 'b']),
      ]),
    );
    expect(core.size).toBe(0);
  });

  it('finds no core in a cluster tied by an address alone', () => {
    expect(corroboratedMembers(cluster([tie('shipping-address', ['a', 'b', 'c'])])).size).toBe(0);
  });
});
