import fc from 'fast-check';
import { fmix32, hash32, hash32Joined, hash64, hash64Into, hash64Joined } from '../../src/links/_lib/hash.js';
import { extractKeys } from '../../src/links/keys.js';
import {
  bandKeys,
  MINHASH_BANDS,
  MINHASH_ROWS,
  MINHASH_SIZE,
  resumeSignature,
} from '../../src/links/minhash.js';
import { parseProfile } from '../../src/schema/parse.js';

// The index's fingerprints must not change with the faster code paths: a persisted index or a
// snapshot taken before them has to keep matching. Each fast path is checked against the plain form.

/** hash32 as first written: one MurmurHash3 round per UTF-16 code unit, inline. */
function referenceHash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ text.length);
}

/** bandKeys as first written: the parts joined with dots. */
function referenceBandKeys(signature: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let band = 0; band < MINHASH_BANDS; band++) {
    const parts: string[] = [String(band)];
    for (let row = 0; row < MINHASH_ROWS; row++)
      parts.push(((signature[band * MINHASH_ROWS + row] as number) >>> 0).toString(36));
    out.push(parts.join('.'));
  }
  return out;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x51ed27 + i * 0x9e3779b9));

/** resumeSignature as first written: duplicate shingles skipped through a set. */
function referenceSignature(text: string): Uint32Array | undefined {
  const tokens =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length < 20) return undefined;
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const hashes = tokens.map((token) => hash32(token, 0x2545f491));
  const seen = new Set<number>();
  for (let i = 0; i + 3 <= tokens.length; i++) {
    let shingle = 0x811c9dc5;
    for (let k = 0; k < 3; k++) shingle = fmix32(Math.imul(shingle, 0x01000193) ^ (hashes[i + k] as number));
    if (seen.has(shingle)) continue;
    seen.add(shingle);
    for (let j = 0; j < MINHASH_SIZE; j++) {
      const h = fmix32(shingle ^ (SEEDS[j] as number));
      if (h < (signature[j] as number)) signature[j] = h;
    }
  }
  return signature;
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('link fingerprints', () => {
  it('hash32 equals the inline MurmurHash3 form', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 0xffffffff }), (value, seed) => {
        expect(hash32(value, seed)).toBe(referenceHash32(value, seed));
      }),
    );
  });

  it('hash64Joined(prefix, text) equals hash64(prefix + text)', () => {
    fc.assert(
      fc.property(text, text, (prefix, value) => {
        expect(hash64Joined(prefix, value)).toEqual(hash64(prefix + value));
      }),
    );
    expect(hash64Joined('', '')).toEqual(hash64(''));
    expect(hash64Joined('phone\u0000', '+14155552671')).toEqual(hash64('phone\u0000+14155552671'));
  });

  it('hash32Joined(prefix, text, seed) equals hash32(prefix + text, seed)', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 0xffffffff }), (prefix, value, seed) => {
        expect(hash32Joined(prefix, value, seed)).toBe(referenceHash32(prefix + value, seed));
      }),
    );
    expect(hash32Joined('name\u0000', 'ana lima', 0x3c6ef372)).toBe(hash32('name\u0000ana lima', 0x3c6ef372));
  });

  it('hash64Into writes what hash64Joined returns', () => {
    const out = new Uint32Array(2);
    fc.assert(
      fc.property(text, text, (prefix, value) => {
        hash64Into(prefix, value, out);
        expect([out[0], out[1]]).toEqual(hash64(prefix + value));
      }),
    );
  });

  it('hash64 is the two seeded hash32s, so keys hashed before hash64Joined existed still match', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(hash64(value)).toEqual([hash32(value, 0x9747b28c), hash32(value, 0x5bd1e995)]);
      }),
    );
  });

  it('bandKeys equals the joined-parts form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 32, maxLength: 32 }),
        (values) => {
          const signature = Uint32Array.from(values);
          expect(bandKeys(signature)).toEqual(referenceBandKeys(signature));
        },
      ),
    );
    expect(bandKeys(new Uint32Array(MINHASH_SIZE).fill(0xffffffff))).toEqual(
      referenceBandKeys(new Uint32Array(MINHASH_SIZE).fill(0xffffffff)),
    );
  });

  it('resumeSignature equals the form that skipped repeated shingles', () => {
    const word = fc.constantFrom(
      'react',
      'node',
      'go',
      'Go',
      'ÉCOLE',
      'école',
      'ｆｕｌｌ',
      'stack',
      '42',
      'a-b',
    );
    const resume = fc.array(word, { maxLength: 80 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.oneof(resume, text), (value) => {
        expect(resumeSignature(value)).toEqual(referenceSignature(value));
      }),
    );
    // Long enough to sign, from every kind of character: the words are found in place, not by match.
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
      fc.constantFrom('Ǆ', 'ﬁ', '①', '٣', '𝐀𝐁', '😀', '\ud800', '\udc00x', 'İ', 'ß', 'Ⅻ', '_', '-', '  '),
    );
    const long = fc.array(piece, { minLength: 40, maxLength: 120 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(long, (value) => {
        expect(resumeSignature(value)).toEqual(referenceSignature(value));
      }),
      { numRuns: 500 },
    );
    const repeated = Array.from({ length: 30 }, () => 'same three words').join(' ');
    expect(resumeSignature(repeated)).toEqual(referenceSignature(repeated));
  });
});

describe('extractKeys on long key lists', () => {
  it('deduplicates and keeps first-seen order past the scan limit', () => {
    const ips = Array.from({ length: 60 }, (_, i) => `${11 + (i % 25)}.1.${i % 25}.9`);
    const keys = extractKeys(
      parseProfile({
        id: 'many',
        logins: ips.map((ip) => ({ at: '2026-01-01T00:00:00Z', ip, geo: { connectionType: 'residential' } })),
        phones: [{ number: '+1 415 555 2671' }, { number: '(415) 555-2671' }],
      }),
      { defaultCountry: 'US' },
    ).keys;
    const networks = keys.filter((key) => key.attribute === 'login-network');
    expect(networks.map((key) => key.key)).toEqual(
      Array.from({ length: 25 }, (_, i) => `${11 + i}.1.${i}.0/24`),
    );
    expect(networks.map((key) => key.path)).toEqual(Array.from({ length: 25 }, (_, i) => `logins[${i}].ip`));
    expect(keys.filter((key) => key.attribute === 'phone').map((key) => key.path)).toEqual(['phones[0]']);
  });

  it('marks a repeated address commercial when any listing is commercial', () => {
    const office = { line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105' };
    const keys = extractKeys(
      parseProfile({
        id: 'o',
        addresses: [{ purpose: 'shipping', ...office }],
        devices: [{ id: 'd', shippedTo: { ...office, deliveryType: 'commercial' } }],
      }),
    ).keys;
    expect(keys).toEqual([
      expect.objectContaining({ attribute: 'shipping-address', path: 'addresses[0]', commercial: true }),
    ]);
  });
});
