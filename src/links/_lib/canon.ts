// Canonical forms for the identifiers that have no normaliser of their own in src/normalize (serials,
// photo hashes, bank accounts). Each is small and conservative: it only folds spellings that cannot
// belong to two different people. E-mail and IP networks use the shared normalisers.

/** `j***@gmail.com`: enough for an analyst to recognise the address, not enough to harvest it. */
export function maskEmail(canonical: string): string {
  const at = canonical.lastIndexOf('@');
  return `${canonical.slice(0, 1)}***${canonical.slice(at)}`;
}

/** Canonical device serial (letters and digits, upper case), undefined when too short to identify. */
export function canonicalSerial(raw: string): string | undefined {
  const text = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  // Placeholder serials that vendors and MDMs emit for unknown hardware link everyone.
  if (text.length < 5 || /^(?:0+|X+|UNKNOWN|DEFAULTSTRING|TOBEFILLEDBYOEM|NONE|NA)$/.test(text))
    return undefined;
  return text;
}

/** Canonical perceptual/photo hash: lower-case hex or text without separators. */
export function canonicalPhotoHash(raw: string): string | undefined {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\s:-]/g, '');
  return text.length >= 8 ? text : undefined;
}

/** Routing + account digits, or undefined when the account number is missing or too short. */
export function canonicalBankAccount(
  routing: string | undefined,
  account: string | undefined,
): string | undefined {
  const digits = (account ?? '').replace(/[\s.-]/g, '').toUpperCase();
  if (digits.length < 4) return undefined;
  const route = (routing ?? '').replace(/[\s.-]/g, '');
  return `${route}/${digits}`;
}

/** `****6789` */
export function lastFour(value: string): string {
  return `****${value.slice(-4)}`;
}
