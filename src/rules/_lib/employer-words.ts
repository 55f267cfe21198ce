import type { OrganizationView } from '../../engine/organization.js';

/** How a finding names the screened person's employer: its organisation id, or "the employer" for the shared context. */
export function employerWords(organization: Pick<OrganizationView, 'id'>): string {
  const { id } = organization;
  return id === undefined || id === '*' ? 'the employer' : id;
}
