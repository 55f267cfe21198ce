import { DistinctNumbers } from './_lib/distinct.js';
import { NO_ORG } from './identity-arena.js';
import type { KeySpace } from './keys.js';
import { COMMERCIAL, LIVES, SHIPS } from './posting-code.js';

/** Who shares one key, in the numbers the policies judge. */
export interface Stats {
  carriers: number;
  identities: number;
  names: number;
  organizations: number;
  residents: number;
  shipOnly: number;
  commercial: boolean;
  household: boolean;
  /** A few unrelated people who all live at the address (flatmates), none only shipping there. */
  coResidents: boolean;
}

/**
 * The carriers of one key being tallied, and then their `Stats`. Each link index owns one and uses it
 * for every tally in turn (reset, filled, summed up, read before the next begins), so assessing a
 * shared key allocates no sets, no closure and no stats object, and no two indexes share it. Callers
 * copy the numbers out; the tally itself never leaves its index.
 *
 * @example
 * const tally = new Tally(3);
 * tally.reset();
 * tally.add(LIVES, name, family, home, org);
 * tally.summarise('address').identities;
 */
export class Tally implements Stats {
  private readonly homeSet = new DistinctNumbers();
  private readonly nameSet = new DistinctNumbers();
  private readonly familySet = new DistinctNumbers();
  /** Organisation indexes (`UNINDEXED_ORG` for a screened profile's organisation no one else has). */
  private readonly orgSet = new DistinctNumbers();
  carriers = 0;
  private homeless = 0;
  private unnamed = 0;
  residents = 0;
  shipOnly = 0;
  commercial = false;
  // Set by `summarise` from the counts above.
  identities = 0;
  names = 0;
  organizations = 0;
  household = false;
  coResidents = false;

  /** @param householdMax residents sharing a family name at one home, up to this many, are a household */
  constructor(private readonly householdMax: number) {}

  reset(): void {
    this.homeSet.reset();
    this.nameSet.reset();
    this.familySet.reset();
    this.orgSet.reset();
    this.carriers = 0;
    this.homeless = 0;
    this.unnamed = 0;
    this.residents = 0;
    this.shipOnly = 0;
    this.commercial = false;
  }

  /** Counts one carrier: its flags on the key, its fingerprints (0: none) and organisation index. */
  add(flags: number, name: number, family: number, home: number, org: number): void {
    this.carriers++;
    if (home === 0) this.homeless++;
    else this.homeSet.add(home);
    if (name === 0) this.unnamed++;
    else this.nameSet.add(name);
    this.familySet.add(family);
    if (org !== NO_ORG) this.orgSet.add(org);
    if (flags & LIVES) this.residents++;
    else if (flags & SHIPS) this.shipOnly++;
    if (flags & COMMERCIAL) this.commercial = true;
  }

  /**
   * The stats of the carriers added since `reset`, for a key of one space. The answer is this tally:
   * read it before the next tally begins.
   */
  summarise(space: KeySpace): Readonly<Stats> {
    const { homeSet, nameSet, familySet, orgSet, carriers: total, homeless, unnamed, residents } = this;
    const household =
      space === 'address' &&
      total >= 2 &&
      total <= this.householdMax &&
      residents === total &&
      familySet.size === 1 &&
      !familySet.has(0);
    const byName = nameSet.size + unnamed;
    // Flatmates at their own address, or a couple's joint account: a few people, one home between them.
    const oneHome = homeSet.size === 1 && homeless === 0;
    this.coResidents =
      byName <= this.householdMax &&
      ((space === 'address' && !household && residents === total) || (space === 'bank-account' && oneHome));
    // People who live together share their home's network by nature: on a login network each home
    // counts once. A farm shows the opposite, many claimed homes behind one residential line.
    this.identities = space === 'login-network' ? Math.min(byName, homeSet.size + homeless) : byName;
    this.names = nameSet.size;
    this.organizations = orgSet.size;
    this.household = household;
    return this;
  }
}
