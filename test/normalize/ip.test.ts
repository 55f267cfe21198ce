import fc from 'fast-check';
import { isPrivateOrReservedIp, networkKey, parseIp } from '../../src/normalize/ip.js';

describe('parseIp', () => {
  it.each<[string, 4 | 6, string, bigint]>([
    ['203.0.113.7', 4, '203.0.113.7', 3405803783n],
    [' 1.2.3.4 ', 4, '1.2.3.4', 16909060n],
    ['::ffff:203.0.113.7', 4, '203.0.113.7', 3405803783n],
    ['::ffff:cb00:7107', 4, '203.0.113.7', 3405803783n],
    ['2001:DB8:0:0::1', 6, '2001:db8::1', 42540766411282592856903984951653826561n],
    ['[2001:db8::1]', 6, '2001:db8::1', 42540766411282592856903984951653826561n],
    ['::1', 6, '::1', 1n],
  ])('parses %j as IPv%d %s', (raw, version, address, value) => {
    expect(parseIp(raw)).toEqual({ version, address, value });
  });

  it.each([
    '',
    'abc',
    '1.2.3',
    '1.2.3.256',
    '1.2.3.4.5',
    '010.0.0.1',
    '1.2.3.4/24',
    '2001:db8::/32',
    'fe80::1%eth0',
    '1:2:3:4:5:6:7:8:9',
    '[1.2.3.4',
  ])('rejects %j', (raw) => {
    expect(parseIp(raw)).toBeUndefined();
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void parseIp(raw as string)));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:./%[] ') }),
        (raw) => void parseIp(raw),
      ),
    );
  });

  it('is idempotent and case-insensitive on its canonical form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (raw) => {
        const parsed = parseIp(raw);
        expect(parsed).toBeDefined();
        expect(parseIp(parsed?.address ?? '')).toEqual(parsed);
        expect(parseIp(` ${raw.toUpperCase()} `)).toEqual(parsed);
      }),
    );
  });
});

describe('networkKey', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:203.0.113.77', '203.0.113.0/24'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd:12::/64'],
    ['2001:DB8:ABCD:0012::9', '2001:db8:abcd:12::/64'],
  ])('keys %s as %s', (raw, key) => {
    expect(networkKey(raw)).toBe(key);
  });

  it('returns undefined for a non-address', () => {
    expect(networkKey('1.2.3.0/24')).toBeUndefined();
    expect(networkKey('nope')).toBeUndefined();
  });

  it('gives every host of a /24 the same key', () => {
    fc.assert(
      fc.property(fc.nat(255), fc.nat(255), (a, b) => {
        expect(networkKey(`198.51.100.${a}`)).toBe(networkKey(`198.51.100.${b}`));
      }),
    );
  });
});

describe('isPrivateOrReservedIp', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '127.0.0.1',
    '169.254.10.20',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fd12:3456::1',
    'fc00::1',
    'fe80::1',
    'ff02::1',
    '::ffff:10.0.0.1',
  ])('treats %s as private or reserved', (raw) => {
    expect(isPrivateOrReservedIp(raw)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '192.0.2.1',
    '198.51.100.1',
    '203.0.113.7',
    '2001:db8::1',
    '2606:4700::1111',
  ])('treats %s as public (documentation ranges included)', (raw) => {
    expect(isPrivateOrReservedIp(raw)).toBe(false);
  });

  it('returns false for a non-address', () => {
    expect(isPrivateOrReservedIp('localhost')).toBe(false);
  });
});

describe('the dotted-quad fast path', () => {
  it('agrees with the general parser on network keys and private ranges', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const general = parseIp(`[${ip}]`);
        if (!general) return false;
        const viaGeneral = `${general.address.split('.').slice(0, 3).join('.')}.0/24`;
        return (
          networkKey(ip) === viaGeneral && isPrivateOrReservedIp(ip) === isPrivateOrReservedIp(`[${ip}]`)
        );
      }),
    );
  });

  it('still rejects leading zeros and out-of-range octets', () => {
    expect(networkKey('010.0.0.1')).toBeUndefined();
    expect(networkKey('256.1.1.1')).toBeUndefined();
    expect(isPrivateOrReservedIp('010.0.0.1')).toBe(false);
  });
});
