import type { Profile, Reference } from '../../../schema/profile.js';

/** The reference contacts the index keys. */
export type ReferenceContact = 'phone' | 'email';
export const REFERENCE_CONTACTS: readonly ReferenceContact[] = ['phone', 'email'];

/**
 * A stand-in profile whose own phone or e-mail is one reference's, so the index can be asked who else
 * gives it as their own: it keys profiles' own contacts and references' contacts in separate spaces.
 * Same name and organisation as the candidate (one person's other record counts once), and an id the
 * index does not hold: the candidate's id, a NUL, and the reference's path.
 *
 * @example
 * referenceProbe(profile, profile.references[0], 0, 'phone'); // { id: 'p-1\u0000references[0]', phones: [...] }
 */
export function referenceProbe(
  profile: Profile,
  reference: Reference,
  index: number,
  contact: ReferenceContact,
): Profile | undefined {
  const value = contact === 'phone' ? reference.phone : reference.email;
  if (!value) return undefined;
  return {
    id: referenceProbeId(profile.id, index),
    ...(profile.name && { name: profile.name }),
    ...(profile.organizationId !== undefined && { organizationId: profile.organizationId }),
    ...(profile.claimed && { claimed: profile.claimed }),
    ...(contact === 'phone' ? { phones: [{ number: value }] } : { emails: [{ address: value }] }),
  };
}

/** The id of the stand-in for a profile's reference at `index`. */
export function referenceProbeId(profileId: string, index: number): string {
  return `${profileId}\u0000references[${index}]`;
}

/** Whether `id` names a stand-in of `profileId`'s references. */
export function isReferenceProbeOf(id: string, profileId: string): boolean {
  return id.startsWith(`${profileId}\u0000references[`);
}

/**
 * Every stand-in of a profile's references, with the contact each is asked for: what a worker thread's
 * link facts must carry for the rule to ask them there.
 *
 * @example
 * for (const { probe, contact } of referenceProbes(profile)) index.matchesFor(probe, contact);
 */
export function referenceProbes(profile: Profile): Array<{ probe: Profile; contact: ReferenceContact }> {
  const out: Array<{ probe: Profile; contact: ReferenceContact }> = [];
  (profile.references ?? []).forEach((reference, index) => {
    for (const contact of REFERENCE_CONTACTS) {
      const probe = referenceProbe(profile, reference, index, contact);
      if (probe) out.push({ probe, contact });
    }
  });
  return out;
}
