import fc from 'fast-check';
import { IpRangeIndexBuilder } from '../../src/intel/ip-range-index.js';

function index() {
  const builder = new IpRangeIndexBuilder();
  builder.addRange('1.0.0.0', '1.0.0.255', 13335, 'Cloudflare, Inc.');
  builder.addRange('1.0.4.0', '1.0.7.255', 38803, 'Gtelecom Pty Ltd');
  builder.addRange('2001:200::', '2001:200:1b9:ffff:ffff:ffff:ffff:ffff', 2500, 'WIDE Project');
  // The -num form of 16.0.0.0-16.0.0.255 and of 2001:db8::/32.
  builder.addRange('268435456', '268435711', 64500, 'Numbered');
  builder.addRange(
    '42540766411282592856903984951653826560',
    '42540766490510755371168322545197776895',
    64501,
    'Doc',
  );
  return builder.build();
}

describe('IpRangeIndex', () => {
  it('finds the range holding an IPv4, IPv6 or IPv4-mapped address', () => {
    const ranges = index();
    expect(ranges.size).toBe(5);
    expect(ranges.lookup('1.0.0.1')).toEqual({ asn: 13335, org: 'Cloudflare, Inc.' });
    expect(ranges.lookup('1.0.7.255')).toEqual({ asn: 38803, org: 'Gtelecom Pty Ltd' });
    expect(ranges.lookup('::ffff:1.0.0.9')).toEqual({ asn: 13335, org: 'Cloudflare, Inc.' });
    expect(ranges.lookup('2001:200:1b9::1')).toEqual({ asn: 2500, org: 'WIDE Project' });
    expect(ranges.lookup('16.0.0.200')).toEqual({ asn: 64500, org: 'Numbered' });
    expect(ranges.lookup('2001:db8:ffff::1')).toEqual({ asn: 64501, org: 'Doc' });
    expect(ranges.lookupIpv4(0x01000001)).toEqual({ asn: 13335, org: 'Cloudflare, Inc.' });
  });

  it('gives undefined between ranges, outside them and for invalid text', () => {
    const ranges = index();
    for (const ip of ['1.0.1.0', '0.0.0.1', '255.255.255.255', '2001:200:1ba::', '::', 'nope', ''])
      expect(ranges.lookup(ip)).toBeUndefined();
  });

  it('names the matched range for evidence, IPv6 in its compressed form', () => {
    const ranges = index();
    expect(ranges.lookupMatch('1.0.5.5')).toEqual({
      asn: 38803,
      org: 'Gtelecom Pty Ltd',
      range: '1.0.4.0-1.0.7.255',
    });
    expect(ranges.lookupMatch('2001:200::9')?.range).toBe('2001:200::-2001:200:1b9:ffff:ffff:ffff:ffff:ffff');
  });

  it('refuses reversed, mixed-family and invalid ranges, and drops overlapping ones', () => {
    const builder = new IpRangeIndexBuilder();
    expect(builder.addRange('1.0.0.9', '1.0.0.1', 1, 'a')).toBe(false);
    expect(builder.addRange('1.0.0.0', '2001:db8::', 1, 'a')).toBe(false);
    expect(builder.addRange('1.0.0', '1.0.0.9', 1, 'a')).toBe(false);
    expect(builder.addRange('10.0.0.0', '10.0.0.255', 1, 'first')).toBe(true);
    expect(builder.addRange('10.0.0.128', '10.0.1.0', 2, 'second')).toBe(true);
    const ranges = builder.build();
    expect(ranges.overlapping).toBe(1);
    expect(ranges.lookup('10.0.0.200')).toEqual({ asn: 1, org: 'first' });
    expect(ranges.lookup('10.0.1.0')).toBeUndefined();
  });

  it('agrees with a linear scan over random disjoint IPv4 ranges (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 2 ** 32 - 1 }), { minLength: 2, maxLength: 40 }),
        fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 30 }),
        (cuts, probes) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const builder = new IpRangeIndexBuilder();
          const ranges: Array<[number, number, number]> = [];
          // Every other gap between cuts becomes a range, so ranges are disjoint with holes between.
          for (let i = 0; i + 1 < sorted.length; i += 2) {
            const range: [number, number, number] = [sorted[i] as number, (sorted[i + 1] as number) - 1, i];
            if (range[1] < range[0]) continue;
            ranges.push(range);
            builder.addRange(String(range[0]), String(range[1]), i, `org${i}`);
          }
          const built = builder.build();
          for (const probe of [...probes, ...sorted]) {
            const hit = ranges.find(([first, last]) => probe >= first && probe <= last);
            expect(built.lookupIpv4(probe)?.asn).toBe(hit?.[2]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
