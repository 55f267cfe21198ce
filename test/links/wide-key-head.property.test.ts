import fc from 'fast-check';
import { WIDE_KEY } from '../../src/links/_lib/wide-keys.js';
import { LinkIndex } from '../../src/links/link-index.js';
import type { LinkAttribute } from '../../src/links/lookup.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { Profile } from '../../src/schema/profile.js';

// A widely shared key keeps only the first ids in sort order, a count and its carriers' pids. Its
// matches must still be what the full list gives: the first `cap` others by id, and the count of
// all others when there are more. Home and shipping addresses share one key space with two caps, so
// the head must hold enough for the higher one.

const ADDRESS = { line1: '12 Harbor View Rd', city: 'Portland', region: 'OR', postalCode: '97201' };

/** `n` people at one address, as home and as shipping address, with ids in a shuffled order. */
function atOneAddress(n: number, order: readonly number[]): Profile[] {
  return order.slice(0, n).map((i) =>
    parseProfile({
      id: `emp-${String(i).padStart(4, '0')}`,
      organizationId: `org-${i % 7}`,
      name: { full: `Person Number${i} Tester` },
      addresses: [
        { purpose: 'home', ...ADDRESS },
        { purpose: 'shipping', ...ADDRESS },
      ],
    }),
  );
}

/** What a match on the shared address must say for `self`, from the full sorted list of carriers. */
function expected(ids: readonly string[], self: string | undefined, cap: number) {
  const others = [...ids].sort().filter((id) => id !== self);
  return { profileIds: others.slice(0, cap), profileCount: others.length > cap ? others.length : undefined };
}

const ATTRIBUTES: readonly LinkAttribute[] = ['home-address', 'shipping-address'];

describe('a widely shared key keeps a head of its ids (issue 16)', () => {
  it('gives every carrier and a newcomer the matches the full list gives, under two caps in one space', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: WIDE_KEY + 1, max: WIDE_KEY + 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 140 }),
        fc.shuffledSubarray(
          Array.from({ length: WIDE_KEY + 60 }, (_, i) => i),
          { minLength: WIDE_KEY + 60 },
        ),
        fc.nat(),
        (n, homeCap, shippingCap, order, pick) => {
          const roster = atOneAddress(n, order);
          const index = new LinkIndex({
            policies: {
              'home-address': { maxIdentities: homeCap },
              'shipping-address': { maxIdentities: shippingCap },
            },
          });
          for (const profile of roster) index.add(profile);
          const ids = roster.map((profile) => profile.id);
          const carrier = roster[pick % n] as Profile;
          const newcomer = { ...carrier, id: 'zz-newcomer', name: { full: 'Newly Hired Person' } };
          for (const [profile, self] of [
            [carrier, carrier.id],
            [newcomer, undefined],
          ] as const) {
            const all = self === undefined ? [...ids, newcomer.id] : ids;
            for (const attribute of ATTRIBUTES) {
              const cap = attribute === 'home-address' ? homeCap : shippingCap;
              const [match] = index.matchesFor(profile, attribute);
              const want = expected(ids, self, cap);
              expect(match?.profileIds).toEqual(want.profileIds);
              expect(match?.profileCount).toBe(want.profileCount);
              expect(match?.identityCount).toBe(all.length);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the highest cap of the space plus one ids for a key with many more carriers', () => {
    const order = Array.from({ length: 400 }, (_, i) => 399 - i);
    const roster = atOneAddress(400, order);
    const index = new LinkIndex({
      policies: { 'home-address': { maxIdentities: 10 }, 'shipping-address': { maxIdentities: 30 } },
    });
    for (const profile of roster) index.add(profile);
    const [match] = index.matchesFor(roster[0] as Profile, 'shipping-address');
    expect(match?.profileIds).toEqual(
      expected(
        order.map((i) => `emp-${String(i).padStart(4, '0')}`),
        'emp-0399',
        30,
      ).profileIds,
    );
    expect(match?.profileCount).toBe(399);
    const wide = (
      index as unknown as { wide: Map<string, { firstIds: readonly string[]; pids: Int32Array }> }
    ).wide;
    expect([...wide.values()].map((key) => [key.firstIds.length, key.pids.length])).toEqual([[31, 400]]);
  });
});
