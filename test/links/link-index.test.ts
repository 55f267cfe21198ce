import { LinkIndex } from '../../src/links/link-index.js';
import { KEY_SPACES } from '../../src/links/keys.js';
import { MemoryPostingStore } from '../../src/links/store.js';
import { UnionFind } from '../../src/links/union-find.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { ProfileInput } from '../../src/schema/profile.js';

const home = (line1: string, postalCode = '62701') => ({
  purpose: 'home' as const,
  line1,
  city: 'Springfield',
  region: 'IL',
  postalCode,
});
const ship = (line1: string, postalCode = '62701') => ({
  purpose: 'shipping' as const,
  line1,
  city: 'Springfield',
  region: 'IL',
  postalCode,
});
const p = (input: ProfileInput) => parseProfile(input);

describe('UnionFind', () => {
  it('joins sets and reports their size', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 3);
    sets.union(1, 3);
    expect(sets.find(0)).toBe(sets.find(2));
    expect(sets.find(4)).not.toBe(sets.find(0));
    expect(sets.sizeOf(3)).toBe(4);
    expect(sets.sizeOf(5)).toBe(1);
  });
});

describe('MemoryPostingStore', () => {
  it('keeps singletons inline, grows lists, merges flags and removes entries', () => {
    const store = new MemoryPostingStore(16);
    for (let i = 0; i < 100; i++) store.add(i, i * 7, i, 0, 1, '');
    store.add(5, 35, 200, 2, 1, 'shared');
    store.add(5, 35, 200, 1, 1, 'shared');
    expect(Array.from(store.get(5, 35))).toEqual([5 * 8, 200 * 8 + 3]);
    expect(store.size).toBe(100);
    store.remove(5, 35, 5);
    expect(Array.from(store.get(5, 35))).toEqual([200 * 8 + 3]);
    store.remove(5, 35, 200);
    expect(Array.from(store.get(5, 35))).toEqual([]);
    expect(Array.from(store.get(99, 693))).toEqual([99 * 8]);
  });

  it('moves a growing list to larger blocks in order, and reuses the blocks and numbers given up', () => {
    const store = new MemoryPostingStore(16);
    for (let pid = 0; pid < 40; pid++) store.add(1, 1, pid, pid % 8, 3, 'Straße 5, Köln');
    expect(Array.from(store.get(1, 1))).toEqual(Array.from({ length: 40 }, (_, pid) => pid * 8 + (pid % 8)));
    for (let pid = 0; pid < 40; pid += 2) store.remove(1, 1, pid);
    expect(Array.from(store.get(1, 1))).toEqual(
      Array.from({ length: 20 }, (_, i) => (2 * i + 1) * 8 + ((2 * i + 1) % 8)),
    );
    for (let pid = 1; pid < 40; pid += 2) store.remove(1, 1, pid);
    store.add(2, 2, 7, 0, 4, 'a longer display than the first one');
    store.add(2, 2, 9, 1, 4, 'a longer display than the first one');
    store.add(3, 3, 1, 0, 5, '☎ 555');
    store.add(3, 3, 2, 0, 5, '☎ 555');
    const shared: Array<[number, string, number[]]> = [];
    store.forEachShared((space, display, codes) => shared.push([space, display, Array.from(codes)]));
    expect(shared).toEqual([
      [4, 'a longer display than the first one', [7 * 8, 9 * 8 + 1]],
      [5, '☎ 555', [8, 16]],
    ]);
    expect(Array.from(store.get(1, 1))).toEqual([]);
  });
});

describe('LinkIndex', () => {
  it('looks up a key, and forgets a removed profile', () => {
    const index = new LinkIndex();
    index.add(p({ id: 'a', phones: [{ number: '+1 415 555 2671' }] }));
    index.add(p({ id: 'b', phones: [{ number: '(415) 555-2671' }] }));
    expect(index.lookup('phone', '+14155552671')).toEqual(['a', 'b']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.lookup('phone', '+14155552671')).toEqual(['b']);
    expect(index.size).toBe(1);
  });

  it('answers interleaved lookups for different new profiles as a fresh index would', () => {
    const build = () => {
      const index = new LinkIndex();
      index.add(p({ id: 'a', phones: [{ number: '+1 415 555 2671' }], addresses: [home('1 Elm St')] }));
      index.add(p({ id: 'b', addresses: [home('9 Oak Ave')] }));
      return index;
    };
    const first = p({ id: 'x', phones: [{ number: '415-555-2671' }] });
    const second = p({ id: 'y', addresses: [home('9 Oak Avenue')] });
    const index = build();
    const interleaved = [
      index.matchesFor(first, 'phone'),
      index.matchesFor(second, 'home-address'),
      index.matchesFor(first, 'home-address'),
      index.matchesFor(second, 'phone'),
      index.matchesFor(first, 'phone'),
    ];
    const fresh = () => build();
    expect(interleaved).toEqual([
      fresh().matchesFor(first, 'phone'),
      fresh().matchesFor(second, 'home-address'),
      fresh().matchesFor(first, 'home-address'),
      fresh().matchesFor(second, 'phone'),
      fresh().matchesFor(first, 'phone'),
    ]);
    expect(interleaved[0]?.map((m) => m.profileIds)).toEqual([['a']]);
    expect(interleaved[1]?.map((m) => m.profileIds)).toEqual([['b']]);
  });

  it('replaces a profile added twice under one id', () => {
    const index = new LinkIndex();
    index.add(p({ id: 'a', phones: [{ number: '+1 415 555 2671' }] }));
    index.add(p({ id: 'a', phones: [{ number: '+1 415 555 0000' }] }));
    expect(index.lookup('phone', '+14155552671')).toEqual([]);
    expect(index.lookup('phone', '+14155550000')).toEqual(['a']);
  });

  it('matches one new profile against the index without adding it', () => {
    const index = new LinkIndex();
    index.add(p({ id: 'a', organizationId: 'o1', addresses: [ship('123 North Main Street Apt 4B')] }));
    index.add(p({ id: 'b', organizationId: 'o2', addresses: [ship('123 N Main St #4B', '62701-1234')] }));
    const fresh = p({
      id: 'c',
      organizationId: 'o3',
      devices: [{ id: 'd', shippedTo: ship('123 N. Main St. Unit 4B') }],
    });
    expect(index.matchesFor(fresh, 'shipping-address')).toEqual([
      {
        attribute: 'shipping-address',
        displayKey: '123 N MAIN ST #4B, 62701 US',
        path: 'devices[0].shippedTo',
        profileIds: ['a', 'b'],
        organizationCount: 3,
        identityCount: 3,
        nameCount: 0,
        residentCount: 0,
        shipOnlyCount: 3,
        household: false,
        commercial: false,
        severity: 'high',
        weight: 45,
      },
    ]);
    expect(index.size).toBe(2);
  });

  it('clusters profiles tied by suspicious keys, with a stable id and an explanation', () => {
    const index = new LinkIndex();
    index.add(
      p({
        id: 'w1',
        organizationId: 'o1',
        addresses: [ship('1 Elm St')],
        payroll: { accounts: [{ routingNumber: '021000021', accountNumber: '55501234' }] },
      }),
    );
    index.add(p({ id: 'w2', organizationId: 'o2', addresses: [ship('1 Elm Street')] }));
    index.add(
      p({
        id: 'w3',
        organizationId: 'o2',
        payroll: { accounts: [{ routingNumber: '021000021', accountNumber: '5550-1234' }] },
      }),
    );
    index.add(p({ id: 'x', organizationId: 'o1', addresses: [ship('2 Elm St')] }));
    const [cluster, ...rest] = index.clusters();
    expect(rest).toEqual([]);
    expect(cluster).toEqual({
      id: expect.stringMatching(/^cl-[0-9a-f]{16}$/),
      members: ['w1', 'w2', 'w3'],
      attributes: [
        { attribute: 'bank-account', displayKey: '****1234', profileIds: ['w1', 'w3'], severity: 'high' },
        {
          attribute: 'shipping-address',
          displayKey: '1 ELM ST, 62701 US',
          profileIds: ['w1', 'w2'],
          severity: 'medium',
        },
      ],
      organizations: ['o1', 'o2'],
      suspicion: 59,
      severity: 'high',
      explanation:
        '3 profiles at 2 organisations share: bank account ****1234 (2 profiles, high); shipping address 1 ELM ST, 62701 US (2 profiles, medium).',
    });
    expect(index.clusterOf('w3')).toEqual({
      id: cluster?.id,
      size: 3,
      suspicion: 59,
      severity: 'high',
      organizationCount: 2,
      // w3 shares the account, not the address, so it is not in a core where both meet.
      corroborated: false,
    });
    expect(index.clusterOf('x')).toBeUndefined();
  });

  it('exempts a household of 2-3 residents sharing a family name at home, but not a fourth person', () => {
    const index = new LinkIndex();
    index.add(p({ id: 'h1', name: { full: 'Ana Lima' }, addresses: [home('5 Oak Ave')] }));
    index.add(p({ id: 'h2', name: { full: 'Rui Lima' }, addresses: [home('5 Oak Avenue')] }));
    expect(index.clusters()).toEqual([]);
    expect(
      index.matchesFor(
        p({ id: 'h3', name: { full: 'Eva Lima' }, addresses: [home('5 Oak Ave')] }),
        'home-address',
      )[0],
    ).toMatchObject({
      household: true,
    });
    index.add(
      p({ id: 'h4', name: { full: 'Tom Reed' }, devices: [{ id: 'd', shippedTo: home('5 Oak Ave') }] }),
    );
    expect(index.clusters().map((c) => c.members)).toEqual([['h1', 'h2', 'h4']]);
  });

  it('needs five identities from several employers at a commercial address and caps it at medium', () => {
    const index = new LinkIndex();
    for (let i = 1; i <= 4; i++)
      index.add(
        p({
          id: `c${i}`,
          organizationId: `org-${i % 2}`,
          addresses: [{ ...ship('500 Market St Ste 200'), deliveryType: 'commercial' }],
        }),
      );
    expect(index.clusters()).toEqual([]);
    index.add(p({ id: 'c5', organizationId: 'org-2', addresses: [ship('500 Market St Suite 200')] }));
    expect(index.clusters().map((c) => [c.members.length, c.severity])).toEqual([[5, 'medium']]);
  });

  it("treats one employer's staff at a commercial address as its office", () => {
    const index = new LinkIndex();
    for (let i = 1; i <= 12; i++)
      index.add(
        p({
          id: `o${i}`,
          organizationId: 'acme',
          addresses: [{ ...ship('500 Market St Ste 200'), deliveryType: 'commercial' }],
        }),
      );
    expect(index.clusters()).toEqual([]);
  });

  it('counts people who live together once on their home network', () => {
    const index = new LinkIndex();
    const flat = {
      purpose: 'home' as const,
      line1: '9 Elm St Apt 2',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
    };
    const login = (i: number) => ({
      at: '2026-01-01T00:00:00Z',
      ip: `198.51.100.${i}`,
      geo: { connectionType: 'residential' as const },
    });
    for (const [id, family] of [
      ['f1', 'Ames'],
      ['f2', 'Brook'],
      ['f3', 'Cole'],
    ] as const)
      index.add(p({ id, name: { full: `Pat ${family}`, family }, addresses: [flat], logins: [login(7)] }));
    const probe = p({
      id: 'f1',
      name: { full: 'Pat Ames', family: 'Ames' },
      addresses: [flat],
      logins: [login(7)],
    });
    expect(index.matchesFor(probe, 'login-network').map((m) => [m.identityCount, m.severity])).toEqual([
      [1, undefined],
    ]);
  });

  it('does not index allowlisted offices and networks', () => {
    const index = new LinkIndex({
      allowlist: { addresses: ['500 Market St, Springfield IL 62701'], networks: ['203.0.113.0/24'] },
    });
    for (let i = 1; i <= 4; i++)
      index.add(
        p({
          id: `e${i}`,
          addresses: [ship(`500 Market St Ste ${i}`)],
          logins: [
            { at: '2026-01-01T00:00:00Z', ip: `203.0.113.${i}`, geo: { connectionType: 'residential' } },
          ],
        }),
      );
    expect(index.clusters()).toEqual([]);
    expect(() => new LinkIndex({ allowlist: { networks: ['not a cidr'] } })).toThrow('allowlist.networks');
  });

  it('links near-duplicate résumés but not unrelated ones', () => {
    const text =
      'Senior full stack engineer with eight years of experience building scalable web applications in React Node and Go for fintech and logistics clients across North America and Europe with a focus on payments';
    const index = new LinkIndex();
    index.add(p({ id: 'r1', resumeText: text }));
    index.add(p({ id: 'r2', resumeText: `${text}.` }));
    index.add(
      p({
        id: 'r3',
        resumeText:
          'Registered nurse and clinical educator who coordinated patient care teams in three regional hospitals and trained new graduates in emergency triage and medication safety',
      }),
    );
    expect(index.clusters().map((c) => c.members)).toEqual([['r1', 'r2']]);
    expect(index.matchesFor(p({ id: 'r4', resumeText: text }), 'resume')[0]).toMatchObject({
      profileIds: ['r1', 'r2'],
      similarity: 1,
      severity: 'medium',
    });
  });

  it('holds no raw identifier in HMAC mode', () => {
    const raw = {
      ssn: '123456789',
      account: '000987654321',
      phone: '4155552671',
      email: 'ana.lima',
      street: 'MAIN',
      name: 'Lima',
    };
    const index = new LinkIndex({ hmacSecret: 'test-secret' });
    for (const [id, given] of [
      ['a', 'Ana'],
      ['b', 'Bo'],
    ] as const)
      index.add(
        p({
          id,
          name: { full: `${given} Lima` },
          nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
          payroll: { accounts: [{ routingNumber: '021000021', accountNumber: raw.account }] },
          phones: [{ number: '+1 415 555 2671' }],
          emails: [{ address: 'ana.lima@example.org' }],
          addresses: [ship('123 N Main St')],
        }),
      );
    expect(index.clusters()).toHaveLength(1);
    const serialised = JSON.stringify(index.snapshot()) + JSON.stringify(index.clusters());
    for (const value of Object.values(raw))
      expect(serialised.toLowerCase()).not.toContain(value.toLowerCase());
    // A plain index does keep displayable addresses: the scan above is not vacuous.
    const plain = new LinkIndex();
    plain.add(p({ id: 'a', addresses: [ship('123 N Main St')] }));
    plain.add(p({ id: 'b', addresses: [ship('123 N Main St')] }));
    expect(JSON.stringify(plain.snapshot())).toContain('MAIN');
  });
});

describe('joint accounts', () => {
  const account = { routingNumber: '021000021', accountNumber: '000123456789' };
  const home = (line1: string) => ({
    purpose: 'home' as const,
    line1,
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
  });

  it("keeps a couple's joint account below review and out of clusters", () => {
    const index = new LinkIndex();
    index.add(
      parseProfile({
        id: 'j1',
        name: { full: 'Ann Lee' },
        addresses: [home('4 Oak St')],
        payroll: { accounts: [account] },
      }),
    );
    const spouse = parseProfile({
      id: 'j2',
      name: { full: 'Sam Park' },
      addresses: [home('4 Oak Street')],
      payroll: { accounts: [account] },
    });
    index.add(spouse);
    expect(index.matchesFor(spouse, 'bank-account').map((m) => m.severity)).toEqual(['low']);
    expect(index.clusters()).toEqual([]);
  });

  it('flags one account paying people who claim different homes', () => {
    const index = new LinkIndex();
    index.add(
      parseProfile({
        id: 'k1',
        name: { full: 'Ann Lee' },
        addresses: [home('4 Oak St')],
        payroll: { accounts: [account] },
      }),
    );
    const other = parseProfile({
      id: 'k2',
      name: { full: 'Sam Park' },
      addresses: [home('9 Elm St')],
      payroll: { accounts: [account] },
    });
    index.add(other);
    expect(index.matchesFor(other, 'bank-account').map((m) => m.severity)).toEqual(['high']);
  });
});

describe('snapshot', () => {
  it('lists settings, per-profile columns and shared keys by name, and no cache or secret', () => {
    const index = new LinkIndex({ hmacSecret: 'snapshot-secret' });
    index.add(parseProfile({ id: 'a', phones: [{ number: '+1 415 555 2671' }], organizationId: 'org-1' }));
    index.add(parseProfile({ id: 'b', phones: [{ number: '+1 415 555 2671' }] }));
    index.matchesFor(parseProfile({ id: 'c', phones: [{ number: '+1 415 555 2671' }] }), 'phone');
    const snapshot = index.snapshot();
    expect(Object.keys(snapshot)).toEqual(['hmac', 'settings', 'profiles', 'sharedKeys']);
    expect(snapshot.hmac).toBe(true);
    expect(snapshot.profiles.ids).toEqual(['a', 'b']);
    expect(snapshot.profiles.organization).toEqual([0, -1]);
    expect(snapshot.profiles.organizations).toEqual(['org-1']);
    expect(snapshot.profiles.keys.flags).toEqual([0, 0]);
    expect(snapshot.sharedKeys).toEqual([
      { space: KEY_SPACES.indexOf('phone'), display: snapshot.sharedKeys[0]?.display, codes: [0, 8] },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('snapshot-secret');
  });
});
