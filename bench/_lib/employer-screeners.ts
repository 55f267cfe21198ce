import { createScreener, type Screener } from '../../src/engine/screener.js';
import type { DomainIntelProvider } from '../../src/intel/domains/types.js';
import { SCENARIO_NOW } from '../scenario/generate.js';
import { employerContext, employerOf, employerRules } from '../scenario/employers.js';

/**
 * Mode c of the quality bench: each employer screens its own staff with its own screener, its declared
 * tools, VPN and identity-check practice, and no link index. Returns the screener for an
 * `organizationId`, made on first use.
 *
 * @example
 * const screenerOf = employerScreeners(1, domainIntel);
 * await screenerOf('org-17').screen(profile);
 */
export function employerScreeners(
  seed: number,
  domainIntel: DomainIntelProvider,
): (organizationId: string | undefined) => Screener {
  const screeners = new Map<string, Screener>();
  return (organizationId = 'org-1') => {
    let screener = screeners.get(organizationId);
    if (!screener) {
      const employer = employerOf(seed, Number(organizationId.slice(4)));
      screener = createScreener({
        now: SCENARIO_NOW,
        domainIntel,
        rules: employerRules(employer),
        organizations: { '*': employerContext(employer) },
      });
      screeners.set(organizationId, screener);
    }
    return screener;
  };
}
