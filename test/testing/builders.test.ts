import { normalizeAddress } from '../../src/normalize/address.js';
import { parseProfile } from '../../src/schema/parse.js';
import { mergeDeep, profile, resetBuilders, roster } from '../../src/testing/index.js';

beforeEach(() => resetBuilders());

describe('profile', () => {
  it('builds a valid profile with deterministic defaults', () => {
    const first = profile();
    resetBuilders();
    expect(profile()).toEqual(first);
    expect(first.id).toBe('cand-0001');
    expect(() => parseProfile(first)).not.toThrow();
  });

  it('gives each profile its own id, email and phone', () => {
    const people = Array.from({ length: 20 }, () => profile());
    for (const field of ['id'] as const) expect(new Set(people.map((p) => p[field])).size).toBe(20);
    expect(new Set(people.map((p) => p.emails?.[0]?.address)).size).toBe(20);
    expect(new Set(people.map((p) => p.phones?.[0]?.number)).size).toBe(20);
    for (const person of people) expect(() => parseProfile(person)).not.toThrow();
  });

  it('deep-merges overrides, replaces arrays and removes fields set to undefined', () => {
    const built = profile({
      claimed: { city: 'Denver' },
      interviews: [{ mode: 'phone' }],
      employment: undefined,
    });
    expect(built.claimed).toEqual({
      country: 'US',
      region: 'OH',
      city: 'Denver',
      timeZone: 'America/New_York',
    });
    expect(built.interviews).toEqual([{ mode: 'phone' }]);
    expect('employment' in built).toBe(false);
  });

  it('never shares state between a built profile and its overrides', () => {
    const interviews = [{ mode: 'video' as const, cameraOn: true }];
    const built = profile({ interviews });
    (built.interviews as { cameraOn?: boolean }[])[0]!.cameraOn = false;
    expect(interviews[0]!.cameraOn).toBe(true);
  });
});

describe('mergeDeep', () => {
  it('leaves both inputs untouched', () => {
    const base = { a: { b: 1, c: 2 } };
    const over = { a: { c: 3 } };
    expect(mergeDeep(base, over)).toEqual({ a: { b: 1, c: 3 } });
    expect(base).toEqual({ a: { b: 1, c: 2 } });
    expect(over).toEqual({ a: { c: 3 } });
  });
});

describe('roster', () => {
  it('builds a farm whose address spellings all normalise to one delivery point', () => {
    const farm = roster.farm({ size: 4, organisations: 3 });
    expect(farm).toHaveLength(4);
    expect(farm.map((p) => p.organizationId)).toEqual(['org-1', 'org-2', 'org-3', 'org-1']);
    const spellings = farm.map((p) => p.devices?.[0]?.shippedTo);
    expect(new Set(spellings.map((s) => JSON.stringify(s))).size).toBe(4);
    const keys = spellings.map((s) => normalizeAddress(s ?? {})?.fullKey);
    expect(new Set(keys).size).toBe(1);
    const homes = farm.map((p) => normalizeAddress(p.addresses?.[0] ?? {})?.fullKey);
    expect(new Set(homes).size).toBe(4);
    for (const member of farm) expect(() => parseProfile(member)).not.toThrow();
  });

  it('uses one spelling when address variants are off, and a given address when passed', () => {
    const plain = roster.farm({ size: 3, addressVariants: false });
    expect(new Set(plain.map((p) => JSON.stringify(p.devices?.[0]?.shippedTo))).size).toBe(1);
    const at = { line1: '9 Elm St', city: 'Dover', region: 'DE', postalCode: '19901', country: 'US' };
    expect(roster.farm({ size: 2, address: at }).map((p) => p.devices?.[0]?.shippedTo)).toEqual([at, at]);
  });

  it('builds a household sharing one home and claiming its city', () => {
    const family = roster.household({ size: 3 });
    const homes = family.map((p) => JSON.stringify(p.addresses));
    expect(new Set(homes).size).toBe(1);
    expect(new Set(family.map((p) => p.claimed?.city)).size).toBe(1);
    expect(new Set(family.map((p) => p.organizationId)).size).toBe(3);
    for (const member of family) expect(() => parseProfile(member)).not.toThrow();
  });

  it('builds an office of one organisation shipping to a commercial address', () => {
    const team = roster.office({ size: 6, each: (i) => ({ name: { full: `Member ${i + 1}` } }) });
    expect(new Set(team.map((p) => p.organizationId))).toEqual(new Set(['org-1']));
    expect(team.every((p) => p.devices?.[0]?.shippedTo?.deliveryType === 'commercial')).toBe(true);
    expect(team[5]?.name?.full).toBe('Member 6');
    for (const member of team) expect(() => parseProfile(member)).not.toThrow();
  });
});
