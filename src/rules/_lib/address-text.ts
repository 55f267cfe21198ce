import type { PostalAddress } from '../../schema/profile.js';

/**
 * An address as an analyst reads it in a finding: street, city, region and ZIP as typed. Addresses
 * are not identifiers in the SSN sense, and the analyst needs them to act.
 */
export function addressText(address: PostalAddress): string {
  const street = [address.line1, address.line2].filter(Boolean).join(' ');
  const place = [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [street, place, address.country && address.country !== 'US' ? address.country : undefined]
    .filter(Boolean)
    .join(', ');
}
