import type { AddressInput } from '../../../normalize/address.js';
import type { OrganizationView } from '../../../engine/organization.js';
import type { LinkMatch } from '../../../links/lookup.js';
import type { Profile } from '../../../schema/profile.js';
import { valueAt } from './at-path.js';
import { judgement, linkLevel, type LinkLevel } from './shared-key-rule.js';

/**
 * How strong one address shared by several identities is, for the home- and shipping-address rules.
 * The index's verdict counts identities; the levels add who lives there: carriers who all live at the
 * address are flatmates, carriers who have equipment shipped there but live elsewhere are the farm's
 * shape (xp-shared-address).
 */
export const ADDRESS_LEVELS: readonly LinkLevel[] = [
  linkLevel(
    'co-residents',
    'low',
    2,
    judgement(
      'Flatmates and couples with different family names are the indicator\u2019s listed false positive; a few people who all live at the address is what they look like, and what a farm, whose carriers live elsewhere, does not.',
    ),
    'Two or three people share the address and all of them live there.',
    (match) => match.severity === 'low',
  ),
  linkLevel(
    'shared-office',
    'low',
    2,
    judgement(
      'A commercial delivery point used by five or more people from several employers is most often a coworking space or a shared office.',
    ),
    'A commercial delivery point (an office or coworking space) used by five or more identities from several organisations.',
    (match) => match.commercial,
  ),
  linkLevel(
    'farm-scale',
    'critical',
    1_000,
    judgement(
      'Five or more unrelated identities at one non-commercial address is the size of the searched farms (about 7 laptops per farm: 200 computers at 29 farms [S6]); co-living without unit numbers is the rare innocent case.',
    ),
    'Five or more different identities use one residential address.',
    (match) => match.severity === 'critical',
  ),
  linkLevel(
    'several-living-elsewhere',
    'high',
    60,
    judgement(
      'Three or four identities, at least two of whom have equipment sent there while living elsewhere: the farm\u2019s shape; a relative\u2019s home receiving two parcels is the rare innocent case.',
    ),
    'Three or four different identities use the address and at least two of them live elsewhere.',
    (match) => match.severity === 'high' && match.shipOnlyCount >= 2,
  ),
  linkLevel(
    'shared-house',
    'medium',
    8,
    judgement(
      'Three or four identities most of whom live at the address: a shared house of unrelated people is plausible, so it needs a second, independent finding.',
    ),
    'Three or four different identities use the address and most of them live there.',
    (match) => match.severity === 'high',
  ),
  linkLevel(
    'pair-living-elsewhere',
    'medium',
    15,
    judgement(
      'Two identities have equipment sent to an address neither gives as home: a relative\u2019s or a secure-delivery address is possible, a farm\u2019s first two hires likelier.',
    ),
    'Two different identities have equipment sent to the address and neither lives there.',
    (match) => match.residentCount === 0,
  ),
  linkLevel(
    'two-identities',
    'medium',
    5,
    judgement(
      'Two identities, at least one living at the address: a partner or relative with another family name, or a flatmate who gave no home address, is common.',
    ),
    'Two different identities use the address and at least one of them lives there.',
    () => true,
  ),
];

/** Whether the shared address is one of the employer's declared offices: staff equipment goes there. */
export function isOfficeAddress(profile: Profile, match: LinkMatch, organization: OrganizationView): boolean {
  if (!organization.declared) return false;
  const address = valueAt(profile, match.path);
  return address !== null && typeof address === 'object' && organization.isOffice(address as AddressInput);
}
