import { maskIdentifier } from '../../../normalize/ssn.js';
import type { Profile } from '../../../schema/profile.js';

/** Letters and digits only, NFKC-folded and lower-cased: how identifiers are compared in free text. */
function compact(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

/**
 * Quotes free text from the profile (a phone number, an address, an employer) in a finding, unless it
 * holds one of the profile's identifiers (SSN, document number, account number) in any spacing,
 * script or width: then only a masked form is shown. Candidates type SSNs into phone fields; the
 * engine's redactor catches common spellings, this catches the rest ("524/71/9384", full-width digits).
 *
 * @example
 * quoteSafely('524/71/9384', { id: 'p1', nationalIds: [{ type: 'us-ssn', value: '524-71-9384' }] }); // '****9384'
 */
export function quoteSafely(text: string, profile: Profile): string {
  const haystack = compact(text);
  const secrets = [
    ...(profile.nationalIds ?? []).map((id) => id.value),
    ...(profile.documents ?? []).map((document) => document.number),
    ...(profile.payroll?.accounts ?? []).map((account) => account.accountNumber),
  ];
  const leaks = secrets.some((secret) => {
    const needle = secret ? compact(secret) : '';
    return needle.length >= 5 && haystack.includes(needle);
  });
  return leaks ? maskIdentifier(text) : text;
}
