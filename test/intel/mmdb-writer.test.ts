import fc from 'fast-check';
import { Reader } from 'mmdb-lib';
import { writeMmdb, type MmdbValue } from '../support/mmdb-writer.js';

type Any = Record<string, unknown>;

describe('writeMmdb (test support), read back with mmdb-lib', () => {
  it.each([24, 28, 32] as const)(
    'reads IPv4 networks back, nested ones included, from an IPv4 tree of %i-bit records',
    (recordSize) => {
      const db = writeMmdb({
        ipVersion: 4,
        recordSize,
        databaseType: 'GeoLite2-ASN',
        networks: [
          { network: '10.0.0.0/8', data: { autonomous_system_number: 64500 } },
          { network: '10.1.0.0/16', data: { autonomous_system_number: 64501 } },
          { network: '192.0.2.7', data: { autonomous_system_number: 64502 } },
        ],
      });
      const reader = new Reader<Any>(db);
      expect(reader.metadata.recordSize).toBe(recordSize);
      expect(reader.metadata.ipVersion).toBe(4);
      // 10.1.0.0/16 splits the /8: a reader reports the leaf it reached, 10.8.0.0/13, as real files do.
      expect(reader.getWithPrefixLength('10.9.9.9')).toEqual([{ autonomous_system_number: 64500 }, 13]);
      expect(reader.getWithPrefixLength('10.1.2.3')).toEqual([{ autonomous_system_number: 64501 }, 16]);
      expect(reader.getWithPrefixLength('192.0.2.7')).toEqual([{ autonomous_system_number: 64502 }, 32]);
      expect(reader.get('192.0.2.8')).toBeNull();
      expect(reader.get('11.0.0.1')).toBeNull();
    },
  );

  it('reads IPv6 and IPv4 networks from an IPv6 tree, with IPv4-mapped and 6to4 aliases', () => {
    const db = writeMmdb({
      ipVersion: 6,
      recordSize: 28,
      databaseType: 'GeoIP2-City',
      networks: [
        { network: '2001:db8::/32', data: { country: { iso_code: 'DE' } } },
        { network: '2001:db8:1::/48', data: { country: { iso_code: 'FR' } } },
        { network: '198.51.100.0/24', data: { country: { iso_code: 'US' } } },
      ],
    });
    const reader = new Reader<Any>(db);
    // The /48 splits the /32, so the reader reports the half it reached, 2001:db8:8000::/33.
    expect(reader.getWithPrefixLength('2001:db8:ffff::1')).toEqual([{ country: { iso_code: 'DE' } }, 33]);
    expect(reader.getWithPrefixLength('2001:db8:1::1')).toEqual([{ country: { iso_code: 'FR' } }, 48]);
    // mmdb-lib counts an IPv4 lookup's depth from the IPv4 subtree, so the prefix is IPv4's.
    expect(reader.getWithPrefixLength('198.51.100.20')).toEqual([{ country: { iso_code: 'US' } }, 24]);
    expect(reader.get('::ffff:198.51.100.20')).toEqual({ country: { iso_code: 'US' } });
    // 6to4: 2002:c633:6414:: embeds 198.51.100.20.
    expect(reader.get('2002:c633:6414::1')).toEqual({ country: { iso_code: 'US' } });
    expect(reader.get('2001:db9::1')).toBeNull();
  });

  it('round-trips every data type the spec defines, and the metadata', () => {
    const data: MmdbValue = {
      text: 'Zürich',
      long: 'x'.repeat(300),
      yes: true,
      no: false,
      small: 7,
      zero: 0,
      u16: { type: 'uint16', value: 65535 },
      u64: { type: 'uint64', value: 2n ** 40n },
      u128: 2n ** 100n,
      negative: -5,
      double: 47.37,
      float: { type: 'float', value: 1.5 },
      bytes: { type: 'bytes', value: Uint8Array.from([1, 2, 3]) },
      list: ['a', 'b', { nested: 'map' }],
      empty: {},
    };
    const db = writeMmdb({
      ipVersion: 4,
      databaseType: 'Test-Types',
      buildEpoch: 1_750_000_000,
      description: { en: 'types' },
      networks: [{ network: '203.0.113.0/24', data }],
    });
    const reader = new Reader<Any>(db);
    const record = reader.get('203.0.113.1') as Any;
    expect({ ...record, bytes: [...(record.bytes as Buffer)] }).toEqual({
      ...(data as Any),
      u16: 65535,
      u64: 2n ** 40n,
      u128: 2n ** 100n,
      float: 1.5,
      bytes: [1, 2, 3],
    });
    expect(reader.metadata.databaseType).toBe('Test-Types');
    expect(reader.metadata.buildEpoch.toISOString()).toBe('2025-06-15T15:06:40.000Z');
    expect(reader.metadata.description).toEqual({ en: 'types' });
  });

  it('writes repeated strings once and points to them, and readers follow the pointers', () => {
    const networks = Array.from({ length: 50 }, (_, i) => ({
      network: `10.0.${i}.0/24`,
      data: { autonomous_system_organization: 'Example Hosting Ltd', n: i },
    }));
    const withPointers = writeMmdb({ ipVersion: 4, databaseType: 'T', networks });
    const without = writeMmdb({ ipVersion: 4, databaseType: 'T', networks, pointers: false });
    expect(withPointers.length).toBeLessThan(without.length);
    expect(new Reader<Any>(withPointers).get('10.0.49.1')).toEqual({
      autonomous_system_organization: 'Example Hosting Ltd',
      n: 49,
    });
  });

  it('agrees with a longest-prefix match over random IPv4 networks (property)', () => {
    const network = fc.record({
      start: fc.nat({ max: 2 ** 32 - 1 }),
      prefix: fc.integer({ min: 1, max: 32 }),
    });
    fc.assert(
      fc.property(
        fc.array(network, { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat({ max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(24 as const, 28 as const, 32 as const),
        (blocks, probes, recordSize) => {
          const normalised = blocks.map(({ start, prefix }, i) => {
            const size = 2 ** (32 - prefix);
            return { first: Math.floor(start / size) * size, size, prefix, i };
          });
          const text = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
          const db = writeMmdb({
            ipVersion: 4,
            recordSize,
            databaseType: 'T',
            networks: normalised.map((b) => ({ network: `${text(b.first)}/${b.prefix}`, data: { i: b.i } })),
          });
          const reader = new Reader<Any>(db);
          for (const probe of [...probes, ...normalised.map((b) => b.first)]) {
            // The most specific block wins; among equal blocks, the last one written.
            let best: (typeof normalised)[number] | undefined;
            for (const b of normalised)
              if (probe >= b.first && probe < b.first + b.size && (!best || b.prefix >= best.prefix))
                best = b;
            expect(reader.get(text(probe))).toEqual(best === undefined ? null : { i: best.i });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
