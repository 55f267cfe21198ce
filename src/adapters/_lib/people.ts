import { normalizeAddress } from '../../normalize/address.js';
import type { PersonRef, ProfileFragment } from '../types.js';
import { countryCode } from './country.js';
import { compact, emailKey, str } from './values.js';

type Address = NonNullable<ProfileFragment['addresses']>[number];
type Phone = NonNullable<ProfileFragment['phones']>[number];
type Email = NonNullable<ProfileFragment['emails']>[number];

/**
 * A free-text address (Greenhouse keeps one string per address) as fields, through the library's own
 * address normaliser: a parsed US address gets its street line, unit, city, state and ZIP; anything
 * else keeps the text as `line1` with the country when the last part names one.
 */
export function addressFromText(text: unknown, purpose: Address['purpose']): Address | undefined {
  const value = str(text);
  if (value === undefined) return undefined;
  const parsed = normalizeAddress(value);
  if (parsed && parsed.country === 'US' && parsed.kind !== 'unparsed') {
    const p = parsed.parts;
    const street =
      parsed.kind === 'po-box'
        ? `PO BOX ${p.poBox}`
        : [p.houseNumber, p.preDirectional, p.streetName, p.suffix, p.postDirectional]
            .filter(Boolean)
            .join(' ');
    const unit = p.units.map((u) => [u.type === '?' ? '' : u.type, u.id].filter(Boolean).join(' ')).join(' ');
    return compact({
      purpose,
      line1: street || value,
      line2: unit || undefined,
      city: p.city || undefined,
      region: p.state || undefined,
      postalCode: p.zip5 || undefined,
      country: 'US',
    });
  }
  const country = parsed && parsed.country !== 'ZZ' ? parsed.country : undefined;
  return compact({ purpose, line1: value, country });
}

/** An address given as fields, with the country as a name or code. */
export function addressFromFields(
  fields: {
    line1?: unknown;
    line2?: unknown;
    city?: unknown;
    region?: unknown;
    postalCode?: unknown;
    country?: unknown;
  },
  purpose: Address['purpose'],
): Address | undefined {
  const address = compact({
    purpose,
    line1: str(fields.line1),
    line2: str(fields.line2),
    city: str(fields.city),
    region: str(fields.region),
    postalCode: str(fields.postalCode),
    country: countryCode(fields.country),
  });
  return Object.keys(address).length > 1 ? address : undefined;
}

export function phone(number: unknown, purpose: Phone['purpose']): Phone | undefined {
  const value = str(number);
  return value === undefined ? undefined : compact({ number: value, purpose });
}

export function email(address: unknown, purpose: Email['purpose']): Email | undefined {
  const value = str(address);
  return value === undefined || !value.includes('@') ? undefined : compact({ address: value, purpose });
}

/** The person a record names: its employee id and every e-mail it lists, the first as `email`. */
export function personFrom(employeeId: unknown, emails: readonly (Email | undefined)[]): PersonRef {
  const keys = [...new Set(emails.flatMap((e) => (e ? [emailKey(e.address) as string] : [])))];
  const id = str(employeeId);
  return {
    ...(id && { employeeId: id }),
    ...(keys[0] && { email: keys[0] }),
    ...(keys.length > 1 && { emails: keys.slice(1) }),
  };
}

/** A platform name from a profile URL's host: `https://www.linkedin.com/in/x` -> `linkedin`. */
export function platformOf(url: string): string {
  const host = /^[a-z]+:\/\/([^/?#]+)/i
    .exec(url)?.[1]
    ?.toLowerCase()
    .replace(/^www\./, '');
  if (!host) return 'other';
  const parts = host.split('.');
  return parts.length >= 2 ? (parts[parts.length - 2] as string) : host;
}

/** Drops undefined entries; undefined when none is left, so empty lists stay out of fragments. */
export function present<T>(list: readonly (T | undefined)[]): T[] | undefined {
  const kept = list.filter((item): item is T => item !== undefined);
  return kept.length > 0 ? kept : undefined;
}
