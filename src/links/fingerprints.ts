import { createHmac } from 'node:crypto';
import { hash32Joined, hash64Into } from './_lib/hash.js';
import { KEY_SPACES, type KeySpace } from './keys.js';

/** What a key is hashed under in its space: `${space}\u0000${key}`, the prefix built once. */
const SPACE_PREFIX = new Map(KEY_SPACES.map((space) => [space, `${space}\u0000`]));
/** What the name, family and home fingerprints hash their value under. */
const NAME_PREFIX = 'name\u0000';
const FAMILY_PREFIX = 'family\u0000';
const HOME_PREFIX = 'home\u0000';

/**
 * The hashing of one link index: a plain 64-bit hash of each key, or with a secret a truncated
 * HMAC-SHA-256 digest, so that the index then holds no raw identifier; and the 32-bit name, family and
 * home fingerprints the stats compare for equality. Each index owns one.
 *
 * @example
 * const fingerprints = new Fingerprints('secret');
 * fingerprints.key('phone', '+14155552671');
 * const [hi, lo] = fingerprints.pair;
 */
export class Fingerprints {
  /**
   * Where `key` writes a key's fingerprint (hi, lo), read by its caller before the next call: no pair
   * is allocated per key, and each index has its own.
   */
  readonly pair = new Uint32Array(2);

  constructor(private readonly secret: string | Uint8Array | undefined) {}

  /** Whether fingerprints are HMAC digests. */
  get hmac(): boolean {
    return this.secret !== undefined;
  }

  /** The HMAC-SHA-256 digest of `text` (HMAC mode only); callers read its first 4 or 8 bytes. */
  private digest(text: string): Buffer {
    return createHmac('sha256', this.secret as string | Uint8Array)
      .update(text)
      .digest();
  }

  /** Writes a key's 64-bit fingerprint in its space to `pair`. */
  key(space: KeySpace, key: string): void {
    const prefix = SPACE_PREFIX.get(space) as string;
    if (this.secret === undefined) {
      hash64Into(prefix, key, this.pair);
      return;
    }
    const bytes = this.digest(`${prefix}${key}`);
    this.pair[0] = bytes.readUInt32BE(0);
    this.pair[1] = bytes.readUInt32BE(4);
  }

  /** A full name's fingerprint: 0 for none, else never 0. */
  name(value: string | undefined): number {
    return this.small(NAME_PREFIX, value);
  }

  /** A family name's fingerprint: 0 for none, else never 0. */
  family(value: string | undefined): number {
    return this.small(FAMILY_PREFIX, value);
  }

  /** A home address key's fingerprint: 0 for none, else never 0. */
  home(value: string | undefined): number {
    return this.small(HOME_PREFIX, value);
  }

  /** How a shared key is shown in clusters: as extracted, or in HMAC mode a digest label. */
  display(space: KeySpace, display: string, hi: number): string {
    if (this.secret === undefined) return display;
    return `${space} #${hi.toString(16).padStart(8, '0')}`;
  }

  private small(prefix: string, value: string | undefined): number {
    if (!value) return 0;
    const h =
      this.secret === undefined
        ? hash32Joined(prefix, value, 0x3c6ef372)
        : this.digest(`${prefix}${value}`).readUInt32BE(0);
    return h === 0 ? 1 : h;
  }
}
