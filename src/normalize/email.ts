import { isListedDisposable } from './_lib/disposable.js';
import { FREE_MAIL_DOMAINS, PROVIDER_RULES } from './_lib/email-providers.js';
import { isValidAsciiDomain, isValidLocalPart, toAsciiDomain } from './_lib/email-syntax.js';
import { localPartSimilarity } from './_lib/local-part.js';
import type { NameLike } from './_lib/name-compare.js';
import { boundedCache } from '../_lib/bounded-memo.js';

export interface NormalizedEmail {
  /** local@domain with the local part as written and the domain lower-case ASCII (punycode). */
  address: string;
  local: string;
  domain: string;
  /** One key per mailbox: lower-cased, provider dot/tag rules applied, googlemail.com → gmail.com. */
  canonical: string;
  /** Passes the size-limited syntax check (see {@link normalizeEmail}). */
  valid: boolean;
}

/** Longer input is not an address (RFC 5321 caps a path at 256 octets). */
const MAX_INPUT_LENGTH = 320;

function canonicalLocal(local: string, domain: string): { local: string; domain: string } {
  const lower = local.toLowerCase();
  const rule = PROVIDER_RULES.get(domain);
  if (!rule) return { local: lower, domain };
  const cut = lower.indexOf(rule.tagSeparator);
  // A local part that is all tag ("+x") is left alone rather than folded to nothing.
  let base = cut > 0 ? lower.slice(0, cut) : lower;
  if (rule.dropDots) base = base.replace(/\./g, '') || base;
  return { local: base, domain: rule.canonicalDomain };
}

/**
 * Splits and checks an e-mail address. The domain is converted to lower-case ASCII (IDN via
 * punycode); `valid` requires a dot-atom local part of at most 64 octets without leading, trailing
 * or doubled dots, and a domain of at most 253 octets with two or more LDH labels of at most 63.
 * Returns undefined when the input has no '@' with text on both sides. Never throws.
 *
 * @example
 * normalizeEmail(' John.Smith+jobs@GoogleMail.com ');
 * // { address: 'John.Smith+jobs@googlemail.com', local: 'John.Smith+jobs', domain: 'googlemail.com',
 * //   canonical: 'johnsmith@gmail.com', valid: true }
 */
export function normalizeEmail(raw: string): NormalizedEmail | undefined {
  const email = sharedEmail(raw);
  return email && { ...email };
}

// The e-mail rules and the link index read the same addresses of a profile; parse each once.
const cachedEmail = boundedCache<NormalizedEmail | undefined>();

/**
 * {@link normalizeEmail}'s result, shared between callers and frozen: for callers that only read it.
 *
 * @example
 * sharedEmail('jane@example.com')?.valid; // true
 */
export function sharedEmail(raw: string): Readonly<NormalizedEmail> | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_INPUT_LENGTH) return undefined;
  return cachedEmail(raw, parseEmail);
}

function parseEmail(raw: string): NormalizedEmail | undefined {
  const text = raw.trim().replace(/^mailto:/i, '');
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  const local = text.slice(0, at);
  const asciiDomain = toAsciiDomain(text.slice(at + 1));
  const domain = asciiDomain || text.slice(at + 1).toLowerCase();
  const valid = asciiDomain !== '' && isValidLocalPart(local) && isValidAsciiDomain(asciiDomain);
  const canonical = canonicalLocal(local, domain);
  return {
    address: `${local}@${domain}`,
    local,
    domain,
    canonical: `${canonical.local}@${canonical.domain}`,
    valid,
  };
}

/**
 * The canonical address used to link profiles that share a mailbox, or undefined when invalid.
 *
 * @example
 * emailKey('j.o.h.n.smith+x@gmail.com'); // 'johnsmith@gmail.com'
 * emailKey('Jane.Doe+cv@Outlook.com'); // 'jane.doe@outlook.com'
 */
export function emailKey(raw: string): string | undefined {
  const email = sharedEmail(raw);
  return email?.valid ? email.canonical : undefined;
}

/**
 * True when the domain (or an e-mail address's domain) is a known throwaway-mailbox domain, per the
 * `disposable-email-domains` list, including every subdomain of its wildcard entries. The list is
 * loaded on the first call (about 120k domains).
 *
 * @example
 * isDisposableEmailDomain('mailinator.com'); // true
 * isDisposableEmailDomain('anything.33mail.com'); // true
 * isDisposableEmailDomain('gmail.com'); // false
 */
export function isDisposableEmailDomain(domain: string): boolean {
  if (typeof domain !== 'string' || domain.length > MAX_INPUT_LENGTH) return false;
  return cachedDisposable(domain, () => {
    const ascii = domainOf(domain);
    return ascii !== '' && isListedDisposable(ascii);
  });
}

// A roster uses a few hundred mail domains over and over; convert and look each up once.
const cachedDisposable = boundedCache<boolean>();

/**
 * True for the largest free consumer mailbox providers (Gmail, Outlook/Hotmail, Yahoo, iCloud,
 * Proton, GMX, Yandex, QQ, Naver, ...): a context signal, never a finding on its own.
 *
 * @example
 * isFreeMailDomain('Hotmail.com'); // true
 * isFreeMailDomain('acme-corp.com'); // false
 */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domainOf(domain));
}

function domainOf(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_INPUT_LENGTH) return '';
  const domain = value.slice(value.lastIndexOf('@') + 1);
  return toAsciiDomain(domain);
}

/**
 * How much an e-mail local part looks like the person's name, in [0, 1], for a low-weight "address
 * unrelated to the name" signal. Digits, separators and a +tag are ignored; the local part is
 * compared with the usual handle spellings (john.smith, jsmith, smithj, smith.john, nicknames such
 * as bob.smith for Robert) by containment and normalised edit distance. 0 when either side is empty.
 *
 * @example
 * localPartNameSimilarity('jsmith_dev', 'John Smith'); // 0.95
 * localPartNameSimilarity('coolcoder99', 'John Smith'); // 0.17...
 */
export function localPartNameSimilarity(local: string, name: string | NameLike): number {
  const at = typeof local === 'string' ? local.lastIndexOf('@') : -1;
  return localPartSimilarity(at > 0 ? local.slice(0, at) : local, name);
}
