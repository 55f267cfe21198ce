import type { Profile } from '../schema/profile.js';

/**
 * Masks all but the last `visible` characters of an identifier.
 *
 * @example
 * maskTail('123-45-6789') // '*******6789'
 */
export function maskTail(value: string, visible = 4): string {
  const compact = value.replace(/[\s-]/g, '');
  if (compact.length <= visible) return '*'.repeat(compact.length);
  return '*'.repeat(compact.length - visible) + compact.slice(-visible);
}

const SSN_SHAPE = /\b\d{3}-\d{2}-\d{4}\b/g;

/** Rewrites strings so that none of the profile's identifiers appears in full. */
export type Redactor = (text: string) => string;

function escapeDigits(digits: string): string {
  // Separators typed inside an identifier ("123 45 6789", "123-45-6789") must not hide it.
  return digits.split('').join('[\\s.-]?');
}

/**
 * Builds a redactor for one profile: every SSN, document number and bank account number the profile
 * carries is masked wherever it appears, in any spacing, and anything shaped like an SSN is masked too.
 * This is the engine's safety net under each rule's own masking.
 *
 * @example
 * const redact = redactorFor({ id: 'p1', nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }] });
 * redact('SSN 123456789 is on file') // 'SSN *****6789 is on file'
 */
export function redactorFor(profile: Profile): Redactor {
  const secrets = new Set<string>();
  for (const id of profile.nationalIds ?? []) if (id.value) secrets.add(id.value);
  for (const doc of profile.documents ?? []) if (doc.number) secrets.add(doc.number);
  for (const account of profile.payroll?.accounts ?? [])
    if (account.accountNumber) secrets.add(account.accountNumber);

  const patterns: Array<{ pattern: RegExp; mask: string }> = [];
  // Longest first, so a secret that contains another (an account number ending in the SSN) is masked whole.
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  for (const secret of ordered) {
    const compact = secret.replace(/[\s.-]/g, '');
    if (compact.length < 5) continue;
    const body = /^\d+$/.test(compact)
      ? escapeDigits(compact)
      : compact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns.push({ pattern: new RegExp(body, 'gi'), mask: maskTail(compact) });
  }
  return (text) => {
    let out = text;
    for (const { pattern, mask } of patterns) out = out.replace(pattern, mask);
    return out.replace(SSN_SHAPE, (ssn) => `***-**-${ssn.slice(-4)}`);
  };
}

/** Applies a redactor to every string inside a JSON-like value, returning a copy. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item, redact);
    return out as T;
  }
  return value;
}
