import { addressKey, type AddressInput } from '../../../normalize/address.js';
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
    1,
    {
      kind: 'benchmark',
      note: 'Listed for the analyst and scored as no evidence: on the labelled benchmark 18 % of legitimate and no fraudulent profiles share a home this way. Flatmates and couples with different family names are the indicator\u2019s listed false positive; a few people who all live at the address is what they look like, and what a farm, whose carriers live elsewhere, does not.',
    },
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
      'Five or more identities at one address, some of whom also sign in from one residential line or are paid into one account: the size and the shape of the searched farms (about 7 laptops per farm: 200 computers at 29 farms [S6]), where the laptops are at the address and work from it.',
    ),
    'Five or more different identities use the address, at least two of them live elsewhere, they work for more than one employer (one employer\u2019s staff at one place is its office), and some of them also share a residential network, a pay account or a device with this profile.',
    (match, corroborated) =>
      corroborated &&
      match.severity === 'critical' &&
      match.shipOnlyCount >= 2 &&
      match.organizationCount !== 1,
  ),
  linkLevel(
    'corroborated',
    'high',
    60,
    judgement(
      'Two to four identities at one address who also share a residential line, a pay account or a device: two independent physical ties between the same people; households are exempted before this (co-residents, one family name).',
    ),
    'Two to four different identities use the address, at least two of them live elsewhere, and some of them also share a residential network, a pay account or a device with this profile (residents of one building sharing its Wi-Fi are not this).',
    (match, corroborated) => corroborated && match.shipOnlyCount >= 2 && match.organizationCount !== 1,
  ),
  linkLevel(
    'many-uncorroborated',
    'medium',
    10,
    judgement(
      'Five or more identities at an address, with no other tie between them: a coworking space or an office that address validation did not mark commercial looks exactly like this (people pick laptops up there and sign in from their own homes), so it needs a second, independent finding.',
    ),
    'Five or more different identities use the address and nothing else ties them: no shared network, pay account or device.',
    (match) => match.severity === 'critical',
  ),
  linkLevel(
    'several-living-elsewhere',
    'medium',
    8,
    judgement(
      'Three or four identities, at least two of whom have equipment sent there while living elsewhere, with no other tie between them: the farm\u2019s shape, but also a small office or a relative\u2019s home receiving parcels.',
    ),
    'Three or four different identities use the address, at least two of them live elsewhere, and nothing else ties them.',
    (match) => match.severity === 'high' && match.shipOnlyCount >= 2,
  ),
  linkLevel(
    'pair-living-elsewhere',
    'medium',
    6,
    judgement(
      'Two identities have equipment sent to an address neither gives as home, with no other tie: a relative\u2019s or a secure-delivery address is possible, a farm\u2019s first two hires likelier.',
    ),
    'Two different identities have equipment sent to the address, neither lives there, and nothing else ties them.',
    (match) => match.residentCount === 0,
  ),
  linkLevel(
    'shared-house',
    'low',
    3,
    judgement(
      'Three or four identities most of whom live at the address: shared houses and apartment buildings whose units were not recorded are common.',
    ),
    'Three or four different identities use the address and most of them live there.',
    (match) => match.severity === 'high',
  ),
  linkLevel(
    'two-identities',
    'low',
    3,
    judgement(
      'Two identities, at least one living at the address: a partner or relative with another family name, or a flatmate who gave no home address, is common.',
    ),
    'Two different identities use the address and at least one of them lives there.',
    () => true,
  ),
];

/** The ties that corroborate a shared address: the same people on one line, one pay account, one device. */
export const ADDRESS_CORROBORATION = ['login-network', 'bank-account', 'device-serial'] as const;

/**
 * Whether the shared shipping address is the profile's own home: people who live together and receive
 * equipment at home share the address once, and shared-home-address speaks for it.
 */
export function isOwnHome(profile: Profile, match: LinkMatch): boolean {
  const address = valueAt(profile, match.path);
  if (address === null || typeof address !== 'object') return false;
  const key = addressKey(address as AddressInput);
  return (
    key !== undefined &&
    (profile.addresses ?? []).some((home) => home.purpose === 'home' && addressKey(home) === key)
  );
}

/** Whether the shared address is one of the employer's declared offices: staff equipment goes there. */
export function isOfficeAddress(profile: Profile, match: LinkMatch, organization: OrganizationView): boolean {
  if (!organization.declared) return false;
  const address = valueAt(profile, match.path);
  return address !== null && typeof address === 'object' && organization.isOffice(address as AddressInput);
}
