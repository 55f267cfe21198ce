import { sharedLoginNetwork } from '../../../src/rules/links/shared-login-network.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf } from './_lib/index-of.js';

const login = (ip: string, connectionType?: 'residential' | 'mobile' | 'vpn') => ({
  at: '2026-01-05T14:00:00Z',
  ip,
  ...(connectionType && { geo: { connectionType } }),
});
const links = indexOf(
  [
    { id: 'n1', logins: [login('203.0.113.5', 'residential')] },
    { id: 'n2', logins: [login('203.0.113.9', 'residential')] },
    { id: 'm1', logins: [login('172.56.7.1', 'mobile')] },
    { id: 'c1', logins: [login('198.51.100.4')] },
  ],
  { allowlist: { networks: ['198.51.100.0/24'] } },
);

new RuleTester({ defaults: { links } }).run('shared-login-network', sharedLoginNetwork, {
  valid: [
    {
      name: 'mobile CGNAT is shared by design',
      profile: { id: 'x', logins: [login('172.56.7.1', 'mobile')] },
    },
    { name: 'an allowlisted corporate VPN egress', profile: { id: 'y', logins: [login('198.51.100.8')] } },
    {
      name: 'the employer\u2019s declared egress network is not a finding',
      profile: { id: 'n4', logins: [login('203.0.113.77', 'residential')] },
      organizations: { '*': { corporateEgress: { networks: ['203.0.113.0/25'] } } },
    },
    { name: 'a VPN exit', profile: { id: 'z', logins: [login('203.0.113.7', 'vpn')] } },
  ],
  invalid: [
    {
      name: 'a network this profile signs in from only part of the time is a place it visits: weak',
      profile: {
        id: 'v1',
        logins: [
          login('203.0.113.40', 'residential'),
          login('192.0.2.70', 'residential'),
          login('192.0.2.71', 'residential'),
        ],
      },
      findings: [{ messageId: 'shared', severity: 'low', level: 'visited-network', related: ['n1', 'n2'] }],
    },
    {
      // Half was the line before: a coworking member whose home sign-ins went through a VPN read as
      // living at the coworking space. A farm laptop signs in from nowhere else.
      name: 'a network behind three of four fixed-line sign-ins is still a place visited, not the laptop\u2019s line',
      profile: {
        id: 'v2',
        logins: [
          login('203.0.113.41', 'residential'),
          login('203.0.113.42', 'residential'),
          login('203.0.113.43', 'residential'),
          login('192.0.2.72', 'residential'),
          login('192.0.2.73', 'vpn'),
        ],
      },
      findings: [{ messageId: 'shared', severity: 'low', level: 'visited-network', related: ['n1', 'n2'] }],
    },
    {
      name: 'four of five fixed-line sign-ins from a network several homes use is the laptop\u2019s line',
      profile: {
        id: 'v3',
        logins: [
          login('203.0.113.44', 'residential'),
          login('203.0.113.45', 'residential'),
          login('203.0.113.46', 'residential'),
          login('203.0.113.47', 'residential'),
          login('192.0.2.74', 'residential'),
        ],
      },
      findings: [{ messageId: 'shared', severity: 'medium', level: 'several-homes', related: ['n1', 'n2'] }],
    },
    {
      name: 'a declared egress elsewhere leaves the shared home network a finding',
      profile: { id: 'n5', logins: [login('203.0.113.201', 'residential')] },
      organizations: { '*': { corporateEgress: { networks: ['192.0.2.0/24'] } } },
      findings: [{ messageId: 'shared', severity: 'medium', level: 'several-homes', related: ['n1', 'n2'] }],
    },
    {
      // Was high before evidence levels: neighbours in one building can share an ISP block.
      name: 'a third identity on one residential /24 is moderate',
      profile: { id: 'n3', logins: [login('203.0.113.200', 'residential')] },
      findings: [
        {
          messageId: 'shared',
          severity: 'medium',
          level: 'several-homes',
          path: 'logins[0].ip',
          related: ['n1', 'n2'],
          data: { key: '203.0.113.0/24', count: 3, others: 'n1, n2', organizations: 0 },
        },
      ],
    },
  ],
  skipped: [
    {
      profile: { id: 's', logins: [{ at: '2026-01-05T14:00:00Z' }] },
      missing: ['login IP addresses (logins[].ip)'],
    },
  ],
});
