import fc from 'fast-check';
import { ipFactsFromLogin, ipFactsOfLoginAlone, mergeIpFacts } from '../../src/intel/merge-facts.js';
import type { IpFacts } from '../../src/intel/types.js';

const login = ipFactsFromLogin({
  ip: '198.51.100.7',
  at: '2025-03-01T10:00:00Z',
  geo: { country: 'US', city: 'Dallas', asn: 64999, org: 'Home ISP', connectionType: 'residential' },
});
const vpnList: Partial<IpFacts> = {
  connectionType: 'vpn',
  provider: 'Astrill',
  country: 'SG',
  asn: 64500,
  sources: [
    {
      name: 'vpn-list',
      asOf: '2025-06-01',
      fields: ['connectionType', 'provider', 'country', 'asn'],
      matched: '198.51.100.0/24',
    },
  ],
};

describe('mergeIpFacts', () => {
  it('keeps the event location but never lets it hide a provider VPN classification', () => {
    expect(mergeIpFacts('198.51.100.7', { event: login, providers: [vpnList] })).toEqual({
      ip: '198.51.100.7',
      country: 'US',
      city: 'Dallas',
      asn: 64500,
      connectionType: 'vpn',
      provider: 'Astrill',
      sources: [
        { name: 'login-event', asOf: '2025-03-01T10:00:00Z', fields: ['country', 'city'] },
        {
          name: 'vpn-list',
          asOf: '2025-06-01',
          fields: ['asn', 'connectionType', 'provider'],
          matched: '198.51.100.0/24',
        },
      ],
    });
  });

  it('keeps an anonymiser reported only by the event over a provider that says residential', () => {
    const event = ipFactsFromLogin({ ip: '1', geo: { connectionType: 'tor' } });
    const provider = {
      connectionType: 'residential' as const,
      sources: [{ name: 'geo-db', fields: ['connectionType'] }],
    };
    expect(mergeIpFacts('1', { event, providers: [provider] }).connectionType).toBe('tor');
  });

  it('prefers the more specific anonymiser and never replaces a known type with unknown', () => {
    const hosting = {
      connectionType: 'hosting' as const,
      sources: [{ name: 'a', fields: ['connectionType'] }],
    };
    const vpn = { connectionType: 'vpn' as const, sources: [{ name: 'b', fields: ['connectionType'] }] };
    const unknown = {
      connectionType: 'unknown' as const,
      sources: [{ name: 'c', fields: ['connectionType'] }],
    };
    const mobile = {
      connectionType: 'mobile' as const,
      sources: [{ name: 'd', fields: ['connectionType'] }],
    };
    expect(mergeIpFacts('x', { providers: [hosting, vpn] }).connectionType).toBe('vpn');
    expect(mergeIpFacts('x', { providers: [unknown, mobile] }).sources).toEqual([
      { name: 'd', fields: ['connectionType'] },
    ]);
  });

  it('takes the location whole from one source instead of mixing cities and countries', () => {
    const countryOnly = ipFactsFromLogin({ geo: { country: 'US' } });
    const cityDb = {
      country: 'CA',
      city: 'Toronto',
      sources: [{ name: 'geo-db', fields: ['country', 'city'] }],
    };
    const merged = mergeIpFacts('x', { event: countryOnly, providers: [cityDb] });
    expect([merged.country, merged.city]).toEqual(['US', undefined]);
  });

  it('takes the org from a source with the same ASN as the chosen one', () => {
    const first = { asn: 64500, sources: [{ name: 'a', fields: ['asn'] }] };
    const otherAsn = { asn: 64501, org: 'Other', sources: [{ name: 'b', fields: ['asn', 'org'] }] };
    const sameAsn = { asn: 64500, org: 'Right', sources: [{ name: 'c', fields: ['asn', 'org'] }] };
    const merged = mergeIpFacts('x', { providers: [first, otherAsn, sameAsn] });
    expect([merged.asn, merged.org]).toEqual([64500, 'Right']);
  });

  it('returns only the address and no sources when nothing is known', () => {
    expect(mergeIpFacts('x', {})).toEqual({ ip: 'x', sources: [] });
  });
});

describe('ipFactsFromLogin', () => {
  it('copies the geo facts and attributes them to the event at its time', () => {
    expect(
      ipFactsFromLogin({ ip: '203.0.113.9', at: '2025-03-01T10:00:00Z', geo: { country: 'US', asn: 64500 } }),
    ).toEqual({
      ip: '203.0.113.9',
      country: 'US',
      asn: 64500,
      sources: [{ name: 'login-event', asOf: '2025-03-01T10:00:00Z', fields: ['country', 'asn'] }],
    });
  });
});

describe('ipFactsOfLoginAlone', () => {
  // What the engine built before: the event's facts, re-shaped the way mergeIpFacts shapes a result.
  function reshaped(login: Parameters<typeof ipFactsFromLogin>[0]) {
    const { ip: _ip, sources, ...fields } = ipFactsFromLogin(login);
    return { ip: login.ip ?? '', sources: sources ?? [], ...fields };
  }

  it('gives the same facts, in the same key order, as re-shaping the event facts', () => {
    const geo = fc.record(
      {
        country: fc.constantFrom('US', 'KR', 'CN'),
        city: fc.string({ maxLength: 8 }),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        asn: fc.nat(),
        org: fc.string({ maxLength: 8 }),
        connectionType: fc.constantFrom('residential', 'vpn', 'hosting', 'unknown' as const),
        provider: fc.string({ maxLength: 8 }),
      },
      { requiredKeys: [] },
    );
    const login = fc.record(
      { ip: fc.ipV4(), at: fc.constant('2025-03-01T10:00:00Z'), geo },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(login, (l) => JSON.stringify(ipFactsOfLoginAlone(l)) === JSON.stringify(reshaped(l))),
      { numRuns: 1000 },
    );
  });
});
