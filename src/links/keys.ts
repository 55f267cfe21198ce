import { normalizeAddress } from '../normalize/address.js';
import { normalizeName } from '../normalize/name.js';
import { phoneKey } from '../normalize/phone.js';
import { maskSsn, ssnKey } from '../normalize/ssn.js';
import { emailKey } from '../normalize/email.js';
import { isPrivateOrReservedIp, networkKey } from '../normalize/ip.js';
import { entityNameKey } from '../intel/entities/match-entity.js';
import type {
  Address,
  Device,
  Email,
  Login,
  NationalId,
  PayrollAccount,
  Phone,
  PostalAddress,
  Profile,
  Reference,
} from '../schema/profile.js';
import {
  canonicalBankAccount,
  canonicalPhotoHash,
  canonicalSerial,
  lastFour,
  maskEmail,
} from './_lib/canon.js';
import { AddressDisplays } from './_lib/address-display.js';
import { LINK_ATTRIBUTES, type LinkAttribute } from './lookup.js';

export { addressDisplay } from './_lib/address-display.js';
import { ResumeSigner } from './minhash.js';

/**
 * The key spaces of the index. Home and shipping addresses share one space, so a facilitator's home
 * links to the hires who ship laptops there; each entry remembers whether its profile lives there.
 */
export type KeySpace = Exclude<LinkAttribute, 'home-address' | 'shipping-address'> | 'address';

// Home and shipping addresses share the 'address' space; every other attribute is its own space.
export const KEY_SPACES: readonly KeySpace[] = [
  'address',
  ...LINK_ATTRIBUTES.filter(
    (attribute): attribute is Exclude<LinkAttribute, 'home-address' | 'shipping-address'> =>
      attribute !== 'home-address' && attribute !== 'shipping-address',
  ),
];

/** The key space an attribute is stored in. */
export function spaceOf(attribute: LinkAttribute): KeySpace {
  return attribute === 'home-address' || attribute === 'shipping-address' ? 'address' : attribute;
}

/** One linkable value of a profile. */
export interface LinkKey {
  attribute: LinkAttribute;
  /** Canonical value. Never leaves the index in HMAC mode and never appears in findings. */
  key: string;
  /** Where it came from on the profile, e.g. `devices[2].shippedTo`. */
  path: string;
  /** A display-safe form: masked for SSNs, accounts, phones and e-mails. */
  display: string;
  /** Addresses: the person lives here (a home address). */
  lives?: boolean;
  /** Addresses: equipment is shipped here. */
  ships?: boolean;
  /** Addresses: recorded as a commercial delivery point (an office), where many people share one address. */
  commercial?: boolean;
  /**
   * Home addresses with a unit: the building's key. Neighbours in one building share its network
   * (building Wi-Fi), so on a login network a building counts as one home.
   */
  building?: string;
}

/** The values that exempt or scope a link, kept by the index as small fingerprints. */
export interface ProfileKeys {
  keys: LinkKey[];
  /** MinHash signature of the résumé text, when long enough. */
  resume?: { signature: Uint32Array; path: string };
  /** Normalised full name, compared for equality only (one SSN under different names). */
  fullName?: string;
  /** Normalised family name, compared for equality only (household exemption). */
  familyName?: string;
  organizationId?: string;
}

/** What the extractor may leave out: allowlisted offices, coworking spaces and corporate egress. */
export interface KeyFilter {
  /** True when an address key (`normalizeAddress().fullKey` or `buildingKey`) is allowlisted. */
  isAllowedAddress?(fullKey: string, buildingKey: string): boolean;
  /** True when a login IP is inside an allowlisted network. */
  isAllowedIp?(ip: string): boolean;
  /** True when an attribute's canonical key is allowlisted. */
  isAllowedKey?(attribute: LinkAttribute, key: string): boolean;
}

export interface KeyOptions {
  /** Country for phone numbers written without a country code; defaults to the claimed country, then US. */
  defaultCountry?: string;
  /**
   * Logins whose connection type is unknown or absent: `include` (default) because enrichment is often
   * missing and a farm's residential line would otherwise vanish; `skip` to count only confirmed
   * residential connections.
   */
  unknownConnection?: 'include' | 'skip';
  filter?: KeyFilter;
}

/** Connection types shared by design: mobile CGNAT, corporate/business egress, VPN, hosting, proxy, Tor. */
const SHARED_BY_DESIGN = new Set(['mobile', 'business', 'hosting', 'vpn', 'proxy', 'tor']);

function familyOf(profile: Profile): string | undefined {
  const family = profile.name?.family ?? profile.name?.full.trim().split(/\s+/).pop();
  const normal = family ? normalizeName(family) : '';
  return normal || undefined;
}

/** Where a profile's résumé signature comes from. */
export const RESUME_PATH = 'resumeText';

/** Device fields that carry a hardware serial, in the order their keys are listed. */
const SERIAL_FIELDS = ['serial', 'reportedSerial'] as const;

/** Lists this long and longer find duplicates through a map instead of a scan. */
const SCAN_LIMIT = 16;

/**
 * A profile's keys in extraction order, at most one per attribute and canonical value. Most profiles
 * have about ten keys, so a duplicate is found by scanning the list; a long list (hundreds of login
 * networks) switches to a map so extraction stays linear.
 */
class KeyList {
  readonly keys: LinkKey[] = [];
  private byId: Map<string, LinkKey> | undefined;

  constructor(
    private readonly filter: KeyFilter,
    /** The extractor's display memo, kept from one profile to the next. */
    readonly displays: AddressDisplays,
  ) {}

  /** Whether a key is new and not allowlisted: only then are its path and display worth building. */
  wants(attribute: LinkAttribute, key: string): boolean {
    return !this.filter.isAllowedKey?.(attribute, key) && this.held(attribute, key) === undefined;
  }

  /** The key already listed for this attribute and canonical value. */
  held(attribute: LinkAttribute, key: string): LinkKey | undefined {
    if (this.byId) return this.byId.get(`${attribute}\u0000${key}`);
    for (const listed of this.keys) if (listed.key === key && listed.attribute === attribute) return listed;
    return undefined;
  }

  /** Lists a key that `wants` accepted. */
  push(key: LinkKey): void {
    this.keys.push(key);
    if (this.byId) this.byId.set(`${key.attribute}\u0000${key.key}`, key);
    else if (this.keys.length >= SCAN_LIMIT)
      this.byId = new Map(this.keys.map((listed) => [`${listed.attribute}\u0000${listed.key}`, listed]));
  }
}

/** Lists one postal address of the profile, unless it is unparsed or allowlisted. */
function addAddress(
  list: KeyList,
  filter: KeyFilter,
  attribute: 'home-address' | 'shipping-address',
  value: PostalAddress,
  path: string,
): void {
  const normal = normalizeAddress(value);
  if (!normal || normal.kind === 'unparsed') return;
  if (filter.isAllowedAddress?.(normal.fullKey, normal.buildingKey)) return;
  const key = normal.fullKey;
  if (filter.isAllowedKey?.(attribute, key)) return;
  const commercial = value.deliveryType === 'commercial';
  const held = list.held(attribute, key);
  if (held) {
    // The same place listed twice is commercial when any listing says so.
    if (commercial) held.commercial = true;
    return;
  }
  const lives = attribute === 'home-address';
  list.push({
    attribute,
    key,
    path,
    display: list.displays.of(key),
    lives,
    ships: !lives,
    ...(commercial && { commercial: true }),
    ...(lives && normal.buildingKey !== key && { building: normal.buildingKey }),
  });
}

/** Lists the keys of one key space found on a profile. */
type SpaceExtractor = (profile: Profile, list: KeyList, options: KeyOptions) => void;

// The extractors below loop by index rather than `forEach`: each callback would be a closure per
// profile, and a screening extracts every new profile's keys.
const NONE: readonly never[] = [];

/** Homes first, then shipping addresses, then where devices were shipped. */
function addAddresses(profile: Profile, list: KeyList, options: KeyOptions): void {
  const filter = options.filter ?? {};
  const addresses: readonly Address[] = profile.addresses ?? NONE;
  for (let i = 0; i < addresses.length; i++) {
    const value = addresses[i] as Address;
    if (value.purpose === 'home') addAddress(list, filter, 'home-address', value, `addresses[${i}]`);
  }
  for (let i = 0; i < addresses.length; i++) {
    const value = addresses[i] as Address;
    if (value.purpose === 'shipping') addAddress(list, filter, 'shipping-address', value, `addresses[${i}]`);
  }
  const devices: readonly Device[] = profile.devices ?? NONE;
  for (let i = 0; i < devices.length; i++) {
    const shippedTo = devices[i]?.shippedTo;
    if (shippedTo) addAddress(list, filter, 'shipping-address', shippedTo, `devices[${i}].shippedTo`);
  }
}

function addBankAccounts(profile: Profile, list: KeyList): void {
  const accounts: readonly PayrollAccount[] = profile.payroll?.accounts ?? NONE;
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i] as PayrollAccount;
    const key = canonicalBankAccount(account.routingNumber, account.accountNumber);
    if (key && list.wants('bank-account', key))
      list.push({ attribute: 'bank-account', key, path: `payroll.accounts[${i}]`, display: lastFour(key) });
  }
}

function addPhones(profile: Profile, list: KeyList, options: KeyOptions): void {
  const country = options.defaultCountry ?? profile.claimed?.country ?? 'US';
  const phones: readonly Phone[] = profile.phones ?? NONE;
  for (let i = 0; i < phones.length; i++) {
    const key = phoneKey((phones[i] as Phone).number, country);
    if (key && list.wants('phone', key))
      list.push({
        attribute: 'phone',
        key,
        path: `phones[${i}]`,
        display: `${key.slice(0, 2)}***${key.slice(-4)}`,
      });
  }
}

function addEmails(profile: Profile, list: KeyList): void {
  const emails: readonly Email[] = profile.emails ?? NONE;
  for (let i = 0; i < emails.length; i++) {
    const key = emailKey((emails[i] as Email).address);
    if (key && list.wants('email', key))
      list.push({ attribute: 'email', key, path: `emails[${i}]`, display: maskEmail(key) });
  }
}

function addDeviceSerials(profile: Profile, list: KeyList): void {
  const devices: readonly Device[] = profile.devices ?? NONE;
  for (let i = 0; i < devices.length; i++) {
    const device = devices[i] as Device;
    for (const field of SERIAL_FIELDS) {
      const raw = device[field];
      const key = raw === undefined ? undefined : canonicalSerial(raw);
      if (key && list.wants('device-serial', key))
        list.push({
          attribute: 'device-serial',
          key,
          path: `devices[${i}].${field}`,
          display: lastFour(key),
        });
    }
  }
}

function addLoginNetworks(profile: Profile, list: KeyList, options: KeyOptions): void {
  const unknown = options.unknownConnection ?? 'include';
  const filter = options.filter ?? {};
  const logins: readonly Login[] = profile.logins ?? NONE;
  let lastIp: string | undefined;
  let lastKey: string | undefined;
  for (let i = 0; i < logins.length; i++) {
    const login = logins[i] as Login;
    if (!login.ip) continue;
    const type = login.geo?.connectionType;
    if (type !== undefined && SHARED_BY_DESIGN.has(type)) continue;
    if ((type === undefined || type === 'unknown') && unknown === 'skip') continue;
    if (filter.isAllowedIp?.(login.ip)) continue;
    // Consecutive logins mostly come from one address: its network key is computed once.
    if (login.ip !== lastIp) {
      lastIp = login.ip;
      lastKey = isPrivateOrReservedIp(login.ip) ? undefined : networkKey(login.ip);
    }
    const key = lastKey;
    if (key && list.wants('login-network', key))
      list.push({ attribute: 'login-network', key, path: `logins[${i}].ip`, display: key });
  }
}

function addPhotoHash(profile: Profile, list: KeyList): void {
  if (!profile.photoHash) return;
  const key = canonicalPhotoHash(profile.photoHash);
  if (key && list.wants('photo-hash', key))
    list.push({ attribute: 'photo-hash', key, path: 'photoHash', display: `photo ${key.slice(0, 8)}` });
}

function addSsns(profile: Profile, list: KeyList): void {
  const ids: readonly NationalId[] = profile.nationalIds ?? NONE;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as NationalId;
    if (id.type !== 'us-ssn' || !id.value) continue;
    const key = ssnKey(id.value);
    if (key && list.wants('ssn', key))
      list.push({ attribute: 'ssn', key, path: `nationalIds[${i}]`, display: maskSsn(id.value) });
  }
}

/**
 * A reference contact scoped to the employer the reference speaks for: applicants who give one manager
 * for one former employer share it, while a contact reused for several employers does not. The
 * reference-contact-shared rule compares the two keys' carriers to tell a former team from a farm.
 */
function scopedKey(contact: string, employer: string | undefined): string | undefined {
  const company = employer ? entityNameKey(employer) : '';
  return company === '' ? undefined : `${contact} @ ${company}`;
}

function addReferenceContacts(
  profile: Profile,
  list: KeyList,
  attribute: 'reference-phone' | 'reference-email',
  options: KeyOptions,
): void {
  const country = options.defaultCountry ?? profile.claimed?.country ?? 'US';
  const references: readonly Reference[] = profile.references ?? NONE;
  for (let i = 0; i < references.length; i++) {
    const reference = references[i] as Reference;
    const raw = attribute === 'reference-phone' ? reference.phone : reference.email;
    if (!raw) continue;
    const key = attribute === 'reference-phone' ? phoneKey(raw, country) : emailKey(raw);
    if (!key) continue;
    const display =
      attribute === 'reference-phone' ? `${key.slice(0, 2)}***${key.slice(-4)}` : maskEmail(key);
    if (list.wants(attribute, key))
      list.push({
        attribute,
        key,
        path: `references[${i}].${attribute === 'reference-phone' ? 'phone' : 'email'}`,
        display,
      });
    const scoped = scopedKey(key, reference.employer);
    if (scoped && list.wants(attribute, scoped))
      list.push({
        attribute,
        key: scoped,
        path: `references[${i}].employer`,
        display: `${display} for one employer`,
      });
  }
}

const addReferencePhones: SpaceExtractor = (profile, list, options) =>
  addReferenceContacts(profile, list, 'reference-phone', options);
const addReferenceEmails: SpaceExtractor = (profile, list, options) =>
  addReferenceContacts(profile, list, 'reference-email', options);

/** The key spaces with listed keys (all but the résumé's bands), in the order extractKeys lists them. */
export type ListedSpace = Exclude<KeySpace, 'resume'>;

const EXTRACTORS: ReadonlyArray<readonly [ListedSpace, SpaceExtractor]> = [
  ['address', addAddresses],
  ['bank-account', addBankAccounts],
  ['phone', addPhones],
  ['email', addEmails],
  ['device-serial', addDeviceSerials],
  ['login-network', addLoginNetworks],
  ['photo-hash', addPhotoHash],
  ['ssn', addSsns],
  ['reference-phone', addReferencePhones],
  ['reference-email', addReferenceEmails],
];
const EXTRACTOR_OF = new Map(EXTRACTORS);

/**
 * Extracts profiles' keys with one set of options. It keeps the scratch space the résumé signature
 * needs and the last address display, so one extractor (a link index owns one) signs every résumé
 * without allocating that space again and displays an address shared by consecutive profiles once.
 *
 * @example
 * const extractor = new KeyExtractor({ unknownConnection: 'skip' });
 * extractor.keys(profile).keys.length; // 7
 */
export class KeyExtractor {
  private signer: ResumeSigner | undefined;
  private readonly displays = new AddressDisplays();

  constructor(private readonly options: KeyOptions = {}) {}

  /** Every key of a profile; see `extractKeys`. */
  keys(profile: Profile): ProfileKeys {
    const { options } = this;
    const list = new KeyList(options.filter ?? {}, this.displays);
    for (const [, extract] of EXTRACTORS) extract(profile, list, options);
    const out: ProfileKeys = { keys: list.keys };
    const signature = profile.resumeText
      ? (this.signer ??= new ResumeSigner()).sign(profile.resumeText)
      : undefined;
    if (signature) out.resume = { signature, path: RESUME_PATH };
    const full = profile.name?.full ? normalizeName(profile.name.full) : '';
    if (full) out.fullName = full;
    const family = familyOf(profile);
    if (family) out.familyName = family;
    if (profile.organizationId) out.organizationId = profile.organizationId;
    return out;
  }

  /** The keys of one space; see `extractSpaceKeys`. */
  spaceKeys(profile: Profile, space: ListedSpace): LinkKey[] {
    const list = new KeyList(this.options.filter ?? {}, this.displays);
    EXTRACTOR_OF.get(space)?.(profile, list, this.options);
    return list.keys;
  }
}

/**
 * Extracts every linkable key of a profile with its path and a display-safe form, deduplicated per
 * attribute. Pure: the same profile always gives the same keys in the same order.
 *
 * @example
 * extractKeys({ id: 'p1', phones: [{ number: '+1 415 555 2671' }] }).keys
 * // [{ attribute: 'phone', key: '+14155552671', path: 'phones[0]', display: '+1***2671' }]
 */
export function extractKeys(profile: Profile, options: KeyOptions = {}): ProfileKeys {
  return new KeyExtractor(options).keys(profile);
}

/**
 * The keys `extractKeys` lists in one key space, in the same order, without the work of the others
 * (no résumé signature, no names): what screening a profile already in the index needs.
 *
 * @example
 * extractSpaceKeys(profile, 'phone').map((key) => key.path); // ['phones[0]']
 */
export function extractSpaceKeys(profile: Profile, space: ListedSpace, options: KeyOptions = {}): LinkKey[] {
  return new KeyExtractor(options).spaceKeys(profile, space);
}
