import fc from 'fast-check';
import { Address4, Address6 } from 'ip-address';
import { CidrIndex, CidrIndexBuilder } from '../../src/intel/cidr-index.js';
import { IntelError } from '../../src/intel/errors.js';
import { parseIpv4Fast, v4Text } from '../../src/intel/_lib/ip.js';

describe('CidrIndex', () => {
  const index = CidrIndex.from<string>([
    ['10.0.0.0/8', 'outer'],
    ['10.1.0.0/16', 'middle'],
    ['10.1.2.0/24', 'inner'],
    ['10.1.255.0/24', 'last-child'],
    ['2001:db8::/32', 'v6-outer'],
    ['2001:db8:1::/48', 'v6-inner'],
    ['::ffff:192.0.2.0/120', 'mapped'],
  ]);

  it('matches the first and last address of a block and not one past either end', () => {
    expect(index.lookup('10.1.2.0')).toBe('inner');
    expect(index.lookup('10.1.2.255')).toBe('inner');
    expect(index.lookup('10.1.1.255')).toBe('middle');
    expect(index.lookup('10.1.3.0')).toBe('middle');
    expect(index.lookup('10.0.0.0')).toBe('outer');
    expect(index.lookup('10.255.255.255')).toBe('outer');
    expect(index.lookup('9.255.255.255')).toBeUndefined();
    expect(index.lookup('11.0.0.0')).toBeUndefined();
  });

  it('returns the most specific block when blocks nest, including a child ending where its parent ends', () => {
    expect(index.lookupMatch('10.1.255.255')).toEqual({
      cidr: '10.1.255.0/24',
      prefixLength: 24,
      value: 'last-child',
    });
    expect(index.lookupMatch('10.2.0.0')).toEqual({ cidr: '10.0.0.0/8', prefixLength: 8, value: 'outer' });
  });

  it('looks up IPv6 with nesting and boundaries', () => {
    expect(index.lookup('2001:db8:1::')).toBe('v6-inner');
    expect(index.lookup('2001:db8:1:ffff:ffff:ffff:ffff:ffff')).toBe('v6-inner');
    expect(index.lookup('2001:db8:2::')).toBe('v6-outer');
    expect(index.lookup('2001:db8:ffff:ffff:ffff:ffff:ffff:ffff')).toBe('v6-outer');
    expect(index.lookup('2001:db9::')).toBeUndefined();
    expect(index.lookup('2001:db7:ffff:ffff:ffff:ffff:ffff:ffff')).toBeUndefined();
  });

  it('unwraps IPv4-mapped IPv6 addresses and blocks, in dotted and hex spelling', () => {
    expect(index.lookup('192.0.2.77')).toBe('mapped');
    expect(index.lookup('::ffff:192.0.2.77')).toBe('mapped');
    expect(index.lookup('::ffff:c000:24d')).toBe('mapped');
    expect(index.lookup('::ffff:10.1.2.3')).toBe('inner');
  });

  it('returns undefined for text that is not a host address', () => {
    for (const bad of [
      '',
      'x',
      '10.1.2',
      '010.1.2.3',
      ' 10.1.2.3',
      '10.1.2.3/32',
      '2001:db8::/48',
      '2001:db8::g',
    ]) {
      expect(index.lookup(bad)).toBeUndefined();
    }
  });

  it('handles the whole address space and the top address', () => {
    const all = CidrIndex.from([
      ['0.0.0.0/0', 'any4'],
      ['255.255.255.255/32', 'top'],
      ['::/0', 'any6'],
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128', 'top6'],
    ]);
    expect(all.lookup('0.0.0.0')).toBe('any4');
    expect(all.lookup('255.255.255.254')).toBe('any4');
    expect(all.lookup('255.255.255.255')).toBe('top');
    expect(all.lookup('::')).toBe('any6');
    expect(all.lookup('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toBe('top6');
  });

  it('keeps the later value when the same block is added twice, counting it once', () => {
    const twice = CidrIndex.from([
      ['198.51.100.0/24', 'vendor'],
      ['198.51.100.9/24', 'override'],
    ]);
    expect(twice.size).toBe(1);
    expect(twice.lookupMatch('198.51.100.1')).toEqual({
      cidr: '198.51.100.0/24',
      prefixLength: 24,
      value: 'override',
    });
  });

  it('reads a bare address as a single-address block', () => {
    const single = CidrIndex.from([
      ['203.0.113.5', 'host'],
      ['2001:db8::5', 'host6'],
    ]);
    expect(single.lookup('203.0.113.5')).toBe('host');
    expect(single.lookup('203.0.113.6')).toBeUndefined();
    expect(single.lookup('2001:db8::5')).toBe('host6');
  });

  it('throws an INVALID_CIDR error that quotes the bad block', () => {
    const builder = new CidrIndexBuilder<number>();
    expect(() => builder.addRange('10.0.0.0/33', 1)).toThrow(IntelError);
    expect(() => builder.addRange('not-a-cidr', 1)).toThrow(/"not-a-cidr" is not a CIDR block/);
    expect(() => builder.addRange('1.2.3.4/x', 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', reason: 'INVALID_CIDR' }),
    );
  });

  it('answers an empty index with undefined', () => {
    const empty = new CidrIndexBuilder<number>().build();
    expect(empty.lookup('1.2.3.4')).toBeUndefined();
    expect(empty.lookup('2001:db8::1')).toBeUndefined();
  });
});

// Ranges crowded into a /20 so they nest and touch often; probes sit on and next to every boundary.
const BASE4 = 0x0a000000;
const rangeV4 = fc.record({
  offset: fc.integer({ min: 0, max: 4095 }),
  prefix: fc.integer({ min: 20, max: 32 }),
});
const BASE6 = 0x20010db8n << 96n;
const rangeV6 = fc.record({
  offset: fc.integer({ min: 0, max: 4095 }),
  prefix: fc.integer({ min: 116, max: 128 }),
});

function bruteForce<T>(
  blocks: readonly { text: string; value: T; contains: (ip: string) => boolean; prefix: number }[],
  ip: string,
) {
  let best: { value: T; prefix: number } | undefined;
  for (const block of blocks) {
    if (block.contains(ip) && (best === undefined || block.prefix >= best.prefix)) best = block;
  }
  return best?.value;
}

describe('CidrIndex properties', () => {
  it('agrees with a linear isInSubnet scan over random nested IPv4 ranges', () => {
    fc.assert(
      fc.property(
        fc.array(rangeV4, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: -2, max: 4098 })),
        (ranges, extra) => {
          const blocks = ranges.map(({ offset, prefix }, value) => {
            const text = `${v4Text(BASE4 + offset)}/${prefix}`;
            const subnet = new Address4(text);
            return { text, value, prefix, contains: (ip: string) => new Address4(ip).isInSubnet(subnet) };
          });
          const index = CidrIndex.from(blocks.map((block) => [block.text, block.value] as const));
          const probes = new Set<number>(extra.map((offset) => BASE4 + offset));
          for (const block of blocks) {
            const subnet = new Address4(block.text);
            const start = Number(subnet.startAddress().bigInt());
            const end = Number(subnet.endAddress().bigInt());
            for (const probe of [start - 1, start, end, end + 1]) probes.add(probe);
          }
          for (const probe of probes) {
            const ip = v4Text(probe);
            expect(index.lookup(ip)).toBe(bruteForce(blocks, ip));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with a linear isInSubnet scan over random nested IPv6 ranges', () => {
    fc.assert(
      fc.property(fc.array(rangeV6, { minLength: 1, maxLength: 30 }), (ranges) => {
        const blocks = ranges.map(({ offset, prefix }, value) => {
          const text = `${Address6.fromBigInt(BASE6 + BigInt(offset)).correctForm()}/${prefix}`;
          const subnet = new Address6(text);
          return { text, value, prefix, contains: (ip: string) => new Address6(ip).isInSubnet(subnet) };
        });
        const index = CidrIndex.from(blocks.map((block) => [block.text, block.value] as const));
        for (const block of blocks) {
          const subnet = new Address6(block.text);
          const start = subnet.startAddress().bigInt();
          const end = subnet.endAddress().bigInt();
          for (const probe of [start - 1n, start, end, end + 1n]) {
            const ip = Address6.fromBigInt(probe).correctForm();
            expect(index.lookup(ip)).toBe(bruteForce(blocks, ip));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('parses dotted quads exactly as ip-address Address4 does', () => {
    const octet = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map(String),
      fc.constantFrom('01', '00', '', ' 1', '-1', 'a'),
    );
    const candidate = fc.oneof(
      fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.')),
      fc.string({ maxLength: 16 }),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        let expected = -1;
        try {
          const address = new Address4(text);
          if (!text.includes('/')) expected = Number(address.bigInt());
        } catch {
          expected = -1;
        }
        expect(parseIpv4Fast(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
