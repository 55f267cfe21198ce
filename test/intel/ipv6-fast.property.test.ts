import fc from 'fast-check';
import { Address6 } from 'ip-address';
import { parseHost, parseHostWords, parseIpv6Fast } from '../../src/intel/_lib/ip.js';

const MASK64 = (1n << 64n) - 1n;

/** What ip-address reads the text as, or undefined when it refuses it. */
function reference(text: string): { hi: bigint; lo: bigint } | undefined {
  try {
    const value = new Address6(text).bigInt();
    return { hi: value >> 64n, lo: value & MASK64 };
  } catch {
    return undefined;
  }
}

/** IPv6 text as logs write it: full, compressed, upper case, with an IPv4 tail, and near-misses. */
const written = fc.oneof(
  fc.ipV6(),
  fc.ipV6().map((a) => a.toUpperCase()),
  fc.ipV4().map((a) => `::ffff:${a}`),
  fc.ipV4().map((a) => `64:ff9b::${a}`),
  fc.stringMatching(/^[0-9a-fA-F:.]{2,45}$/),
);

describe('parseIpv6Fast', () => {
  it('reads every address it accepts exactly as ip-address does', () => {
    fc.assert(
      fc.property(written, (text) => {
        const fast = parseIpv6Fast(text);
        if (fast === undefined) return true;
        expect(fast).toEqual(reference(text));
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every address fast-check writes', () => {
    fc.assert(fc.property(fc.ipV6(), (text) => parseIpv6Fast(text) !== undefined));
  });

  it.each(['1::2::3', '12345::', '1:2:3:4:5:6:7:8:9', ':', 'g::1', '::1.2.3', '1:2:3:4:5:6:7::8:9'])(
    'declines %s',
    (text) => {
      expect(parseIpv6Fast(text)).toBeUndefined();
    },
  );

  it('unwraps an IPv4-mapped address to IPv4 in parseHost, in either spelling', () => {
    expect(parseHost('::ffff:192.0.2.7')).toEqual({ v: 4, n: 0xc0000207 });
    expect(parseHost('::FFFF:c000:207')).toEqual({ v: 4, n: 0xc0000207 });
  });
});

describe('parseHostWords', () => {
  it('gives the same address as parseHost, as words, for every IP fast-check writes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.ipV4(),
          fc.ipV6(),
          fc.ipV4().map((a) => `::ffff:${a}`),
        ),
        (text) => {
          const host = parseHost(text);
          const words = parseHostWords(text);
          if (host === undefined || host.v === 4) {
            expect(words).toEqual(host);
            return true;
          }
          const half = (w: number, x: number) => (BigInt(w) << 32n) | BigInt(x);
          const [a, b, c, d] = (words as { words: [number, number, number, number] }).words;
          expect({ hi: half(a, b), lo: half(c, d) }).toEqual({ hi: host.hi, lo: host.lo });
          return true;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
