import type { IdentityDocument } from '../../../schema/profile.js';

const LABELS: Record<IdentityDocument['type'], string> = {
  passport: 'passport',
  'drivers-license': 'driver\u2019s license',
  'state-id': 'state ID card',
  'residence-permit': 'residence permit',
  visa: 'visa',
  other: 'identity document',
};

/** How a finding names a document for an analyst: its kind and issuer, never its number. */
export function documentLabel(document: IdentityDocument): string {
  const issuer = document.issuingRegion ?? document.issuingCountry;
  return issuer ? `${LABELS[document.type]} (${issuer})` : LABELS[document.type];
}
