import { fromEntra, streamEntra } from '../../src/adapters/entra.js';
import { fromGoogleWorkspace } from '../../src/adapters/google-workspace.js';
import { fromOkta, streamOkta } from '../../src/adapters/okta.js';
import { tally } from '../../src/adapters/_lib/run.js';
import type { AdapterItem } from '../../src/adapters/types.js';
import { fixture, fixtureLines } from './_fixture.js';

async function collect(items: AsyncIterable<AdapterItem>): Promise<AdapterItem[]> {
  const out: AdapterItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('okta adapter', () => {
  const result = fromOkta(fixture('okta.jsonl'));
  const [first, second] = result.partials;

  it('maps published, client.ipAddress and the geographical context to logins[0]', () => {
    expect(first?.person).toEqual({ email: 'dana.reyes@example.com' });
    expect(first?.profile.logins?.[0]).toEqual({
      at: '2026-01-05T14:02:11.000Z',
      ip: '198.51.100.23',
      source: 'idp',
      interactive: true,
      geo: {
        country: 'US',
        region: 'Ohio',
        city: 'Columbus',
        lat: 39.96,
        lon: -82.99,
        asn: 7922,
        org: 'comcast',
      },
    });
  });

  it('turns the country name into its ISO code and reads an "AS" prefixed asNumber', () => {
    expect(second?.profile.logins?.[0]?.geo).toEqual({
      country: 'KR',
      asn: 9318,
      org: 'SK Broadband',
      connectionType: 'proxy',
    });
  });

  it('skips failed sign-ins and other event types, and counts malformed lines with their line', () => {
    expect(result).toMatchObject({ records: 6, used: 2, skipped: 2 });
    expect(result.malformed).toEqual([
      { source: 'okta', position: 4, line: 5, reason: expect.stringMatching(/^not valid JSON/) },
      { source: 'okta', position: 5, line: 6, reason: 'published is not a date-time' },
    ]);
  });

  it('streams the same items line by line', async () => {
    const streamed = tally('okta', await collect(streamOkta(fixtureLines('okta.jsonl'))));
    expect(streamed).toEqual(result);
  });
});

describe('entra adapter', () => {
  it('maps a Graph signIn, with the beta autonomousSystemNumber and deviceDetail.deviceId', () => {
    const result = fromEntra(fixture('entra-graph.json'));
    expect(result.partials.map((p) => [p.person, p.profile.logins])).toEqual([
      [
        { email: 'sam.okafor@example.com' },
        [
          {
            at: '2026-01-06T09:15:00.000Z',
            ip: '192.0.2.44',
            deviceId: 'dev-7781',
            source: 'idp',
            interactive: true,
            geo: { country: 'US', region: 'Texas', city: 'Austin', lat: 30.27, lon: -97.74, asn: 701 },
          },
        ],
      ],
    ]);
    expect(result).toMatchObject({ records: 3, used: 1, skipped: 1 });
    expect(result.malformed).toEqual([
      { source: 'entra', position: 2, reason: 'createdDateTime is not a date-time' },
    ]);
  });

  it('maps the PascalCase SigninLogs columns, whose dynamic columns arrive as JSON text', async () => {
    const result = tally('entra', await collect(streamEntra(fixtureLines('entra-sentinel.jsonl'))));
    expect(result.partials[0]?.profile.logins).toEqual([
      {
        at: '2026-01-06T09:59:58.000Z',
        ip: '192.0.2.45',
        deviceId: 'dev-7781',
        source: 'idp',
        interactive: true,
        geo: { country: 'US', region: 'Texas', city: 'Austin', lat: 30.27, lon: -97.74, asn: 701 },
      },
    ]);
    expect(result).toMatchObject({ records: 2, used: 1, skipped: 1, malformed: [] });
  });
});

describe('google workspace adapter', () => {
  const result = fromGoogleWorkspace(fixture('google-login.jsonl'));

  it('takes the first networkInfo.ipAsn, regionCode as the country and the subdivision as the region', () => {
    expect(result.partials).toEqual([
      {
        source: 'google-workspace',
        person: { email: 'rita.moss@example.com' },
        profile: {
          logins: [
            {
              at: '2026-01-07T08:30:00.000Z',
              ip: '198.51.100.77',
              source: 'idp',
              geo: { country: 'US', region: 'GA', asn: 7018 },
            },
          ],
        },
        where: { position: 0, line: 1 },
      },
    ]);
  });

  it('skips logouts and other applications and counts a non-object line as malformed', () => {
    expect(result).toMatchObject({ records: 4, used: 1, skipped: 2 });
    expect(result.malformed).toEqual([
      { source: 'google-workspace', position: 3, line: 4, reason: 'not a JSON object' },
    ]);
  });
});
