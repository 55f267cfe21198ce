import fc from 'fast-check';
import { NO_ORG, UNINDEXED_ORG } from '../../src/links/identity-arena.js';
import type { KeySpace } from '../../src/links/keys.js';
import { COMMERCIAL, LIVES, SHIPS } from '../../src/links/posting-code.js';
import { Tally } from '../../src/links/tally.js';

type Carrier = [flags: number, name: number, family: number, home: number, org: number];

const carrier = fc.tuple(
  fc.constantFrom(0, LIVES, SHIPS, LIVES | SHIPS, SHIPS | COMMERCIAL, LIVES | COMMERCIAL),
  fc.integer({ min: 0, max: 4 }),
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 4 }),
  fc.constantFrom(NO_ORG, UNINDEXED_ORG, 0, 1, 2),
);
const space = fc.constantFrom<KeySpace>('address', 'bank-account', 'login-network', 'phone', 'resume');

function statsOf(tally: Tally, keySpace: KeySpace, carriers: readonly Carrier[]) {
  tally.reset();
  for (const [flags, name, family, home, org] of carriers) tally.add(flags, name, family, home, org);
  const stats = tally.summarise(keySpace);
  // The numbers the index copies into a match; the tally's own scratch sets are not part of them.
  return {
    carriers: stats.carriers,
    identities: stats.identities,
    names: stats.names,
    organizations: stats.organizations,
    residents: stats.residents,
    shipOnly: stats.shipOnly,
    commercial: stats.commercial,
    household: stats.household,
    coResidents: stats.coResidents,
  };
}

describe('Tally', () => {
  it('gives the same stats whatever order the carriers are added in', () => {
    const tally = new Tally(3);
    fc.assert(
      fc.property(space, fc.array(carrier, { maxLength: 12 }), fc.integer(), (keySpace, carriers, seed) => {
        const reversed = [...carriers].reverse();
        const rotated = carriers.map((_, i) => carriers[(i + Math.abs(seed)) % carriers.length] as Carrier);
        const expected = statsOf(tally, keySpace, carriers);
        expect(statsOf(tally, keySpace, reversed)).toEqual(expected);
        expect(statsOf(tally, keySpace, rotated)).toEqual(expected);
      }),
    );
  });

  it('summariseWith gives the stats of adding one more carrier, and leaves the tally as it was', () => {
    const kept = new Tally(3);
    const copy = (stats: ReturnType<typeof statsOf>) => ({ ...stats });
    fc.assert(
      fc.property(space, fc.array(carrier, { maxLength: 80 }), carrier, (keySpace, carriers, extra) => {
        const before = copy(statsOf(kept, keySpace, carriers));
        const added = kept.summariseWith(keySpace, ...extra);
        const expected = statsOf(new Tally(3), keySpace, [...carriers, extra]);
        expect({
          carriers: added.carriers,
          identities: added.identities,
          names: added.names,
          organizations: added.organizations,
          residents: added.residents,
          shipOnly: added.shipOnly,
          commercial: added.commercial,
          household: added.household,
          coResidents: added.coResidents,
        }).toEqual(expected);
        const again = kept.summarise(keySpace);
        expect(again.carriers).toBe(before.carriers);
        expect(again.identities).toBe(before.identities);
        expect(again.household).toBe(before.household);
      }),
    );
  });

  it('forgets the previous tally on reset, so a reused tally answers as a new one', () => {
    const reused = new Tally(3);
    fc.assert(
      fc.property(space, fc.array(carrier), fc.array(carrier), (keySpace, before, carriers) => {
        statsOf(reused, keySpace, before);
        expect(statsOf(reused, keySpace, carriers)).toEqual(statsOf(new Tally(3), keySpace, carriers));
      }),
    );
  });

  it('calls three residents of one family at one home a household, and a fourth person lifts it', () => {
    const tally = new Tally(3);
    const resident: Carrier = [LIVES, 1, 7, 9, 0];
    expect(statsOf(tally, 'address', [resident, [LIVES, 2, 7, 9, 0], [LIVES, 3, 7, 9, 0]]).household).toBe(
      true,
    );
    const four: Carrier[] = [resident, [LIVES, 2, 7, 9, 0], [LIVES, 3, 7, 9, 0], [LIVES, 4, 7, 9, 0]];
    expect(statsOf(tally, 'address', four)).toMatchObject({ household: false, identities: 4, residents: 4 });
  });
});
