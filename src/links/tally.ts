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
/** What a tally's stats are computed from. */
interface Counts {
  carriers: number;
  homeless: number;
  unnamed: number;
  residents: number;
  homes: number;
  names: number;
  families: number;
  familyUnknown: boolean;
  organizations: number;
}

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
    const { homeSet, nameSet, familySet, orgSet } = this;
    return this.settle(space, {
      carriers: this.carriers,
      homeless: this.homeless,
      unnamed: this.unnamed,
      residents: this.residents,
      homes: homeSet.size,
      names: nameSet.size,
      families: familySet.size,
      familyUnknown: familySet.has(0),
      organizations: orgSet.size,
    });
  }

  /**
   * The stats as if one more carrier were added, without adding it: a widely shared key keeps its
   * carriers' tally, and a profile that is not indexed costs a few set probes instead of a recount.
   */
  summariseWith(
    space: KeySpace,
    flags: number,
    name: number,
    family: number,
    home: number,
    org: number,
  ): Stats {
    const { homeSet, nameSet, familySet, orgSet } = this;
    const stats = new Tally(this.householdMax);
    stats.residents = this.residents + (flags & LIVES ? 1 : 0);
    stats.shipOnly = this.shipOnly + (!(flags & LIVES) && flags & SHIPS ? 1 : 0);
    stats.commercial = this.commercial || (flags & COMMERCIAL) !== 0;
    return stats.settle(space, {
      carriers: this.carriers + 1,
      homeless: this.homeless + (home === 0 ? 1 : 0),
      unnamed: this.unnamed + (name === 0 ? 1 : 0),
      residents: stats.residents,
      homes: homeSet.size + (home !== 0 && !homeSet.has(home) ? 1 : 0),
      names: nameSet.size + (name !== 0 && !nameSet.has(name) ? 1 : 0),
      families: familySet.size + (familySet.has(family) ? 0 : 1),
      familyUnknown: familySet.has(0) || family === 0,
      organizations: orgSet.size + (org !== NO_ORG && !orgSet.has(org) ? 1 : 0),
    });
  }

  private settle(space: KeySpace, c: Counts): Readonly<Stats> {
    const household =
      space === 'address' &&
      c.carriers >= 2 &&
      c.carriers <= this.householdMax &&
      c.residents === c.carriers &&
      c.families === 1 &&
      !c.familyUnknown;
    const byName = c.names + c.unnamed;
    const oneHome = c.homes === 1 && c.homeless === 0;
    this.carriers = c.carriers;
    this.coResidents =
      byName <= this.householdMax &&
      ((space === 'address' && !household && c.residents === c.carriers) ||
        (space === 'bank-account' && oneHome));
    this.identities = space === 'login-network' ? Math.min(byName, c.homes + c.homeless) : byName;
    this.names = c.names;
    this.organizations = c.organizations;
    this.household = household;
    return this;
  }
}
