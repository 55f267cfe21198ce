import fc from 'fast-check';
import { extractKeys } from '../../src/links/keys.js';
import { isPrivateOrReservedIp, networkKey } from '../../src/normalize/ip.js';
import { parseProfile } from '../../src/schema/parse.js';

// addLoginNetworks reuses the previous login's network key when the address repeats. The keys, their
// order and paths must be what computing every login's key gives, whatever the connection types.

const SHARED = new Set(['mobile', 'business', 'hosting', 'vpn', 'proxy', 'tor']);

function referenceNetworks(
  logins: ReadonlyArray<{ ip: string; type?: string }>,
  skipUnknown: boolean,
): Array<{ key: string; path: string }> {
  const out: Array<{ key: string; path: string }> = [];
  logins.forEach((login, i) => {
    if (login.type !== undefined && SHARED.has(login.type)) return;
    if ((login.type === undefined || login.type === 'unknown') && skipUnknown) return;
    const key = isPrivateOrReservedIp(login.ip) ? undefined : networkKey(login.ip);
    if (key && !out.some((listed) => listed.key === key)) out.push({ key, path: `logins[${i}].ip` });
  });
  return out;
}

describe('login network keys', () => {
  it('equal one key computed per login', () => {
    const login = fc.record(
      {
        ip: fc.constantFrom('50.0.0.1', '50.0.0.99', '51.2.3.4', '10.0.0.1', '2001:db8::1', 'nonsense'),
        type: fc.constantFrom('residential', 'vpn', 'mobile', 'unknown'),
      },
      { requiredKeys: ['ip'] },
    );
    fc.assert(
      fc.property(fc.array(login, { maxLength: 12 }), fc.boolean(), (logins, skipUnknown) => {
        const profile = parseProfile({
          id: 'p',
          logins: logins.map(({ ip, type }) => ({
            at: '2026-01-01T00:00:00Z',
            ip,
            ...(type !== undefined && { geo: { connectionType: type } }),
          })),
        });
        const keys = extractKeys(profile, { unknownConnection: skipUnknown ? 'skip' : 'include' }).keys;
        expect(keys.map(({ key, path }) => ({ key, path }))).toEqual(referenceNetworks(logins, skipUnknown));
      }),
    );
  });
});
