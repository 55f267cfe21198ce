import { MAX_ADDRESS_LENGTH, joinWords, tokenize } from './_lib/address-tokens.js';
import { renderUs, usBuildingKey, usFullKey } from './_lib/address-key.js';
import { UNKNOWN_COUNTRY, countryNamed, resolveCountry } from './_lib/country.js';
import { parseUsFields, parseUsString, type UsAddress } from './_lib/us-address.js';
import { US_TERRITORY } from './_lib/us-states.js';
import { boundedCache } from '../_lib/bounded-memo.js';

/** An address as a form or a CSV gives it; every field optional. */
export interface AddressInput {
  line1?: string;
  line2?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** The parts of a parsed US address in USPS Publication 28 spelling; '' when absent. */
export interface AddressParts {
  houseNumber: string;
  preDirectional: string;
  streetName: string;
  suffix: string;
  postDirectional: string;
  /**
   * The last secondary unit's C2 designator, `#` when typed as "#4B", '' when typed bare ("MAIN ST 4B"),
   * `?` for words after the street that read as no unit ("CONDO"), kept so that no door is dropped.
   */
  unitType: string;
  unitId: string;
  /** Every secondary unit in input order ("BLDG 2 APT 4B" has two). */
  units: readonly { type: string; id: string }[];
  /** PO box number, or the box number on a rural route. */
  poBox: string;
  /** "RR 2" or "HC 1" for rural-route and highway-contract addresses. */
  ruralRoute: string;
  city: string;
  state: string;
  zip5: string;
}

/** A canonical form of an address and the keys that link profiles sharing it. */
export interface NormalizedAddress {
  /** ISO 3166 alpha-2; 'US' when absent and for US territories, 'ZZ' when unrecognised. */
  country: string;
  kind: 'street' | 'po-box' | 'rural-route' | 'unparsed';
  /** Delivery point including the secondary unit: `US|62701|123|N|MAIN|ST||#|4B`. */
  fullKey: string;
  /** The building: `fullKey` without its secondary units (`US|62701|123|N|MAIN|ST|`). */
  buildingKey: string;
  /** One line in USPS style that normalises back to the same keys. */
  canonical: string;
  parts: AddressParts;
}

const EMPTY_PARTS: AddressParts = {
  houseNumber: '',
  preDirectional: '',
  streetName: '',
  suffix: '',
  postDirectional: '',
  unitType: '',
  unitId: '',
  units: [],
  poBox: '',
  ruralRoute: '',
  city: '',
  state: '',
  zip5: '',
};

// Written out field by field in EMPTY_PARTS's order (callers may serialise it): spreading EMPTY_PARTS
// and a part object over it built two objects more per address, and the units were copied for nothing,
// as this parse made them and nothing else holds them.
function fromUs(address: UsAddress): NormalizedAddress {
  const line = address.line;
  const lastUnit = line?.units[line.units.length - 1];
  const buildingKey = usBuildingKey(address);
  return {
    country: 'US',
    kind: line?.kind ?? 'unparsed',
    fullKey: usFullKey(address, buildingKey),
    buildingKey,
    canonical: renderUs(address),
    parts: {
      houseNumber: line?.houseNumber ?? '',
      preDirectional: line?.preDirectional ?? '',
      streetName: line?.streetName ?? '',
      suffix: line?.suffix ?? '',
      postDirectional: line?.postDirectional ?? '',
      unitType: lastUnit?.type ?? '',
      unitId: lastUnit?.id ?? '',
      units: line?.units ?? EMPTY_PARTS.units,
      poBox: line?.poBox ?? '',
      ruralRoute: line?.ruralRoute ?? '',
      city: address.city,
      state: address.state,
      zip5: address.zip5,
    },
  };
}

function foldedWords(text: string): string {
  let words = '';
  for (const token of tokenize(text)) words = joinWords(words, token.text);
  return words;
}

// Outside the US there is no Publication 28 to apply, so the key is the folded words in order.
function unparsed(country: string, text: string, label = ''): NormalizedAddress | undefined {
  const words = foldedWords(text.slice(0, MAX_ADDRESS_LENGTH));
  if (!words) return undefined;
  const prefix = label ? `${country}:${label}` : country;
  const key = `${prefix}|*|${words}`;
  return { country, kind: 'unparsed', fullKey: key, buildingKey: key, canonical: words, parts: EMPTY_PARTS };
}

const field = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Normalises a postal address into canonical parts and matching keys. US addresses (the default
 * when no country is given) are parsed with USPS Publication 28 tables; other countries get a
 * folded-text key. Returns undefined when the input has nothing to key.
 *
 * @example
 * normalizeAddress('123 North Main Street, Apt 4B, Springfield, IL 62701-1234')?.fullKey;
 * // 'US|62701|123|N|MAIN|ST||#|4B'
 * normalizeAddress({ line1: '123 N Main St', line2: '#4B', postalCode: '62701' })?.buildingKey;
 * // 'US|62701|123|N|MAIN|ST|'
 */
export function normalizeAddress(input: AddressInput | string): NormalizedAddress | undefined {
  if (typeof input === 'string') {
    if (input.length > MAX_ADDRESS_LENGTH) return normalizeUncached(input);
    return cached(JSON.stringify(input), () => normalizeUncached(input));
  }
  if (input === null || typeof input !== 'object') return undefined;
  const slot = recentSlotOf(input);
  if (slot) return slot.answer;
  const answer = cached(addressFieldsKey(input), () => normalizeUncached(input));
  remember(input, answer);
  return answer;
}

/** An address normalised lately: the field texts the normaliser read, and its answer. */
interface RecentAddress {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  answer: NormalizedAddress | undefined;
}

// Several rules normalise the same few addresses of one profile in turn (home, document, shipping).
// Comparing their six field texts with the last few seen, usually the very same strings, answers them
// without building the cache key. Slots are reused in turn, so remembering allocates nothing either.
const RECENT_SLOTS = 8;
const recent: (RecentAddress | undefined)[] = [];
let nextSlot = 0;
const EMPTY_TEXTS = { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' };

function recentSlotOf(input: AddressInput): RecentAddress | undefined {
  const line1 = field(input.line1);
  const line2 = field(input.line2);
  const city = field(input.city);
  const region = field(input.region);
  const postalCode = field(input.postalCode);
  const country = field(input.country);
  for (let i = 0; i < recent.length; i++) {
    const slot = recent[i];
    if (
      slot &&
      slot.line1 === line1 &&
      slot.line2 === line2 &&
      slot.city === city &&
      slot.region === region &&
      slot.postalCode === postalCode &&
      slot.country === country
    )
      return slot;
  }
  return undefined;
}

function remember(input: AddressInput, answer: NormalizedAddress | undefined): void {
  const slot = (recent[nextSlot] ??= { ...EMPTY_TEXTS, answer: undefined });
  slot.line1 = field(input.line1);
  slot.line2 = field(input.line2);
  slot.city = field(input.city);
  slot.region = field(input.region);
  slot.postalCode = field(input.postalCode);
  slot.country = field(input.country);
  slot.answer = answer;
  nextSlot = (nextSlot + 1) % RECENT_SLOTS;
}

/**
 * The cache key of an address given as fields. Only each field's text matters to the normaliser (a missing
 * or non-string field reads as ''), so the key is that text, led by the lengths of the first five fields:
 * no two different inputs share a key, and it is cheaper to build than JSON. String inputs are keyed by
 * their JSON, which starts with a quote where this starts with a digit, so the two kinds never meet.
 * Exported for tests only.
 *
 * @example
 * addressFieldsKey({ line1: '1 Main St', city: 'Springfield' }) // '9,0,11,0,0|1 Main StSpringfield'
 */
export function addressFieldsKey(input: AddressInput): string {
  const line1 = field(input.line1);
  const line2 = field(input.line2);
  const city = field(input.city);
  const region = field(input.region);
  const postalCode = field(input.postalCode);
  const lengths = `${line1.length},${line2.length},${city.length},${region.length},${postalCode.length}`;
  return `${lengths}|${line1}${line2}${city}${region}${postalCode}${field(input.country)}`;
}

// Several rules and the link index normalise the same addresses of one profile; each is parsed once.
const cached = boundedCache<NormalizedAddress | undefined>();

type AddressFields = Required<Omit<AddressInput, 'country'>>;

const allText = (fields: AddressFields): string =>
  `${fields.line1} ${fields.line2} ${fields.city} ${fields.region} ${fields.postalCode}`;

/** The length of `allText(fields)`, without building it for the common address that is not too long. */
const allLength = (fields: AddressFields): number =>
  fields.line1.length +
  fields.line2.length +
  fields.city.length +
  fields.region.length +
  fields.postalCode.length +
  4;

function normalizeUncached(input: AddressInput | string): NormalizedAddress | undefined {
  if (typeof input === 'string') {
    if (input.length > MAX_ADDRESS_LENGTH) return unparsed('US', input);
    const lastSegment = input.slice(input.lastIndexOf(',') + 1);
    const country = input.includes(',') ? countryNamed(lastSegment) : undefined;
    if (country && country !== 'US' && !US_TERRITORY.has(country)) {
      return unparsed(country, input.slice(0, input.lastIndexOf(',')));
    }
    const address = parseUsString(input);
    return address.line || address.rest ? fromUs(address) : undefined;
  }
  if (input === null || typeof input !== 'object') return undefined;
  const fields: AddressFields = {
    line1: field(input.line1),
    line2: field(input.line2),
    city: field(input.city),
    region: field(input.region),
    postalCode: field(input.postalCode),
  };
  const rawCountry = field(input.country).trim();
  const resolved = rawCountry ? resolveCountry(rawCountry) : 'US';
  const country = resolved ?? UNKNOWN_COUNTRY;
  if (country !== 'US' && !US_TERRITORY.has(country)) {
    const label = resolved ? '' : foldedWords(rawCountry.slice(0, 100));
    return unparsed(country, allText(fields), label);
  }
  if (allLength(fields) > MAX_ADDRESS_LENGTH) return unparsed('US', allText(fields));
  if (US_TERRITORY.has(country) && !fields.region.trim()) fields.region = country;
  const address = parseUsFields(fields);
  return address.line || address.rest ? fromUs(address) : undefined;
}

/**
 * The key of the exact delivery point, unit included; undefined when there is nothing to key.
 *
 * @example
 * addressKey('123 N Main St #4B, Springfield IL 62701'); // 'US|62701|123|N|MAIN|ST||#|4B'
 */
export function addressKey(input: AddressInput | string): string | undefined {
  return normalizeAddress(input)?.fullKey;
}

/**
 * The key of the building, without any secondary unit: profiles in different apartments of one
 * building share it.
 *
 * @example
 * buildingKey('123 N Main St Apt 4B, Springfield IL 62701'); // 'US|62701|123|N|MAIN|ST|'
 */
export function buildingKey(input: AddressInput | string): string | undefined {
  return normalizeAddress(input)?.buildingKey;
}
