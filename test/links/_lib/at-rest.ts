import { LinkIndex } from '../../../src/links/link-index.js';
import { keyBytes } from '../../../src/links/stores/_lib/key-bytes.js';
import { parseProfile } from '../../../src/schema/parse.js';
import type { Profile } from '../../../src/schema/profile.js';

/** A person with one of every raw identifier, all unique to them. */
export function person(id: string, n: number): Profile {
  return parseProfile({
    id,
    organizationId: 'acme',
    name: { full: `Zebulon Quixotic${n}` },
    nationalIds: [{ type: 'us-ssn', value: `671-2${n}-48${n}3` }],
    emails: [{ address: `zebulon.q${n}@example.org` }],
    phones: [{ number: `+1 415 555 0${n}17` }],
    addresses: [
      { purpose: 'home', line1: `${n}41 Wisteria Lane`, city: 'Fairview', region: 'OH', postalCode: '45501' },
    ],
    payroll: { accounts: [{ routingNumber: '021000021', accountNumber: `99887${n}66` }] },
  });
}

/** The raw strings of `person(id, n)` that must never be at rest in HMAC mode. */
export function rawIdentifiers(n: number): string[] {
  return [
    `Quixotic${n}`,
    `QUIXOTIC${n}`,
    `2${n}48${n}3`,
    `zebulon.q${n}`,
    `555 0${n}17`,
    `5550${n}17`,
    `${n}41 WISTERIA`,
    `${n}41 Wisteria`,
    `99887${n}66`,
  ];
}

/** Everything about a person that must be gone after erasure: id, displays, key fingerprints. */
export function traces(profile: Profile, hmacSecret?: string): { label: string; bytes: Buffer }[] {
  const entry = new LinkIndex(hmacSecret === undefined ? {} : { hmacSecret }).entryOf(profile, 0);
  return [
    { label: `id ${profile.id}`, bytes: Buffer.from(profile.id) },
    ...entry.keys.flatMap((key) => [
      { label: `fingerprint ${key.hi}:${key.lo}`, bytes: keyBytes(key.hi, key.lo) },
      ...(key.display.length >= 6
        ? [{ label: `display ${key.display}`, bytes: Buffer.from(key.display) }]
        : []),
    ]),
  ];
}

/** The labels of the needles found in any of the haystacks. */
export function found(
  haystacks: readonly Buffer[],
  needles: readonly { label: string; bytes: Buffer }[],
): string[] {
  return needles
    .filter(({ bytes }) => haystacks.some((hay) => hay.includes(bytes)))
    .map(({ label }) => label);
}
