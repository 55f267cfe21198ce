import { ssnReused } from '../../../src/rules/links/ssn-reused.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';
import { indexOf, ship } from './_lib/index-of.js';

const ssn = (value: string) => [{ type: 'us-ssn' as const, value }];
const home = (line1: string) => ({ purpose: 'home' as const, ...ship(line1) });

/** Laptops of five people at three employers shipped to one house, each signing in from its line. */
const farmHire = (i: number) => ({
  id: `f${i}`,
  organizationId: `o${(i % 3) + 1}`,
  name: { full: i === 1 ? 'Lea Roy' : `Farm Hire ${i}` },
  addresses: [home(`${i} Elm St`)],
  devices: [{ id: 'd', shippedTo: ship('12 Birch Ln Apt 2') }],
  logins: [1, 2, 3].map((n) => ({ at: `2026-01-0${n}T15:00:00Z`, ip: `73.182.44.${i + 10}` })),
  ...(i === 1 && { nationalIds: ssn('222-33-4444'), phones: [{ number: '+14155550101' }] }),
});
/** Five people at three employers who pick laptops up at one coworking desk and sign in from home. */
const coworker = (i: number) => ({
  id: `c${i}`,
  organizationId: `o${(i % 3) + 1}`,
  name: { full: i === 1 ? 'Max Ode' : `Member ${i}` },
  addresses: [home(`${i} Oak Ave`)],
  devices: [{ id: 'd', shippedTo: ship('400 Market St Ste 100') }],
  logins: [1, 2, 3].map((n) => ({ at: `2026-01-0${n}T15:00:00Z`, ip: `98.${i}.7.20` })),
  ...(i === 1 && { nationalIds: ssn('555-66-7777'), phones: [{ number: '+14155550199' }] }),
});
const links = indexOf([1, 2, 3, 4, 5].flatMap((i) => [farmHire(i), coworker(i)]));

// The same identity applying at a fourth employer with the same details: over-employment, unless its
// other job sits in a farm.
const candidate = (id: string, name: string, value: string, phone: string) => ({
  id,
  kind: 'candidate' as const,
  organizationId: 'o4',
  name: { full: name },
  nationalIds: ssn(value),
  phones: [{ number: phone }],
});

new RuleTester({ defaults: { links } }).run('ssn-reused (identity held at a farm)', ssnReused, {
  valid: [],
  invalid: [
    {
      name: 'an identity whose other job is at a corroborated farm is high, however consistent its details',
      profile: candidate('a1', 'Lea Roy', '222-33-4444', '+14155550101'),
      findings: [
        {
          messageId: 'severalOrganizations',
          severity: 'high',
          level: 'other-holder-in-farm-cluster',
          related: ['f1'],
          data: { key: '***-**-4444', others: 'f1', organizations: 2 },
        },
      ],
    },
    {
      name: 'an identity whose other job shares only a coworking address stays over-employment',
      profile: candidate('a2', 'Max Ode', '555-66-7777', '+14155550199'),
      findings: [
        {
          messageId: 'severalOrganizations',
          severity: 'low',
          level: 'same-person-several-jobs',
          related: ['c1'],
          data: { key: '***-**-7777', others: 'c1', organizations: 2 },
        },
      ],
    },
  ],
});
