import { parseProfile } from '../../../src/schema/parse.js';
import type { Profile } from '../../../src/schema/profile.js';

/** Profile `n` of the crash test: three keys, the phone shared with the other profile of its pair. */
export function crashProfile(n: number): Profile {
  return parseProfile({
    id: `p${n}`,
    organizationId: `o${n % 7}`,
    name: { full: `Person ${n}` },
    phones: [{ number: `+1 415 55${String(Math.floor(n / 2)).padStart(5, '0')}` }],
    emails: [{ address: `person${n}@example.org` }],
    addresses: [
      { purpose: 'home', line1: `${n} Main St`, city: 'Springfield', region: 'IL', postalCode: '62701' },
    ],
  });
}
