import { CidrIndex } from '../../src/intel/cidr-index.js';
import { parseIp } from '../../src/normalize/ip.js';

const index = CidrIndex.from([
  ['198.51.100.0/24', 'vpn'],
  ['2001:db8::/32', 'doc'],
  ['fe80::/10', 'link-local'],
]);

describe('CidrIndex reads bracketed addresses and zone indexes as parseIp does (issue 17, item 8)', () => {
  it.each([
    ['198.51.100.7', 'vpn'],
    ['[198.51.100.7]', 'vpn'],
    ['[2001:db8::1]', 'doc'],
    ['fe80::1', 'link-local'],
  ])('finds %j in its block', (ip, owner) => {
    expect(index.lookup(ip)).toBe(owner);
    expect(parseIp(ip)).toBeDefined();
  });

  it.each(['fe80::1%eth0', '[fe80::1%eth0]', 'fe80::1%25'])(
    'refuses the zone index in %j, as parseIp does',
    (ip) => {
      expect(index.lookup(ip)).toBeUndefined();
      expect(parseIp(ip)).toBeUndefined();
    },
  );
});
