import { domainToASCII } from 'node:url';
import { boundedCache } from '../../_lib/bounded-memo.js';

/** RFC 5321 section 4.5.3.1 size limits, in octets. */
export const MAX_LOCAL_OCTETS = 64;
export const MAX_DOMAIN_OCTETS = 253;
const MAX_LABEL_OCTETS = 63;

/**
 * Dot-atom local part (RFC 5322 atext), plus non-ASCII letters and digits as RFC 6531 allows.
 * Quoted local parts ("john doe"@x) are valid RFC 5321 but almost never used; we report them invalid.
 */
const LOCAL_ATOM_RE = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isValidLocalPart(local: string): boolean {
  if (local.length === 0 || Buffer.byteLength(local, 'utf8') > MAX_LOCAL_OCTETS) return false;
  // Splitting on dots rejects leading, trailing and consecutive dots in one step (empty atoms).
  return local.split('.').every((atom) => LOCAL_ATOM_RE.test(atom));
}

/** Lower-case ASCII (punycode) form of a domain, trailing root dot removed; '' when not convertible. */
export function toAsciiDomain(domain: string): string {
  return asciiDomains(domain, convertDomain);
}

function convertDomain(domain: string): string {
  const trimmed = domain.trim().replace(/\.$/, '');
  if (trimmed.length === 0 || /[\s/\\?#@:[\]]/.test(trimmed)) return '';
  return domainToASCII(trimmed).toLowerCase();
}

// A new address is usually at a domain seen before (gmail.com, the employer's), and domainToASCII is a
// call into the URL parser: each domain is converted once.
const asciiDomains = boundedCache<string>(20_000, { freeze: false });

export function isValidAsciiDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > MAX_DOMAIN_OCTETS) return false;
  const labels = domain.split('.');
  // A mail domain needs at least a name and a top-level label; an all-numeric TLD is an IP, not a name.
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => label.length <= MAX_LABEL_OCTETS && LABEL_RE.test(label));
}
