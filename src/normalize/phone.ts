import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber, PhoneNumberType } from 'libphonenumber-js/max';
import { VOIP_METADATA_CALLING_CODES, VOIP_METADATA_REGIONS } from './_lib/voip-regions.js';
import { boundedCache } from '../_lib/bounded-memo.js';
import { readNanpNumber } from './_lib/nanp-phone.js';

export { VOIP_METADATA_CALLING_CODES, VOIP_METADATA_REGIONS } from './_lib/voip-regions.js';

export interface NormalizedPhone {
  /** E.164 form, e.g. '+14155552671'. */
  e164: string;
  /** ISO 3166-1 alpha-2 region, undefined for non-geographic numbers or ambiguous invalid ones. */
  country: string | undefined;
  /** Country calling code without '+', e.g. '1'. */
  callingCode: string;
  /** libphonenumber's number type; undefined when the number is not valid. */
  type: PhoneNumberType | undefined;
  valid: boolean;
  possible: boolean;
}

/** Line type as far as numbering-plan metadata can tell; 'unknown' means ask a carrier lookup. */
export type MetadataLineType = 'voip' | 'mobile' | 'landline' | 'landline-or-mobile' | 'other' | 'unknown';

/** Longer strings are not phone numbers; libphonenumber would scan them anyway. */
const MAX_INPUT_LENGTH = 64;

function toCountry(value: string | undefined): CountryCode | undefined {
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isSupportedCountry(upper) ? upper : undefined;
}

function parse(raw: unknown, defaultCountry?: string): PhoneNumber | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_INPUT_LENGTH) return undefined;
  try {
    return parsePhoneNumberFromString(raw, { defaultCountry: toCountry(defaultCountry) });
  } catch {
    return undefined;
  }
}

/**
 * Parses a phone number written in any common format with the "max" metadata. `defaultCountry`
 * (ISO alpha-2, case-insensitive; unknown codes are ignored) applies only to numbers written
 * without a '+' prefix. Returns undefined for input that does not look like a phone number at all;
 * check `valid`/`possible` for the rest. Never throws.
 *
 * @example
 * normalizePhone('(415) 555-2671', 'US');
 * // { e164: '+14155552671', country: 'US', callingCode: '1', type: 'FIXED_LINE_OR_MOBILE', valid: true, possible: true }
 */
export function normalizePhone(raw: string, defaultCountry?: string): NormalizedPhone | undefined {
  if (typeof raw !== 'string') return undefined;
  // Long text is not a phone number; keep it out of the cache.
  if (raw.length > 64) return normalizeUncached(raw, defaultCountry);
  return cached(`${defaultCountry ?? ''}|${raw}`, () => normalizeUncached(raw, defaultCountry));
}

// Phone rules and the link index parse the same numbers; libphonenumber's parse is the costly part.
const cached = boundedCache<NormalizedPhone | undefined>();

function normalizeUncached(raw: string, defaultCountry?: string): NormalizedPhone | undefined {
  // A `+1` number in plain form is read without the library's per-call pattern compiling; it ignores
  // the default country, as the library does for a number with its calling code.
  const nanp = readNanpNumber(raw);
  if (nanp !== undefined) return nanp;
  const parsed = parse(raw, defaultCountry);
  if (!parsed) return undefined;
  // isValid is getType's answer defined (when the plan has types, else its national-number pattern,
  // which getType matches first): a valid number is typed once, not twice.
  const type = parsed.getType();
  const valid = type !== undefined || parsed.isValid();
  return {
    e164: parsed.number,
    country: parsed.country,
    callingCode: parsed.countryCallingCode,
    type: valid ? type : undefined,
    valid,
    possible: parsed.isPossible(),
  };
}

/**
 * The E.164 key used to link profiles that share a phone number, or undefined when the input is not
 * a possible number (right length for its country). Possible rather than valid, so that numbers in
 * ranges newer than the metadata still link.
 *
 * @example
 * phoneKey('+1 415-555-2671'); // '+14155552671'
 * phoneKey('415.555.2671', 'us'); // '+14155552671'
 */
export function phoneKey(raw: string, defaultCountry?: string): string | undefined {
  const phone = normalizePhone(raw, defaultCountry);
  return phone?.possible ? phone.e164 : undefined;
}

/**
 * True when the numbering-plan metadata for `country` (ISO alpha-2) or non-geographic calling code
 * has a VoIP range at all. When false, a non-'voip' result from {@link phoneLineTypeFromMetadata}
 * says nothing about VoIP: the US, for one, has no VoIP range, so US VoIP needs a carrier lookup.
 *
 * @example
 * metadataCanIdentifyVoip('GB'); // true
 * metadataCanIdentifyVoip('US'); // false
 */
export function metadataCanIdentifyVoip(countryOrCallingCode: string | undefined): boolean {
  const value = typeof countryOrCallingCode === 'string' ? countryOrCallingCode.trim().toUpperCase() : '';
  return VOIP_METADATA_REGIONS.includes(value) || VOIP_METADATA_CALLING_CODES.includes(value);
}

/**
 * Maps libphonenumber's type to a line type. Returns 'voip' only where the metadata marks the
 * number's range as VoIP (UK 056, French 09, Japanese 050, ...); US numbers come back as
 * 'landline-or-mobile' and need a carrier lookup. 'unknown' for invalid numbers.
 *
 * @example
 * phoneLineTypeFromMetadata(normalizePhone('+44 56 1234 5678')); // 'voip'
 * phoneLineTypeFromMetadata(normalizePhone('+1 415 555 2671')); // 'landline-or-mobile'
 */
export function phoneLineTypeFromMetadata(
  parsed: Pick<NormalizedPhone, 'type'> | undefined,
): MetadataLineType {
  switch (parsed?.type) {
    case 'VOIP':
      return 'voip';
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'landline';
    case 'FIXED_LINE_OR_MOBILE':
      return 'landline-or-mobile';
    case undefined:
      return 'unknown';
    default:
      return 'other';
  }
}
