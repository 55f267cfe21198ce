// Canonical forms for the identifiers whose shared normalisers are not in the tree yet (e-mail, IP
// networks, serials, photo hashes, bank accounts). Each is small and conservative: it only folds
// spellings that cannot belong to two different people.

/**
 * Providers that ignore dots in the local part and deliver `+tag` to the base mailbox. For other
 * domains only `+tag` is dropped when the provider is known to support sub-addressing.
 */
const DOTS_IGNORED = new Set(['gmail.com', 'googlemail.com']);
const PLUS_TAGS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'fastmail.com',
  'yahoo.com',
]);
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com', 'pm.me': 'proton.me' };

/** Canonical mailbox, or undefined when the text is not an address. */
export function canonicalEmail(raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1 || /\s/.test(text)) return undefined;
  let local = text.slice(0, at);
  let domain = text.slice(at + 1).replace(/\.$/, '');
  if (!domain.includes('.')) return undefined;
  domain = DOMAIN_ALIASES[domain] ?? domain;
  if (PLUS_TAGS.has(domain)) local = local.split('+')[0] ?? local;
  if (DOTS_IGNORED.has(domain)) local = local.replace(/\./g, '');
  if (local.length === 0) return undefined;
  return `${local}@${domain}`;
}

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

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function isPrivateV4([a, b]: number[]): boolean {
  if (a === undefined || b === undefined) return true;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

function expandIpv6(text: string): number[] | undefined {
  if (!/^[0-9a-f:]+$/i.test(text) || text.split('::').length > 2) return undefined;
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * The network a public IP belongs to for linking: IPv4 /24, IPv6 /64 (one household's delegated
 * prefix). Undefined for private, reserved, loopback and malformed addresses.
 */
export function networkOf(raw: string): string | undefined {
  const text = raw.trim().toLowerCase();
  const v4 = parseIpv4(text.startsWith('::ffff:') ? text.slice(7) : text);
  if (v4) return isPrivateV4(v4) ? undefined : `${v4[0]}.${v4[1]}.${v4[2]}.0/24`;
  const v6 = expandIpv6(text);
  if (!v6) return undefined;
  const first = v6[0] ?? 0;
  // Only global unicast (2000::/3) is a household's network; ULA, link-local and documentation are not.
  if ((first & 0xe000) !== 0x2000 || (first === 0x2001 && v6[1] === 0x0db8)) return undefined;
  return `${v6
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
